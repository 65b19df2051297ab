/** Live progress of one import (polled while it runs) with its outcome and error report. */
import { Alert, Button, Card, Descriptions, Progress, Space, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadReport, getImport, isActive } from '../../api/imports';
import { useApiErrorHandler } from '../../api/errors';
import type { ImportJob } from '../../api/types';
import { labelOf } from '../../i18n/labels';
import { StatusTag } from './StatusTag';

function percentOf(job: ImportJob): number {
  if (job.status === 'done') return 100;
  return job.total > 0 ? Math.min(99, Math.floor((job.processed / job.total) * 100)) : 0;
}

export function JobProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const query = useQuery({
    queryKey: ['imports', 'job', id],
    queryFn: () => getImport(id),
    refetchInterval: (q) => (q.state.data === undefined || isActive(q.state.data) ? 1000 : false),
  });
  const job = query.data;
  if (!job) return <Card loading title={t('imports.current')} />;
  const counts: Array<{ key: 'created' | 'unchanged' | 'updated' | 'conflicts' | 'errors'; color: string }> = [
    { key: 'created', color: 'green' },
    { key: 'unchanged', color: 'default' },
    { key: 'updated', color: 'blue' },
    { key: 'conflicts', color: 'orange' },
    { key: 'errors', color: 'red' },
  ];
  return (
    <Card title={t('imports.current')} data-testid="import-progress" data-status={job.status}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('imports.fileName')}>{job.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('imports.entity')}>{labelOf(t, 'importEntities', job.entity)}</Descriptions.Item>
        <Descriptions.Item label={t('imports.status')}>
          <StatusTag status={job.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('imports.progress')}>
          {job.total > 0
            ? t('imports.processedOf', { processed: job.processed, total: job.total })
            : t('imports.processed', { processed: job.processed })}
        </Descriptions.Item>
      </Descriptions>
      <Progress
        percent={percentOf(job)}
        status={job.status === 'failed' || job.status === 'interrupted' ? 'exception' : isActive(job) ? 'active' : 'success'}
      />
      {job.errorMessage && (
        <Alert type={job.status === 'interrupted' ? 'warning' : 'error'} showIcon message={job.errorMessage} style={{ marginTop: 12 }} />
      )}
      <Space wrap style={{ marginTop: 12 }} data-testid="import-counts">
        {counts.map((c) => (
          <Tag key={c.key} color={c.color} data-testid={`import-${c.key}`}>
            {t(`imports.${c.key}`)} {job[c.key]}
          </Tag>
        ))}
        {job.hasReport && (
          <Button icon={<DownloadOutlined />} onClick={() => void downloadReport(job).catch(onError)} data-testid="import-report">
            {t('imports.downloadReport')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
