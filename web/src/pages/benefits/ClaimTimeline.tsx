/** The claim's progress: lodged, each review (level, reviewer, outcome, reason), and the current status. */
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../api/benefits';
import { useAuth } from '../../auth/AuthContext';
import { ClaimStatusTag, formatInstant, shortId } from './shared';

export function ClaimTimeline({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const who = (id: string) => (id === me?.user.id ? t('benefits.me') : (claim.names?.[id] ?? shortId(id)));
  const items = [
    {
      color: 'blue',
      children: (
        <>
          {t('benefits.lodged', { by: `${t(`benefits.channels.${claim.channel}`)} ${who(claim.submittedBy)}` })}{' '}
          <Typography.Text type="secondary">{formatInstant(claim.createdAt)}</Typography.Text>
        </>
      ),
    },
    ...claim.reviews.map((r) => ({
      color: r.outcome === 'approve' ? 'green' : 'red',
      children: (
        <div data-testid="claim-review">
          <Typography.Text strong>
            {t('benefits.reviewAt', { level: t(`benefits.levels.${r.level}`), outcome: t(`benefits.outcomes.${r.outcome}`) })}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t('benefits.reviewer')} {who(r.reviewerId)} · {formatInstant(r.at)}
          </Typography.Text>
          <div>{r.reason || <Typography.Text type="secondary">{t('benefits.noReason')}</Typography.Text>}</div>
        </div>
      ),
    })),
    { color: 'gray', children: <ClaimStatusTag status={claim.status} /> },
  ];
  return <Timeline items={items} />;
}
