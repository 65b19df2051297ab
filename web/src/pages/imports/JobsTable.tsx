/** The import history: the user's jobs and those in their jurisdiction. */
import { useState } from 'react';
import { Button, Card, Space, Table } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dismissImport, downloadReport, isActive, listImports, needsAttention } from '../../api/imports';
import { useApiErrorHandler } from '../../api/errors';
import type { ImportJob } from '../../api/types';
import { labelOf } from '../../i18n/labels';
import { Instant } from '../../components/Instant';
import { StatusTag } from './StatusTag';

export function JobsTable({ onSelect }: { onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const client = useQueryClient();
  const dismiss = useMutation({
    mutationFn: (id: string) => dismissImport(id),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['imports'] }),
    onError: (e) => onError(e),
  });
  const list = useQuery({
    queryKey: ['imports', 'list', page, pageSize],
    queryFn: () => listImports(page, pageSize),
    refetchInterval: (q) => (q.state.data?.items.some(isActive) ? 2000 : false),
  });
  return (
    <Card title={t('imports.jobs')}>
      <Table<ImportJob>
        rowKey="id"
        size="small"
        loading={list.isPending}
        scroll={{ x: 'max-content' }}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => <Instant value={v} /> },
          { title: t('imports.fileName'), dataIndex: 'fileName' },
          { title: t('imports.entity'), dataIndex: 'entity', render: (e: string) => labelOf(t, 'importEntities', e) },
          {
            title: t('imports.status'),
            dataIndex: 'status',
            render: (_s, job) => (
              <Space size={4}>
                <StatusTag status={job.status} />
                {job.dismissedAt && <span style={{ color: '#8c8c8c' }}>{t('imports.dismissed')}</span>}
              </Space>
            ),
          },
          {
            title: t('imports.counts'),
            key: 'counts',
            render: (_v, j) =>
              `${t('imports.created')} ${j.created} · ${t('imports.updated')} ${j.updated} · ${t('imports.unchanged')} ${j.unchanged} · ${t('imports.conflicts')} ${j.conflicts} · ${t('imports.errors')} ${j.errors}`,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, job) => (
              <Space size="small">
                <Button size="small" onClick={() => onSelect(job.id)}>
                  {t('imports.select')}
                </Button>
                {job.hasReport && (
                  <Button size="small" onClick={() => void downloadReport(job).catch(onError)}>
                    {t('imports.report')}
                  </Button>
                )}
                {needsAttention(job) && (
                  <Button size="small" loading={dismiss.isPending && dismiss.variables === job.id} onClick={() => dismiss.mutate(job.id)}>
                    {t('imports.dismiss')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
