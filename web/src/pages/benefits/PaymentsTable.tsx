/** Ledger rows with status, and the two corrections: reverse a paid payment (with a reason) and re-issue a failed or reversed one. */
import { useState } from 'react';
import { App, Button, Input, Modal, Space, Table, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reissuePayment, reversePayment, type EntryStatus, type PaymentEntry } from '../../api/benefits';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { Instant } from '../../components/Instant';
import { EntryStatusTag, Money, PersonLabel, RecordNumber, useInstalmentText, useProgramName } from './shared';

interface Props {
  entries: PaymentEntry[];
  loading?: boolean;
  showClaim?: boolean;
  pagination?: false | { current: number; pageSize: number; total: number; onChange: (p: number, s: number) => void };
}

export function PaymentsTable({ entries, loading, showClaim, pagination = false }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const programName = useProgramName();
  const instalmentText = useInstalmentText();
  const [reversing, setReversing] = useState<PaymentEntry | null>(null);
  const [reason, setReason] = useState('');
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['payments'] });
    void client.invalidateQueries({ queryKey: ['claims'] });
  };
  const reverse = useMutation({
    mutationFn: (e: PaymentEntry) => reversePayment(e.id, reason.trim()),
    onSuccess: () => {
      setReversing(null);
      setReason('');
      refresh();
      void message.success(t('benefits.reversed'));
    },
    onError: (e) => onError(e),
  });
  const reissue = useMutation({
    mutationFn: (e: PaymentEntry) => reissuePayment(e.id),
    onSuccess: () => {
      refresh();
      void message.success(t('benefits.reissued'));
    },
    onError: (e) => onError(e),
  });
  const manage = can('payments.manage');
  return (
    <>
      <Table<PaymentEntry>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={entries}
        data-testid="payments-table"
        locale={{ emptyText: t('benefits.noPayments') }}
        pagination={pagination === false ? false : { ...pagination, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: t('records.paymentNumber'), dataIndex: 'number', render: (n: string) => <RecordNumber number={n} /> },
          ...(showClaim
            ? [
                {
                  title: t('records.claimNumber'),
                  key: 'claim',
                  render: (_v: unknown, e: PaymentEntry) => <RecordNumber number={e.claimNumber} to={`/claims/${e.claimId}`} />,
                },
                {
                  title: t('records.name'),
                  key: 'person',
                  render: (_v: unknown, e: PaymentEntry) => <PersonLabel id={e.personId} person={e.person} />,
                },
              ]
            : []),
          { title: t('benefits.program'), dataIndex: 'programId', render: (id: string) => programName(id) },
          {
            title: t('benefits.instalment'),
            key: 'instalment',
            render: (_v, e) => (
              <>
                {instalmentText(e.instalment)} {e.attempt > 1 && <Tag>{t('benefits.attempt', { n: e.attempt })}</Tag>}
              </>
            ),
          },
          { title: t('benefits.kind'), dataIndex: 'kind', render: (k: PaymentEntry['kind']) => t(`benefits.kinds.${k}`) },
          { title: t('benefits.amount'), dataIndex: 'amountFen', align: 'right', render: (fen: number) => <Money fen={fen} /> },
          { title: t('benefits.status'), dataIndex: 'status', render: (s: EntryStatus) => <EntryStatusTag status={s} /> },
          // The bank's own reference, as the bank wrote it (data, not UI text).
          {
            title: t('benefits.bankReference'),
            dataIndex: 'bankReference',
            render: (v: string | null) => <span translate="no">{v ?? ''}</span>,
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => <Instant value={v} /> },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_v: unknown, e: PaymentEntry) => (
                    <Space size={4}>
                      {e.kind === 'payment' && e.status === 'paid' && (
                        <Button size="small" danger onClick={() => setReversing(e)} data-testid="payment-reverse">
                          {t('benefits.reverse')}
                        </Button>
                      )}
                      {e.kind === 'payment' && (e.status === 'failed' || e.status === 'reversed') && (
                        <Button size="small" loading={reissue.isPending} onClick={() => reissue.mutate(e)} data-testid="payment-reissue">
                          {t('benefits.reissue')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={reversing !== null}
        title={t('benefits.reverse')}
        onCancel={() => setReversing(null)}
        confirmLoading={reverse.isPending}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        onOk={() => {
          if (reversing) reverse.mutate(reversing);
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          placeholder={t('benefits.reverseReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
