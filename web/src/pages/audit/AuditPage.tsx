/**
 * The audit log: filter by person (picked by name or ID number), officer (by name), action (in the
 * reader's language) and Beijing dates; each entry shows who did what to which record as a sentence.
 * The server reads only the entries under the reader's jurisdiction; chains can be verified here.
 */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiErrorHandler } from '../../api/errors';
import type { AuditEntry, AuditVerifyReport, Paged } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { actionLabel, entityLabel, labelOf } from '../../i18n/labels';
import { DateInput } from '../../components/DateInput';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { PersonPicker } from '../benefits/pickers';
import { auditSentence } from './auditSentence';

interface Filters {
  personId?: string;
  actorName?: string;
  action?: string;
  from?: string | null;
  to?: string | null;
}

function query(f: Filters): Record<string, string | undefined> {
  return {
    ...(f.personId ? { entityType: 'person', entityId: f.personId } : {}),
    actorName: f.actorName?.trim() || undefined,
    action: f.action || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { can } = useAuth();
  const onError = useApiErrorHandler();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () => api.get<Paged<AuditEntry>>('/audit', { ...query(filters), page, pageSize }),
  });
  const verify = useMutation({ mutationFn: () => api.post<AuditVerifyReport>('/audit/verify'), onError: (e) => onError(e) });
  const actions: unknown = t('auditActions', { returnObjects: true });
  const actionOptions =
    actions && typeof actions === 'object'
      ? Object.entries(actions as Record<string, string>).map(([value, label]) => ({ value, label }))
      : [];

  return (
    <Card
      title={t('audit.title')}
      extra={
        can('audit.verify') && (
          <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
            {t('audit.verify')}
          </Button>
        )
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
        {can('people.read') && (
          <Form.Item name="personId" label={t('portal.audit.person')}>
            <PersonPicker allowClear aria-label={t('portal.audit.person')} style={{ width: 260 }} />
          </Form.Item>
        )}
        <Form.Item name="actorName" label={t('portal.audit.officer')}>
          <Input allowClear={clear} maxLength={50} data-testid="audit-officer" />
        </Form.Item>
        <Form.Item name="action" label={t('portal.audit.action')}>
          <Select
            allowClear={clear}
            showSearch
            optionFilterProp="label"
            options={actionOptions}
            style={{ width: 220 }}
            aria-label={t('portal.audit.action')}
            data-testid="audit-action"
          />
        </Form.Item>
        <Form.Item label={t('portal.audit.dates')}>
          <Space.Compact>
            <Form.Item name="from" noStyle>
              <DateInput id="audit-from" aria-label={t('portal.audit.dateFrom')} />
            </Form.Item>
            <Form.Item name="to" noStyle>
              <DateInput id="audit-to" aria-label={t('portal.audit.dateTo')} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      {/* The table scrolls sideways inside a region a keyboard can focus (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('nav.audit')}>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
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
            { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => <Instant value={v} seconds /> },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 160,
              render: (_v, e) => (
                <span title={e.actorId ?? undefined}>
                  {e.actorName ?? (e.actorId ? '—' : t('portal.audit.actorSystem'))}
                  <Typography.Text type="secondary"> {labelOf(t, 'roles', e.actorRole)}</Typography.Text>
                </span>
              ),
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 180,
              render: (a: string) => <span title={a}>{actionLabel(t, a)}</span>,
            },
            {
              title: t('audit.entity'),
              key: 'entity',
              width: 200,
              render: (_v, e) => (
                <span title={e.entityId ?? undefined}>
                  {entityLabel(t, e.entityType)}
                  {e.region && (
                    <Typography.Text type="secondary">
                      {' '}
                      <PlaceName code={e.region} short />
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            {
              title: t('audit.details'),
              dataIndex: 'details',
              // Field names are labelled; values are shown as stored (program ids, statuses, channels), so the cell is data.
              render: (d: Record<string, unknown>) => (
                <span style={{ fontSize: 12 }} translate="no">
                  {auditSentence(t, d)}
                </span>
              ),
            },
          ]}
        />
      </div>
    </Card>
  );
}
