/**
 * Uploading the bank's result file: the bank's name (its column choice is remembered and filled in
 * next time), the columns found automatically or chosen (a letter or a header text), then the file.
 */
import { useEffect, useState } from 'react';
import { Alert, AutoComplete, Button, Form, Input, Modal, Radio, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listBankMappings, uploadReconciliation, type PaymentBatch, type ReconciliationResult } from '../../api/benefits';
import { useApiErrorHandler } from '../../api/errors';

interface Props {
  batch: PaymentBatch | null;
  onClose: () => void;
  onDone: (r: ReconciliationResult) => void;
}

export function ReconcileModal({ batch, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [bank, setBank] = useState('');
  const [mode, setMode] = useState<'auto' | 'manual'>('auto');
  const [columns, setColumns] = useState({ number: '', result: '', reference: '' });
  const mappings = useQuery({ queryKey: ['payments', 'bank-mappings'], queryFn: listBankMappings, enabled: batch !== null });
  const known = mappings.data?.items.find((m) => m.bank === bank.trim());
  useEffect(() => {
    if (known) {
      setMode('manual');
      setColumns({ number: known.mapping.number, result: known.mapping.result, reference: known.mapping.reference ?? '' });
    }
  }, [known]);
  const upload = useMutation({
    mutationFn: (file: File) => {
      if (!batch) throw new Error('no batch');
      const mapping =
        mode === 'manual' && columns.number.trim() && columns.result.trim()
          ? {
              number: columns.number.trim(),
              result: columns.result.trim(),
              ...(columns.reference.trim() ? { reference: columns.reference.trim() } : {}),
            }
          : undefined;
      return uploadReconciliation(batch.id, file, { ...(bank.trim() ? { bank: bank.trim() } : {}), ...(mapping ? { mapping } : {}) });
    },
    onSuccess: (r) => {
      onDone(r);
      onClose();
    },
    onError: (e) => onError(e),
  });
  return (
    <Modal
      open={batch !== null}
      title={`${t('records.reconcile.title')} · ${batch?.number ?? ''}`}
      onCancel={onClose}
      footer={null}
      destroyOnClose
    >
      <Form layout="vertical">
        <Form.Item label={t('records.reconcile.bank')} extra={t('records.reconcile.bankHint')}>
          <AutoComplete
            value={bank}
            onChange={setBank}
            options={(mappings.data?.items ?? []).map((m) => ({ value: m.bank }))}
            data-testid="reconcile-bank"
            aria-label={t('records.reconcile.bank')}
          />
        </Form.Item>
        <Form.Item>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value === 'manual' ? 'manual' : 'auto')}>
            <Space direction="vertical">
              <Radio value="auto">{t('records.reconcile.auto')}</Radio>
              <Radio value="manual" data-testid="reconcile-manual">
                {t('records.reconcile.manual')}
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {mode === 'manual' && (
          <Space wrap align="start">
            {(['number', 'result', 'reference'] as const).map((key) => (
              <Form.Item key={key} label={t(`records.reconcile.${key}Column`)} extra={t('records.reconcile.columnHint')}>
                <Input
                  value={columns[key]}
                  onChange={(e) => setColumns({ ...columns, [key]: e.target.value })}
                  style={{ width: 180 }}
                  data-testid={`reconcile-${key}`}
                />
              </Form.Item>
            ))}
          </Space>
        )}
        <Alert type="info" showIcon message={t('records.reconcile.words')} style={{ marginBottom: 16 }} />
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending} data-testid="reconcile-file">
            {t('records.reconcile.file')}
          </Button>
        </Upload>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          .xlsx
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
