/**
 * One job fair on the worker's phone: when and where, the employers with their booths and postings
 * (apply from here: the application counts for the fair), register and show my entry code.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState, useErrorText } from '../Shell';
import { jobsApi, payText } from '../../api/jobs';
import { fairsApi, type FairDetail } from './api';
import { TEXT, type Lang } from './text';

function useAction(): { busy: boolean; error: string | null; run: (work: () => Promise<unknown>) => Promise<void> } {
  const client = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await client.invalidateQueries({ queryKey: ['mobile'] });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function Registration({ fair, lang }: { fair: FairDetail; lang: Lang }) {
  const text = TEXT[lang];
  const action = useAction();
  const mine = fair.myRegistration;
  if (mine)
    return (
      <section className="m-card" data-testid="m-fair-my-code">
        <h2 className="m-h2">{text.code}</h2>
        <p className="m-code-big" data-testid="m-fair-code" style={{ fontSize: '2rem', letterSpacing: '0.2em', fontWeight: 700 }}>
          {mine.code}
        </p>
        <p className="m-note">{text.codeHint}</p>
        <p>{mine.checkedInAt ? text.checkedIn : text.notCheckedIn}</p>
      </section>
    );
  if (fair.phase === 'ended' || fair.kind === 'online') return null;
  return (
    <section className="m-card">
      {action.error ? (
        <p className="m-error" role="alert">
          {action.error}
        </p>
      ) : null}
      <button
        type="button"
        className="m-button"
        disabled={action.busy || fair.registered >= fair.capacity}
        onClick={() => void action.run(() => fairsApi.register(fair.id))}
        data-testid="m-fair-register"
      >
        {fair.registered >= fair.capacity ? text.full : action.busy ? text.registering : text.register}
      </button>
    </section>
  );
}

function Employers({ fair, lang, applied }: { fair: FairDetail; lang: Lang; applied: Set<string> }) {
  const text = TEXT[lang];
  const action = useAction();
  if (fair.employers.length === 0) return <p className="m-note">{text.noEmployers}</p>;
  return (
    <>
      {action.error ? (
        <p className="m-error" role="alert">
          {action.error}
        </p>
      ) : null}
      <ul className="m-list" style={{ listStyle: 'none', padding: 0 }}>
        {fair.employers.map((e) => (
          <li key={e.enterpriseId} className="m-card" data-testid="m-fair-employer">
            <h3 className="m-h2">
              {e.name}
              {e.booth ? ` · ${text.booth} ${e.booth}` : ''}
            </h3>
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {e.postings.map((p) => (
                <li key={p.id} data-testid="m-fair-posting">
                  <p>
                    <strong>{p.title}</strong> · {payText(p, lang)}
                  </p>
                  {p.open ? (
                    <button
                      type="button"
                      className="m-button"
                      disabled={action.busy || applied.has(p.id)}
                      onClick={() => void action.run(() => fairsApi.apply(fair.id, p.id))}
                      data-testid="m-fair-apply"
                    >
                      {applied.has(p.id) ? text.applied : text.apply}
                    </button>
                  ) : (
                    <p className="m-note">{text.noLongerOpen}</p>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

export function FairPage() {
  const { id = '' } = useParams();
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = TEXT[lang];
  const fair = useQuery({ queryKey: ['mobile', 'fairs', id], queryFn: () => fairsApi.get(id) });
  const apps = useQuery({ queryKey: ['mobile', 'jobs', 'applications'], queryFn: () => jobsApi.applications() });
  const applied = new Set((apps.data?.items ?? []).map((a) => a.postingId));
  const f = fair.data;
  return (
    <>
      <p className="m-note">
        <Link to="/m/fairs">{text.back}</Link>
      </p>
      {f ? (
        <>
          <PageTitle text={f.name}>{f.name}</PageTitle>
          <dl className="m-dl">
            <div>
              <dt>{text.when}</dt>
              <dd>
                {f.startsOn === f.endsOn ? f.startsOn : `${f.startsOn} – ${f.endsOn}`} {f.hours} · {text.kinds[f.kind]}
              </dd>
            </div>
            {f.venueAddress ? (
              <div>
                <dt>{text.where}</dt>
                <dd>{f.venueAddress}</dd>
              </div>
            ) : null}
            <div>
              <dt>{text.forWhom}</dt>
              <dd>{f.targetGroups.map((g) => text.groups[g]).join('、')}</dd>
            </div>
          </dl>
          <Registration fair={f} lang={lang} />
          <h2 className="m-h2">{text.employers}</h2>
          <Employers fair={f} lang={lang} applied={applied} />
        </>
      ) : (
        <QueryState error={fair.error} onRetry={() => void fair.refetch()} />
      )}
    </>
  );
}
