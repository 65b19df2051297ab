/**
 * "What am I entitled to?": each program a worker claims, with 可以享受 and the amount, 暂不符合 and
 * why, or 需要补充 and the questions to answer (decision 193); icons beside the words and a
 * read-aloud button on every answer.
 */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from './i18n';
import { useQuery } from '@tanstack/react-query';
import { pick as pickMessage } from './text';
import { myEntitlements, myEntitlementsWith, plainLabel, yuanText, type Entitlement } from './api';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { forgetAnswers, keptAnswers } from './answers';
import { PageTitle, QueryState } from './Shell';
import { Icon } from './Icon';
import { ReadAloud } from './ReadAloud';
import type { IconName } from './icon-paths';

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
const badgeIcon: Record<Entitlement['status'], IconName> = { eligible: 'yes', not_eligible: 'no', needs_facts: 'ask' };

/** One program's answer: status, amount, reasons, the facts still to give. Shared with the claim form's check. */
export function EntitlementAnswer({ item, heading = true }: { item: Entitlement; heading?: boolean }) {
  const { t, i18n } = useTranslation();
  const say = (m: { zh: string; en: string }) => pickMessage(m, i18n.language);
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      {heading ? <h2 className="m-h2">{say(item.programName)}</h2> : null}
      <span className={badgeClass[item.status]} data-testid="m-entitlement-status">
        <Icon name={badgeIcon[item.status]} />
        {t(badgeKey[item.status])}
      </span>
      {item.status === 'eligible' ? (
        <p className="m-amount" data-testid="m-entitlement-amount">
          {t('mobile.entitlements.amount', { amount: yuanText(item.amountFen) })}
        </p>
      ) : null}
      {heading ? <p className="m-note">{say(item.summary)}</p> : null}
      {item.messages.length > 0 ? (
        <>
          <p>
            <strong>{item.status === 'eligible' ? t('mobile.entitlements.because') : t('mobile.entitlements.why')}</strong>
          </p>
          <ul data-testid="m-entitlement-reasons">
            {item.messages.map((m, i) => (
              <li key={i}>{say(m)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.needed.length > 0 && item.status !== 'not_eligible' ? (
        <>
          <p>
            <strong>{item.status === 'needs_facts' ? t('mobile.entitlements.neededIntro') : t('mobile.entitlements.stillAsk')}</strong>
          </p>
          <ul data-testid="m-entitlement-needed">
            {item.needed.map((n) => (
              <li key={n.key}>{plainLabel(say(n.label))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.usesIllustrativeValues ? <p className="m-note">{t('mobile.entitlements.illustrative')}</p> : null}
      <ReadAloud target={ref} testId={`m-read-${item.programId}`} />
    </div>
  );
}

function EntitlementCard({ item }: { item: Entitlement }) {
  const { t } = useTranslation();
  return (
    <section className="m-card" data-testid={`m-entitlement-${item.programId}`} data-status={item.status}>
      <EntitlementAnswer item={item} />
      {item.status !== 'not_eligible' ? (
        <Link className="m-button" to={`/m/claim/${encodeURIComponent(item.programId)}`} data-testid={`m-apply-${item.programId}`}>
          <Icon name="send" />
          {t('mobile.entitlements.apply')}
        </Link>
      ) : null}
    </section>
  );
}

const order: Record<Entitlement['status'], number> = { eligible: 0, needs_facts: 1, not_eligible: 2 };

export function EntitlementsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  // With the answers this phone kept (decision 230), a program answered on its form says 可以享受 here too.
  const [kept, setKept] = useState(() => keptAnswers(me?.user.personId));
  const count = Object.keys(kept).length;
  const forget = () => {
    forgetAnswers();
    setKept({});
  };
  const query = useQuery({
    // Without kept answers, the same cache entry as the claim form's registry-only list.
    queryKey: count > 0 ? ['mobile', 'entitlements', kept] : ['mobile', 'entitlements'],
    queryFn: async () => {
      if (count === 0) return myEntitlements();
      try {
        return await myEntitlementsWith(kept);
      } catch (err) {
        // An answer the server no longer takes (a changed form): forget them and use the record alone.
        if (err instanceof ApiError && err.status === 400) forget();
        throw err;
      }
    },
  });
  const title = t('mobile.entitlements.title');
  if (!query.data) return <QueryState error={query.error} onRetry={() => void query.refetch()} />;
  const items = [...query.data.items].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <div data-testid="m-entitlements">
      <PageTitle text={title}>{title}</PageTitle>
      <p className="m-note">{t('mobile.entitlements.asOf', { date: query.data.asOf })}</p>
      {count > 0 ? (
        <p className="m-note" data-testid="m-kept-answers">
          {t('mobile.entitlements.kept', { count })}{' '}
          <button type="button" className="m-link-button" onClick={forget} data-testid="m-forget-answers">
            {t('mobile.entitlements.forget')}
          </button>
        </p>
      ) : null}
      {items.length === 0 ? <p className="m-note">{t('mobile.entitlements.empty')}</p> : null}
      {items.map((item) => (
        <EntitlementCard key={item.programId} item={item} />
      ))}
    </div>
  );
}
