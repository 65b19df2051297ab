/**
 * Bank batches: create one from the pending entries (people without a bank account are left out and
 * named), download its bank file, print it, upload the bank's result file with the column mapping,
 * export the list.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Space, Table } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  createBatch,
  downloadBatch,
  listBatches,
  type LeftOutPayment,
  type PaymentBatch,
  type ReconciliationResult,
} from '../../api/benefits';
import { useApiErrorHandler } from '../../api/errors';
import { formatYuan } from '../../format/money';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { ExportButton, Money, RecordNumber } from './shared';
import { ReconcileModal } from './ReconcileModal';

export function BatchesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<ReconciliationResult | null>(null);
  const [leftOut, setLeftOut] = useState<LeftOutPayment[]>([]);
  const [reconciling, setReconciling] = useState<PaymentBatch | null>(null);
  const batches = useQuery({ queryKey: ['payments', 'batches', page], queryFn: () => listBatches(page, 10) });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['payments'] });
    void client.invalidateQueries({ queryKey: ['claims'] });
  };
  const create = useMutation({
    mutationFn: createBatch,
    onSuccess: (b) => {
      refresh();
      setLeftOut(b.leftOut);
      void message.success(
        `${b.number} · ${t('benefits.batchCreated', { count: b.entryCount, amount: formatYuan(b.totalFen, { unit: false }) })}`,
      );
    },
    onError: (e) => onError(e),
  });
  return (
    <Card
      title={t('benefits.batches')}
      extra={
        <Space wrap>
          <ExportButton path="/payment-batches/export" name={t('benefits.batches')} />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            loading={create.isPending}
            onClick={() => create.mutate()}
            data-testid="batch-create"
          >
            {t('benefits.createBatch')}
          </Button>
        </Space>
      }
    >
      {leftOut.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setLeftOut([])}
          style={{ marginBottom: 16 }}
          data-testid="batch-left-out"
          message={t('records.leftOut', { count: leftOut.length })}
          description={leftOut.map((l) => `${l.name}（${l.idNumberMasked}）${l.number}`).join('；')}
        />
      )}
      {result && (
        <Alert
          type={result.failed + result.returned > 0 ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setResult(null)}
          style={{ marginBottom: 16 }}
          data-testid="reconcile-result"
          message={t('records.reconcile.result', {
            paid: result.paid,
            failed: result.failed,
            returned: result.returned,
            skipped: result.skipped,
          })}
        />
      )}
      <Table<PaymentBatch>
        rowKey="id"
        size="small"
        loading={batches.isFetching}
        dataSource={batches.data?.items ?? []}
        data-testid="batches-table"
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 10, total: batches.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('records.batchNumber'), dataIndex: 'number', render: (n: string) => <RecordNumber number={n} /> },
          { title: t('benefits.region'), dataIndex: 'region', render: (code: string) => <PlaceName code={code} /> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => <Instant value={v} /> },
          { title: t('benefits.entries'), dataIndex: 'entryCount', align: 'right' },
          { title: t('benefits.total'), dataIndex: 'totalFen', align: 'right', render: (fen: number) => <Money fen={fen} /> },
          {
            title: t('benefits.reconciled'),
            dataIndex: 'reconciledAt',
            render: (v: string | null) => (v ? <Instant value={v} /> : t('benefits.notReconciled')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, b) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => void downloadBatch(b.id).catch(onError)}
                  data-testid="batch-download"
                >
                  {t('benefits.downloadBank')}
                </Button>
                <Button size="small" icon={<PrinterOutlined />} href={`/print/batches/${b.id}`} target="_blank" data-testid="batch-print">
                  {t('records.print')}
                </Button>
                <Button size="small" icon={<UploadOutlined />} onClick={() => setReconciling(b)} data-testid="batch-upload">
                  {t('benefits.uploadResult')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReconcileModal
        batch={reconciling}
        onClose={() => setReconciling(null)}
        onDone={(r) => {
          setResult(r);
          refresh();
        }}
      />
    </Card>
  );
}
