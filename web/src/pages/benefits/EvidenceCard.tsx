/** The claim's evidence files (name, type, size, when) and an upload button. */
import { App, Button, Card, List, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { uploadEvidence, type Claim } from '../../api/benefits';
import { useApiErrorHandler } from '../../api/errors';
import { formatInstant } from './shared';

export function EvidenceCard({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(claim.id, file),
    onSuccess: (c) => {
      client.setQueryData(['claims', 'one', c.id], c);
      void message.success(t('benefits.uploaded'));
    },
    onError: (e) => onError(e),
  });
  return (
    <Card
      size="small"
      title={t('benefits.evidence')}
      extra={
        <Upload
          accept=".pdf,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(f) => {
            upload.mutate(f);
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
            {t('benefits.upload')}
          </Button>
        </Upload>
      }
    >
      <List
        size="small"
        dataSource={claim.evidence}
        locale={{ emptyText: t('benefits.noEvidence') }}
        renderItem={(e) => (
          <List.Item>
            <Typography.Link
              href={`/api/v1/claims/${encodeURIComponent(claim.id)}/evidence/${encodeURIComponent(e.id)}`}
              target="_blank"
              rel="noopener"
            >
              {e.fileName}
            </Typography.Link>
            <Typography.Text type="secondary">
              {e.contentType} · {(e.size / 1024).toFixed(1)} KB · {formatInstant(e.uploadedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
