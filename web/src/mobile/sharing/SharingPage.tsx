/**
 * 共享用工 on the worker's phone (issue 9 point 6; decision 197): each agreement the worker is in, with
 * who lends them, where they would work, when, the pay, who pays it and who insures them, and the
 * worker's own answer — consent or decline. Only this page (the worker signed in) can answer.
 */
import { useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState, useErrorText } from '../Shell';
import { ReadAloud } from '../ReadAloud';
import { formatYuan } from '../../format/money';
import { answerAgreement, awaitsMyAnswer, myAgreements, type SharedAgreement } from './api';
import { TEXT, type Lang } from './text';

function AgreementCard({ item, lang }: { item: SharedAgreement; lang: Lang }) {
  const text = TEXT[lang];
  const ref = useRef<HTMLDivElement>(null);
  const client = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const me = item.workers[0];
  const answer = async (a: 'consent' | 'decline') => {
    setBusy(true);
    setError(null);
    try {
      await answerAgreement(item.id, a);
      await client.invalidateQueries({ queryKey: ['mobile', 'sharing'] });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const open = awaitsMyAnswer(item);
  return (
    <section className="m-card" data-testid="m-sharing-agreement" data-status={item.status} data-consent={me?.consent ?? ''}>
      <div ref={ref}>
        <p
          className={
            me?.consent === 'consented' ? 'm-badge m-badge-yes' : me?.consent === 'declined' ? 'm-badge m-badge-no' : 'm-badge m-badge-wait'
          }
        >
          {me ? text.mine[me.consent] : ''} · {text.statuses[item.status]}
        </p>
        <dl className="m-dl">
          <div>
            <dt>{text.from}</dt>
            <dd>{item.lenderName}</dd>
          </div>
          <div>
            <dt>{text.to}</dt>
            <dd data-testid="m-sharing-borrower">{item.borrowerName}</dd>
          </div>
          <div>
            <dt>{text.place}</dt>
            <dd>
              {item.placeName} {item.address}
            </dd>
          </div>
          <div>
            <dt>{text.period}</dt>
            <dd>
              {item.startDate} – {item.endDate}
            </dd>
          </div>
          <div>
            <dt>{text.pay}</dt>
            <dd data-testid="m-sharing-pay">{formatYuan(item.wageFen)}</dd>
          </div>
          <div>
            <dt>{text.payer}</dt>
            <dd>{text.parties[item.wagePayer]}</dd>
          </div>
          <div>
            <dt>{text.insurer}</dt>
            <dd>{text.parties[item.injuryInsurer]}</dd>
          </div>
        </dl>
      </div>
      <ReadAloud target={ref} testId={`m-read-sharing-${item.id}`} />
      {error ? (
        <p className="m-error" role="alert">
          {error}
        </p>
      ) : null}
      {open ? (
        <div className="m-choice">
          <button type="button" className="m-button" disabled={busy} onClick={() => void answer('consent')} data-testid="m-sharing-consent">
            {busy ? text.sending : text.consent}
          </button>
          <button
            type="button"
            className="m-button m-button-plain"
            disabled={busy}
            onClick={() => void answer('decline')}
            data-testid="m-sharing-decline"
          >
            {text.decline}
          </button>
        </div>
      ) : null}
    </section>
  );
}

export function SharingPage() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = TEXT[lang];
  const mine = useQuery({ queryKey: ['mobile', 'sharing'], queryFn: myAgreements });
  if (!mine.data) return <QueryState error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <div data-testid="m-sharing">
      <PageTitle text={text.title}>{text.title}</PageTitle>
      <p className="m-note">{text.intro}</p>
      {mine.data.items.length === 0 ? <p className="m-note">{text.none}</p> : null}
      {mine.data.items.map((item) => (
        <AgreementCard key={item.id} item={item} lang={lang} />
      ))}
    </div>
  );
}
