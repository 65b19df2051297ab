/**
 * Recommended jobs on the worker's phone (issue 9, point 9): the best open postings for the signed-in
 * worker, each with its reasons in plain words, and an apply button; my applications below. Light:
 * no antd, no i18next; the two languages are in this file.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState, useErrorText } from '../Shell';
import { jobsApi, payText, type Application, type Recommendation } from '../../api/jobs';
import { awaitsMyAnswer, myAgreements } from '../sharing/api';

const TEXT = {
  zh: {
    title: '为我推荐的工作',
    fairs: '招聘会：现场和线上的招聘会',
    gigs: '找零工（按天结算的短活）',
    sharing: '共享用工确认',
    sharingPending: '共享用工：有 {n} 项安排需要您本人确认',
    none: '暂时没有合适的岗位，请稍后再看。',
    why: '推荐理由',
    score: '匹配度',
    apply: '申请这份工作',
    applied: '已申请',
    housing: '包住',
    meals: '包吃',
    places: '招{n}人',
    mine: '我的申请',
    noApps: '还没有申请。',
    statuses: {
      submitted: '已提交',
      viewed: '用人单位已查看',
      interview: '邀请面试',
      offered: '已发录用意向',
      hired: '已录用',
      rejected: '未录用',
      withdrawn: '已撤回',
      expired: '已失效',
    },
  },
  en: {
    title: 'Jobs for me',
    fairs: 'Job fairs: on site and online',
    gigs: 'Find gigs (short work paid by the day)',
    sharing: 'Labour sharing: my answers',
    sharingPending: 'Labour sharing: {n} to answer yourself',
    none: 'No suitable jobs right now; look again later.',
    why: 'Why this job',
    score: 'Match',
    apply: 'Apply for this job',
    applied: 'Applied',
    housing: 'housing',
    meals: 'meals',
    places: '{n} wanted',
    mine: 'My applications',
    noApps: 'No applications yet.',
    statuses: {
      submitted: 'Sent',
      viewed: 'Seen by the employer',
      interview: 'Interview',
      offered: 'Offer',
      hired: 'Hired',
      rejected: 'Not successful',
      withdrawn: 'Withdrawn',
      expired: 'Expired',
    },
  },
} as const;

function JobCard({ item, applied, lang }: { item: Recommendation; applied: boolean; lang: 'zh' | 'en' }) {
  const text = TEXT[lang];
  const client = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const p = item.posting;
  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      await jobsApi.apply(p.id);
      await client.invalidateQueries({ queryKey: ['mobile', 'jobs'] });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const extras = [p.housing ? text.housing : '', p.meals ? text.meals : ''].filter(Boolean).join(' · ');
  return (
    <li className="m-card" data-testid="m-job">
      <h2 className="m-h2">{p.title}</h2>
      <p>
        <strong>{payText(p, lang)}</strong>
        {extras ? ` · ${extras}` : ''} · {text.places.replace('{n}', String(p.headcount - p.filled))}
      </p>
      <p>
        {p.enterpriseName ?? ''} {p.workAddress}
      </p>
      <p>
        {text.score} {item.boosted}
      </p>
      <details>
        <summary>{text.why}</summary>
        <ul data-testid="m-job-reasons">
          {item.reasons.map((r) => (
            <li key={r.factor}>
              {lang === 'zh' ? r.zh : r.en}
              {r.clause ? ` (${r.clause})` : ''}
            </li>
          ))}
        </ul>
      </details>
      {error ? (
        <p className="m-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="m-button" disabled={busy || applied} onClick={() => void apply()} data-testid="m-job-apply">
        {applied ? text.applied : text.apply}
      </button>
    </li>
  );
}

export function JobsPage() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = TEXT[lang];
  const recs = useQuery({ queryKey: ['mobile', 'jobs', 'recommendations'], queryFn: () => jobsApi.recommendations(20) });
  const apps = useQuery({ queryKey: ['mobile', 'jobs', 'applications'], queryFn: () => jobsApi.applications() });
  // The count beside the consent link: asked once per five minutes, not on every return to the tab (answering refreshes it).
  const sharing = useQuery({ queryKey: ['mobile', 'sharing'], queryFn: myAgreements, staleTime: 5 * 60_000 });
  const toAnswer = (sharing.data?.items ?? []).filter(awaitsMyAnswer).length;
  const appliedIds = new Set((apps.data?.items ?? []).map((a: Application) => a.postingId));
  return (
    <>
      <PageTitle text={text.title}>{text.title}</PageTitle>
      <p className="m-note">
        <Link to="/m/fairs" data-testid="m-fairs-link">
          {text.fairs}
        </Link>
      </p>
      <p className="m-note">
        <Link to="/m/gigs" data-testid="m-gigs-link">
          {text.gigs}
        </Link>
      </p>
      <p className="m-note">
        <Link
          to="/m/sharing"
          data-testid="m-sharing-link"
          data-pending={toAnswer}
          className={toAnswer > 0 ? 'm-badge m-badge-wait' : undefined}
        >
          {toAnswer > 0 ? text.sharingPending.replace('{n}', String(toAnswer)) : text.sharing}
        </Link>
      </p>
      {recs.data ? (
        recs.data.items.length === 0 ? (
          <p className="m-note">{text.none}</p>
        ) : (
          <ul className="m-list" style={{ listStyle: 'none', padding: 0 }}>
            {recs.data.items.map((item) => (
              <JobCard key={item.postingId} item={item} applied={appliedIds.has(item.postingId)} lang={lang} />
            ))}
          </ul>
        )
      ) : (
        <QueryState error={recs.error} onRetry={() => void recs.refetch()} />
      )}
      <h2 className="m-h2">{text.mine}</h2>
      {apps.data ? (
        apps.data.items.length === 0 ? (
          <p className="m-note">{text.noApps}</p>
        ) : (
          <ul className="m-card" data-testid="m-my-applications">
            {apps.data.items.map((a) => (
              <li key={a.id}>
                {a.postingTitle ?? ''} — {text.statuses[a.status]}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
