/** "What am I entitled to?": every program with yes / no / need more information, reasons and amount. */
import { Link } from 'react-router';
import { useTranslation } from './i18n';
import { useQuery } from '@tanstack/react-query';
import { pick as pickMessage } from './text';
import { myEntitlements, plainLabel, yuanText, type Entitlement } from './api';
import { QueryState } from './Shell';

const badgeClass: Record<Entitlement['status'], string> = {
  eligible: 'm-badge m-badge-yes',
  not_eligible: 'm-badge m-badge-no',
  needs_facts: 'm-badge m-badge-wait',
};
const badgeKey = {
  eligible: 'mobile.entitlements.eligible',
  not_eligible: 'mobile.entitlements.notEligible',
  needs_facts: 'mobile.entitlements.needsFacts',
} as const;

function EntitlementCard({ item }: { item: Entitlement }) {
  const { t, i18n } = useTranslation();
  const say = (m: { zh: string; en: string }) => pickMessage(m, i18n.language);
  return (
    <section className="m-card" data-testid={`m-entitlement-${item.programId}`} data-status={item.status}>
      <h2 className="m-h2">{say(item.programName)}</h2>
      <span className={badgeClass[item.status]}>{t(badgeKey[item.status])}</span>
      {item.status === 'eligible' ? (
        <p className="m-amount">{t('mobile.entitlements.amount', { amount: yuanText(item.amountFen) })}</p>
      ) : null}
      <p className="m-note">{say(item.summary)}</p>
      {item.messages.length > 0 ? (
        <>
          <p>
            <strong>{t('mobile.entitlements.why')}</strong>
          </p>
          <ul>
            {item.messages.map((m, i) => (
              <li key={i}>{say(m)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.status === 'needs_facts' && item.needed.length > 0 ? (
        <>
          <p>
            <strong>{t('mobile.entitlements.needed')}</strong>
          </p>
          <ul>
            {item.needed.map((n) => (
              <li key={n.key}>{plainLabel(say(n.label))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.usesIllustrativeValues ? <p className="m-note">{t('mobile.entitlements.illustrative')}</p> : null}
      {item.status !== 'not_eligible' ? (
        <Link className="m-button" to={`/m/claim/${encodeURIComponent(item.programId)}`} data-testid={`m-apply-${item.programId}`}>
          {t('mobile.entitlements.apply')}
        </Link>
      ) : null}
    </section>
  );
}

const order: Record<Entitlement['status'], number> = { eligible: 0, needs_facts: 1, not_eligible: 2 };

export function EntitlementsPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['mobile', 'entitlements'], queryFn: myEntitlements });
  if (!query.data) return <QueryState error={query.error} onRetry={() => void query.refetch()} />;
  const items = [...query.data.items].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <div data-testid="m-entitlements">
      <h1 className="m-h1">{t('mobile.entitlements.title')}</h1>
      <p className="m-note">{t('mobile.entitlements.asOf', { date: query.data.asOf })}</p>
      {items.length === 0 ? <p className="m-note">{t('mobile.entitlements.empty')}</p> : null}
      {items.map((item) => (
        <EntitlementCard key={item.programId} item={item} />
      ))}
    </div>
  );
}
