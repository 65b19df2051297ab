/**
 * Gig tasks on the worker's phone (issue 9.5): open gigs near me (the county I live in, or all),
 * each with its day rate, dates, place and what to bring, and a sign-up button; my gigs below, with
 * the steps that are mine (withdraw, confirm or dispute the record, rate, report) and my history as
 * an Excel file. Light: no antd, no i18next.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState, useErrorText } from '../Shell';
import { myPerson } from '../api';
import { gigsApi, gigYuan, type GigTask } from '../../api/gigs';
import { fill, GIG_TEXT, type GigLang } from './text';
import { MyGigs } from './MyGigs';

function GigCard({ task, signedUp, lang }: { task: GigTask; signedUp: boolean; lang: GigLang }) {
  const text = GIG_TEXT[lang];
  const client = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signUp = async () => {
    setBusy(true);
    setError(null);
    try {
      await gigsApi.signUp(task.id);
      await client.invalidateQueries({ queryKey: ['mobile', 'gigs'] });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const dates = task.startDate === task.endDate ? task.startDate : `${task.startDate} – ${task.endDate}`;
  return (
    <li className="m-card" data-testid="m-gig">
      <h2 className="m-h2">{task.title}</h2>
      <p>
        <strong>
          {text.rate} {gigYuan(task.dayRateFen)}
        </strong>{' '}
        · {dates} · {fill(text.days, { n: task.days })}
      </p>
      <p>
        {task.enterpriseName} · {task.address}
      </p>
      <details>
        <summary>{fill(text.wanted, { n: task.headcount, c: task.confirmed })}</summary>
        {task.bring ? (
          <p>
            {text.bring}
            {task.bring}
          </p>
        ) : null}
      </details>
      {error ? (
        <p className="m-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="m-button" disabled={busy || signedUp} onClick={() => void signUp()} data-testid="m-gig-signup">
        {signedUp ? text.signedUp : text.signUp}
      </button>
    </li>
  );
}

export function GigsPage() {
  const { i18n } = useTranslation();
  const lang: GigLang = i18n.language === 'en' ? 'en' : 'zh';
  const text = GIG_TEXT[lang];
  const [near, setNear] = useState(true);
  const person = useQuery({ queryKey: ['mobile', 'person'], queryFn: myPerson });
  const home = person.data ? (person.data.residenceCode ?? person.data.hukouCode).slice(0, 6) : undefined;
  const place = near ? home : undefined;
  const tasks = useQuery({
    queryKey: ['mobile', 'gigs', 'tasks', place ?? ''],
    queryFn: () => gigsApi.tasks({ ...(place ? { place } : {}), pageSize: 50 }),
    enabled: !near || home !== undefined,
  });
  const mine = useQuery({ queryKey: ['mobile', 'gigs', 'mine'], queryFn: gigsApi.mine });
  const signedUp = new Set((mine.data ?? []).map((s) => s.taskId));
  return (
    <>
      <PageTitle text={text.title}>{text.title}</PageTitle>
      <div className="m-choice" role="group" aria-label={text.title}>
        <button type="button" className={near ? 'm-button' : 'm-button m-button-plain'} aria-pressed={near} onClick={() => setNear(true)}>
          {text.near}
        </button>
        <button type="button" className={near ? 'm-button m-button-plain' : 'm-button'} aria-pressed={!near} onClick={() => setNear(false)}>
          {text.all}
        </button>
      </div>
      {tasks.data ? (
        tasks.data.items.length === 0 ? (
          <p className="m-note">{text.none}</p>
        ) : (
          <ul className="m-list" style={{ listStyle: 'none', padding: 0 }}>
            {tasks.data.items.map((t) => (
              <GigCard key={t.id} task={t} signedUp={signedUp.has(t.id)} lang={lang} />
            ))}
          </ul>
        )
      ) : (
        <QueryState error={tasks.error} onRetry={() => void tasks.refetch()} />
      )}
      <MyGigs items={mine.data} lang={lang} />
    </>
  );
}
