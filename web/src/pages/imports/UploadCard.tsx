/** Choose what to import and how, then upload; the server answers with the queued job. */
import { useState } from 'react';
import { App, Card, Form, Radio, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { importEntities, importModes, uploadImport } from '../../api/imports';
import { useApiErrorHandler } from '../../api/errors';
import type { ImportEntity, ImportJob, ImportMode } from '../../api/types';
import { labelOf } from '../../i18n/labels';

export function UploadCard({ onStarted }: { onStarted: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [entity, setEntity] = useState<ImportEntity>('people');
  const [mode, setMode] = useState<ImportMode>('insert');
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const job = await uploadImport(entity, mode, file);
      void message.success(t('imports.started', { name: job.fileName }));
      onStarted(job);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('imports.upload')}>
      <Form layout="vertical">
        <Form.Item label={t('imports.entity')}>
          <Radio.Group
            value={entity}
            onChange={(e) => setEntity(e.target.value === 'enterprises' ? 'enterprises' : 'people')}
            options={importEntities.map((v) => ({ value: v, label: labelOf(t, 'importEntities', v) }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item label={t('imports.mode')}>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value === 'update' ? 'update' : 'insert')}
            options={importModes.map((v) => ({ value: v, label: labelOf(t, 'importModes', v) }))}
          />
        </Form.Item>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          data-testid="import-upload"
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.uploadHint')}</p>
        </Upload.Dragger>
      </Form>
    </Card>
  );
}
