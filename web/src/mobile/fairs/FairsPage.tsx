/**
 * Job fairs on the worker's phone (issue 9 point 7): the coming fairs and my registrations with their
 * entry codes. Light: no antd, no i18next; the words are in ./text.ts.
 */
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState } from '../Shell';
import { fairsApi, type Fair } from './api';
import { TEXT, type Lang } from './text';

function FairCard({ fair, lang }: { fair: Fair; lang: Lang }) {
  const text = TEXT[lang];
  const days = fair.startsOn === fair.endsOn ? fair.startsOn : `${fair.startsOn} – ${fair.endsOn}`;
  return (
    <li className="m-card" data-testid="m-fair">
      <h2 className="m-h2">{fair.name}</h2>
      <p>
        {text.kinds[fair.kind]} · {days} {fair.hours}
      </p>
      {fair.venueAddress ? <p>{fair.venueAddress}</p> : null}
      <p>
        {text.forWhom}: {fair.targetGroups.map((g) => text.groups[g]).join('、')}
      </p>
      <Link className="m-button" to={`/m/fairs/${fair.id}`} data-testid="m-fair-open">
        {text.open}
      </Link>
    </li>
  );
}

export function FairsPage() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = TEXT[lang];
  const fairs = useQuery({ queryKey: ['mobile', 'fairs'], queryFn: () => fairsApi.upcoming() });
  const mine = useQuery({ queryKey: ['mobile', 'fairs', 'mine'], queryFn: () => fairsApi.mine() });
  return (
    <>
      <PageTitle text={text.title}>{text.title}</PageTitle>
      <h2 className="m-h2">{text.mine}</h2>
      {mine.data ? (
        mine.data.items.length === 0 ? (
          <p className="m-note">{text.noneMine}</p>
        ) : (
          <ul className="m-list" style={{ listStyle: 'none', padding: 0 }}>
            {mine.data.items.map((r) => (
              <li key={r.id} className="m-card" data-testid="m-fair-registration">
                <Link to={`/m/fairs/${r.fairId}`}>{r.fairName ?? ''}</Link>
                <p>
                  {text.code}: <strong className="m-code">{r.code}</strong> · {r.checkedInAt ? text.checkedIn : text.notCheckedIn}
                </p>
              </li>
            ))}
          </ul>
        )
      ) : (
        <QueryState error={mine.error} onRetry={() => void mine.refetch()} />
      )}
      <h2 className="m-h2">{text.upcoming}</h2>
      {fairs.data ? (
        fairs.data.items.length === 0 ? (
          <p className="m-note">{text.none}</p>
        ) : (
          <ul className="m-list" style={{ listStyle: 'none', padding: 0 }}>
            {fairs.data.items.map((f) => (
              <FairCard key={f.id} fair={f} lang={lang} />
            ))}
          </ul>
        )
      ) : (
        <QueryState error={fairs.error} onRetry={() => void fairs.refetch()} />
      )}
    </>
  );
}
