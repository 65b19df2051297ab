/** Payments: the ledger (filter by status; reverse, re-issue) and the bank batches. */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Card, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { entryStatuses, listPayments, type EntryStatus } from '../../api/benefits';
import { QueryError } from '../../components/QueryError';
import { BatchesCard } from './BatchesCard';
import { PaymentsTable } from './PaymentsTable';
import { ExportButton } from './shared';

export function PaymentsPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const [status, setStatus] = useState<EntryStatus>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useQuery({
    queryKey: ['payments', 'list', status, page, pageSize],
    queryFn: () => listPayments({ status }, page, pageSize),
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BatchesCard />
      <Card
        title={t('benefits.ledger')}
        extra={
          <Space wrap>
            <ExportButton path="/payments/export" name={t('benefits.ledger')} query={{ status }} />
            <Select
              allowClear={clear}
              style={{ width: 180 }}
              placeholder={t('benefits.filterStatus')}
              aria-label={t('benefits.filterStatus')}
              value={status}
              data-testid="payments-status"
              onChange={(v?: EntryStatus) => {
                setStatus(v);
                setPage(1);
              }}
              options={entryStatuses.map((s) => ({ value: s, label: t(`benefits.entryStatuses.${s}`) }))}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('benefits.ledgerHint')}</Typography.Paragraph>
        {list.error ? (
          <QueryError error={list.error} />
        ) : (
          <PaymentsTable
            showClaim
            entries={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              onChange: (p, s) => {
                setPage(p);
                setPageSize(s);
              },
            }}
          />
        )}
      </Card>
    </Space>
  );
}
