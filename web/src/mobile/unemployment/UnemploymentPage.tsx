/**
 * 失业登记 on the worker's phone (issue 10, point 1; decision 143): my registrations (number, place in
 * words, status, history) and registering at the office I am at — one of my four places (户籍地, 常住地,
 * 就业地, 参保地) or another county, which the server refuses naming my four places.
 */
import { useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState } from '../Shell';
import { Icon } from '../Icon';
import { ReadAloud } from '../ReadAloud';
import type { IconName } from '../icon-paths';
import type { Registration, RegistrationStatus } from '../../api/unemployment';
import { myRegistrations } from './api';
import { RegisterForm } from './RegisterForm';
import { TEXT, type Lang } from './text';
import { Link } from 'react-router';
import { TEXT as COMPLAINT_TEXT } from '../complaints/text';

const badge: Record<RegistrationStatus, { className: string; icon: IconName }> = {
  registered: { className: 'm-badge m-badge-wait', icon: 'clock' },
  receiving_services: { className: 'm-badge m-badge-yes', icon: 'yes' },
  employed: { className: 'm-badge m-badge-yes', icon: 'yes' },
  deregistered: { className: 'm-badge m-badge-no', icon: 'no' },
};

function RegistrationCard({ item, lang }: { item: Registration; lang: Lang }) {
  const text = TEXT[lang];
  const ref = useRef<HTMLDivElement>(null);
  const b = badge[item.status];
  return (
    <section className="m-card" data-testid="m-unemployment-registration" data-status={item.status}>
      <div ref={ref}>
        <span className={b.className} data-testid="m-unemployment-status">
          <Icon name={b.icon} />
          {text.statuses[item.status]}
        </span>
        <dl className="m-dl">
          <div>
            <dt>{text.number}</dt>
            <dd data-testid="m-unemployment-number">{item.number}</dd>
          </div>
          <div>
            <dt>{text.place}</dt>
            <dd data-testid="m-unemployment-place">
              {text.kinds[item.placeKind]} {item.placeName}
            </dd>
          </div>
          <div>
            <dt>{text.registeredOn}</dt>
            <dd>{item.registeredOn}</dd>
          </div>
          {item.endedOn ? (
            <div>
              <dt>{text.endedOn}</dt>
              <dd>{item.endedOn}</dd>
            </div>
          ) : null}
        </dl>
        {item.events && item.events.length > 0 ? (
          <>
            <h3 className="m-h2">{text.history}</h3>
            <ol data-testid="m-unemployment-history">
              {item.events.map((e, i) => (
                <li key={i}>
                  {e.onDate} {text.events[e.kind] ?? e.kind}
                  {e.placeName ? `：${e.placeKind ? text.kinds[e.placeKind] : ''} ${e.placeName}` : ''}
                  {e.note ? `（${e.note}）` : ''}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
      <ReadAloud target={ref} testId={`m-read-unemployment-${item.id}`} />
    </section>
  );
}

export function UnemploymentPage() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = TEXT[lang];
  const mine = useQuery({ queryKey: ['mobile', 'unemployment'], queryFn: myRegistrations });
  if (!mine.data) return <QueryState error={mine.error} onRetry={() => void mine.refetch()} />;
  const items = mine.data.items;
  const active = items.some((r) => r.status === 'registered' || r.status === 'receiving_services');
  return (
    <div data-testid="m-unemployment">
      <PageTitle text={text.title}>{text.title}</PageTitle>
      <p className="m-note">{text.intro}</p>
      <p className="m-note" data-testid="m-complaints-entry">
        {COMPLAINT_TEXT[lang].entry} <Link to="/m/complaints">{COMPLAINT_TEXT[lang].entryLink}</Link>
      </p>
      <h2 className="m-h2">{text.mine}</h2>
      {items.length === 0 ? <p className="m-note">{text.none}</p> : null}
      {items.map((item) => (
        <RegistrationCard key={item.id} item={item} lang={lang} />
      ))}
      {active ? (
        <p className="m-note" data-testid="m-unemployment-active">
          {text.active}
        </p>
      ) : (
        <RegisterForm lang={lang} />
      )}
    </div>
  );
}
