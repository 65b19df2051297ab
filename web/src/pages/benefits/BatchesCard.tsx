/** Bank batches: create one from the pending entries, download its bank file, upload the bank's result file and show the counts. */
import { useState } from 'react';
import { Alert, App, Button, Card, Space, Table, Upload } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { yuan } from '../../api/policy';
import {
  createBatch,
  downloadBatch,
  listBatches,
  uploadReconciliation,
  type PaymentBatch,
  type ReconciliationResult,
} from '../../api/benefits';
import { useApiErrorHandler } from '../../api/errors';
import { formatInstant, Money, shortId } from './shared';

export function BatchesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<ReconciliationResult | null>(null);
  const batches = useQuery({ queryKey: ['payments', 'batches', page], queryFn: () => listBatches(page, 10) });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['payments'] });
    void client.invalidateQueries({ queryKey: ['claims'] });
  };
  const create = useMutation({
    mutationFn: createBatch,
    onSuccess: (b) => {
      refresh();
      void message.success(t('benefits.batchCreated', { count: b.entryCount, amount: yuan(b.totalFen) }));
    },
    onError: (e) => onError(e),
  });
  const reconcile = useMutation({
    mutationFn: ({ batch, file }: { batch: string; file: File }) => uploadReconciliation(batch, file),
    onSuccess: (r) => {
      setResult(r);
      refresh();
    },
    onError: (e) => {
      setResult(null);
      onError(e);
    },
  });
  return (
    <Card
      title={t('benefits.batches')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          loading={create.isPending}
          onClick={() => create.mutate()}
          data-testid="batch-create"
        >
          {t('benefits.createBatch')}
        </Button>
      }
    >
      {result && (
        <Alert
          type={result.failed > 0 ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setResult(null)}
          style={{ marginBottom: 16 }}
          data-testid="reconcile-result"
          message={t('benefits.reconcileResult', { paid: result.paid, failed: result.failed, skipped: result.skipped })}
        />
      )}
      <Table<PaymentBatch>
        rowKey="id"
        size="small"
        loading={batches.isFetching}
        dataSource={batches.data?.items ?? []}
        data-testid="batches-table"
        pagination={{ current: page, pageSize: 10, total: batches.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('benefits.batch'), dataIndex: 'id', render: (id: string) => <code>{shortId(id)}</code> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
          { title: t('benefits.entries'), dataIndex: 'entryCount', align: 'right' },
          { title: t('benefits.total'), dataIndex: 'totalFen', align: 'right', render: (fen: number) => <Money fen={fen} /> },
          {
            title: t('benefits.reconciled'),
            dataIndex: 'reconciledAt',
            render: (v: string | null) => (v ? formatInstant(v) : t('benefits.notReconciled')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, b) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => void downloadBatch(b.id).catch(onError)}
                  data-testid="batch-download"
                >
                  {t('benefits.downloadBank')}
                </Button>
                <Upload
                  accept=".xlsx"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    reconcile.mutate({ batch: b.id, file });
                    return false;
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />} loading={reconcile.isPending} data-testid="batch-upload">
                    {t('benefits.uploadResult')}
                  </Button>
                </Upload>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
