/** The audit log for auditors: filter by action, entity type and actor; verify the hash chains. */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiErrorHandler } from '../../api/errors';
import type { AuditEntry, AuditVerifyReport, Paged } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ExportButton } from '../benefits/shared';
import { labelOf } from '../../i18n/labels';

interface Filters {
  action?: string;
  entityType?: string;
  actorId?: string;
}

export function AuditPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const onError = useApiErrorHandler();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () => api.get<Paged<AuditEntry>>('/audit', { ...filters, page, pageSize }),
  });
  const verify = useMutation({ mutationFn: () => api.post<AuditVerifyReport>('/audit/verify'), onError: (e) => onError(e) });

  return (
    <Card
      title={t('audit.title')}
      extra={
        <Space wrap>
          <ExportButton
            path="/audit/export"
            name="审计日志"
            query={Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)]))}
          />
          {can('audit.verify') && (
            <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
              {t('audit.verify')}
            </Button>
          )}
        </Space>
      }
    >
      {verify.data && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verify.data.ok ? 'success' : 'error'}
          message={
            verify.data.ok
              ? t('audit.verifyOk', { chains: verify.data.chains, entries: verify.data.entries })
              : t('audit.verifyBad', { count: verify.data.problems.length })
          }
          description={verify.data.problems.map((p) => `${p.province} #${p.chainSeq}: ${p.problem}`).join('\n') || undefined}
        />
      )}
      <Form<Filters>
        layout="inline"
        onFinish={(v) => {
          setFilters(v);
          setPage(1);
        }}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="action">
          <Input allowClear placeholder={t('audit.filterAction')} />
        </Form.Item>
        <Form.Item name="entityType">
          <Input allowClear placeholder={t('audit.filterEntity')} />
        </Form.Item>
        <Form.Item name="actorId">
          <Input allowClear placeholder={t('audit.filterActor')} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
        </Space>
      </Form>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        tableLayout="fixed"
        loading={list.isPending}
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
          { title: t('audit.at'), dataIndex: 'at', width: 190 },
          { title: t('audit.province'), key: 'chain', render: (_v, e) => `${e.province} #${e.chainSeq}`, width: 90 },
          {
            title: t('audit.actor'),
            dataIndex: 'actorId',
            width: 110,
            render: (v: string | null) => (
              <Typography.Text code title={v ?? undefined}>
                {v ? v.slice(0, 8) : 'system'}
              </Typography.Text>
            ),
          },
          {
            title: t('audit.role'),
            dataIndex: 'actorRole',
            width: 120,
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{labelOf(t, 'roles', v)}</span>,
          },
          { title: t('audit.action'), dataIndex: 'action', width: 200 },
          {
            title: t('audit.entity'),
            key: 'entity',
            width: 170,
            render: (_v, e) => `${e.entityType}${e.entityId ? ` ${e.entityId.slice(0, 8)}` : ''}`,
          },
          {
            title: t('audit.details'),
            dataIndex: 'details',
            ellipsis: true,
            render: (d: Record<string, unknown>) => (
              <Typography.Text style={{ fontSize: 12 }} title={JSON.stringify(d)}>
                {JSON.stringify(d)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
