/**
 * Review actions at the pending level (approve or refuse with a reason) and, after a refusal,
 * the request for reconsideration. The server decides who may act (and refuses a self-approval);
 * its problem+json message is shown as an alert on the card.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { pickMessage } from '../../api/errors';
import { requestReconsideration, reviewClaim, type Claim, type ReviewLevel } from '../../api/benefits';
import { useAuth } from '../../auth/AuthContext';

const pendingLevel = (c: Claim): ReviewLevel | null =>
  c.status === 'submitted'
    ? 'township'
    : c.status === 'township_approved'
      ? 'county'
      : c.status === 'reconsideration_requested'
        ? 'reconsideration'
        : null;

export function ReviewCard({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const level = pendingLevel(claim);
  const done = (c: Claim, text: string) => {
    setProblem(null);
    setReason('');
    client.setQueryData(['claims', 'one', c.id], c);
    void client.invalidateQueries({ queryKey: ['claims', 'list'] });
    void message.success(text);
  };
  const failed = (e: unknown) => setProblem(e instanceof ApiError ? pickMessage(e.problem.message, i18n.language) : String(e));
  const review = useMutation({
    mutationFn: (outcome: 'approve' | 'refuse') => reviewClaim(claim.id, { outcome, reason }),
    onSuccess: (c) => done(c, t('benefits.reviewed')),
    onError: failed,
  });
  const reconsider = useMutation({
    mutationFn: () => requestReconsideration(claim.id, reason),
    onSuccess: (c) => done(c, t('benefits.reconsidered')),
    onError: failed,
  });

  const canReconsider = claim.status === 'refused' && can('claims.submit');
  if (!(level && can('claims.review')) && !canReconsider) return null;
  return (
    <Card size="small" title={t('benefits.review')} data-testid="claim-review-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        {level && <Typography.Text>{t('benefits.reviewPending', { level: t(`benefits.levels.${level}`) })}</Typography.Text>}
        {canReconsider && claim.reconsiderationUntil && (
          <Typography.Text type="secondary">{t('benefits.reconsiderUntil', { date: claim.reconsiderationUntil })}</Typography.Text>
        )}
        <Input.TextArea
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="review-reason"
          placeholder={level ? t('benefits.reasonLabel') : t('benefits.reconsiderReason')}
        />
        {problem && <Alert type="error" showIcon message={problem} data-testid="review-problem" />}
        {level && can('claims.review') && (
          <Space>
            <Button type="primary" loading={review.isPending} onClick={() => review.mutate('approve')} data-testid="review-approve">
              {t('benefits.approve')}
            </Button>
            <Button
              danger
              loading={review.isPending}
              data-testid="review-refuse"
              onClick={() => (reason.trim() === '' ? setProblem(t('benefits.reasonRequired')) : review.mutate('refuse'))}
            >
              {t('benefits.refuse')}
            </Button>
          </Space>
        )}
        {canReconsider && (
          <Button loading={reconsider.isPending} onClick={() => reconsider.mutate()}>
            {t('benefits.reconsider')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
