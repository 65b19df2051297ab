/**
 * The employer portal's labour sharing (issue 9 point 6, O61-1.3): publish surplus staff or a staff
 * request, see the firm's own listings, the proposed pairs with their reasons, draft an agreement from
 * one with workers picked from the firm's own staff, send it to the workers and follow each one's answer.
 */
import { useState } from 'react';
import { App, Button, Card, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { QueryError } from '../../components/QueryError';
import { ListingForm } from './ListingForm';
import { AgreementDrawer } from './AgreementDrawer';
import { AgreementsTable, ListingsTable } from './tables';
import { sharingApi, type Agreement, type Listing, type Proposal } from './api';

function Proposals({ onDraft }: { onDraft: (p: Proposal) => void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['sharing', 'proposals'], queryFn: sharingApi.proposals });
  if (q.error && !q.data) return <QueryError error={q.error} />;
  return (
    <div data-testid="sharing-proposals">
      <Table<Proposal>
        rowKey={(p) => `${p.offerId}:${p.requestId}`}
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('sharing.noProposals') }}
        columns={[
          { title: t('sharing.lender'), render: (_, p) => p.offer.enterpriseName },
          { title: t('sharing.borrower'), render: (_, p) => p.request.enterpriseName },
          { title: t('sharing.score'), dataIndex: 'score' },
          { title: t('sharing.overlap'), dataIndex: 'overlapDays' },
          { title: t('sharing.reasons'), render: (_, p) => <ReasonList p={p} /> },
          {
            title: '',
            render: (_, p) => (
              <Button size="small" onClick={() => onDraft(p)} data-testid="sharing-draft">
                {t('sharing.draft')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

function ReasonList({ p }: { p: Proposal }) {
  const { i18n } = useTranslation();
  return <>{p.reasons.map((r) => (i18n.language.startsWith('en') ? r.en : r.zh)).join('；')}</>;
}

export function EmployerSharingPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const [drafting, setDrafting] = useState<Proposal | null>(null);
  const listings = useQuery({ queryKey: ['sharing', 'listings'], queryFn: () => sharingApi.listings() });
  const agreements = useQuery({ queryKey: ['sharing', 'agreements'], queryFn: sharingApi.agreements });
  const done = async () => client.invalidateQueries({ queryKey: ['sharing'] });
  const close = useMutation({ mutationFn: (l: Listing) => sharingApi.closeListing(l), onSuccess: done, onError: (e) => onError(e) });
  const step = useMutation({
    mutationFn: ({ a, send }: { a: Agreement; send: boolean }) => (send ? sharingApi.send(a) : sharingApi.cancel(a)),
    onSuccess: async (_, v) => {
      if (v.send) message.success(t('sharing.sent'));
      await done();
    },
    onError: (e) => onError(e),
  });
  const items = listings.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="sharing-employer">
      <Typography.Title level={3}>{t('sharing.employerTitle')}</Typography.Title>
      <Typography.Paragraph>{t('sharing.intro')}</Typography.Paragraph>
      <ListingForm forOfficer={me?.user.role !== 'employer'} />
      <Card title={t('sharing.offers')}>
        <ListingsTable testId="sharing-offers" items={items.filter((l) => l.side === 'offer')} onClose={(l) => close.mutate(l)} />
      </Card>
      <Card title={t('sharing.requests')}>
        <ListingsTable testId="sharing-requests" items={items.filter((l) => l.side === 'request')} onClose={(l) => close.mutate(l)} />
      </Card>
      <Card title={t('sharing.proposals')}>
        <Proposals onDraft={setDrafting} />
      </Card>
      <Card title={t('sharing.agreements')}>
        <AgreementsTable
          items={agreements.data?.items ?? []}
          actions={(a) => (
            <Space>
              {a.status === 'draft' ? (
                <Button size="small" type="primary" onClick={() => step.mutate({ a, send: true })} data-testid="sharing-send">
                  {t('sharing.send')}
                </Button>
              ) : null}
              {a.status === 'draft' || a.status === 'awaiting_consent' || a.status === 'active' ? (
                <Button size="small" danger onClick={() => step.mutate({ a, send: false })}>
                  {t('sharing.cancel')}
                </Button>
              ) : null}
            </Space>
          )}
        />
      </Card>
      <AgreementDrawer proposal={drafting} onClose={() => setDrafting(null)} />
    </Space>
  );
}
