/**
 * The queue of binding requests for people in the officer's jurisdiction (decision 105): confirm
 * after checking with the person, reject with a reason the worker sees, or end a binding (audited).
 */
import { useState } from 'react';
import { App, Button, Card, Input, Modal, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  bindingStatuses,
  confirmBinding,
  listBindings,
  rejectBinding,
  unbindPerson,
  type BindingRequest,
  type BindingStatus,
} from '../../api/bindings';
import { useApiErrorHandler } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { formatInstant } from '../../format/time';

const TABS: BindingStatus[] = bindingStatuses.filter((s) => s !== 'withdrawn');

function isTab(v: string): v is BindingStatus {
  return (TABS as string[]).includes(v);
}

/** What the next action needs: the request and which reason is being asked for. */
type Asking = { kind: 'reject' | 'unbind'; request: BindingRequest } | null;

export function BindingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [status, setStatus] = useState<BindingStatus>('pending');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState('');
  const list = useQuery({ queryKey: ['bindings', status, page, pageSize], queryFn: () => listBindings({ status, page, pageSize }) });
  const refresh = () => void client.invalidateQueries({ queryKey: ['bindings'] });
  const done = (text: string) => {
    setAsking(null);
    setReason('');
    refresh();
    void message.success(text);
  };

  const confirm = useMutation({
    mutationFn: (r: BindingRequest) => confirmBinding(r.id),
    onSuccess: () => done(t('bindings.confirmed')),
    onError: (e) => onError(e),
  });
  const decide = useMutation({
    mutationFn: async (a: NonNullable<Asking>): Promise<void> => {
      if (a.kind === 'reject') await rejectBinding(a.request.id, reason.trim());
      else await unbindPerson({ personId: a.request.person?.id ?? '', reason: reason.trim() });
    },
    onSuccess: (_v, a) => done(a.kind === 'reject' ? t('bindings.rejected') : t('bindings.unbound')),
    onError: (e) => onError(e),
  });

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('bindings.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(k) => {
          if (isTab(k)) {
            setStatus(k);
            setPage(1);
          }
        }}
        data-testid="bindings-tabs"
        items={TABS.map((k) => ({ key: k, label: t(`bindings.statuses.${k}`) }))}
      />
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <Table<BindingRequest>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="bindings-table"
          scroll={{ x: 'max-content' }}
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
            { title: t('bindings.submittedName'), dataIndex: 'submittedName' },
            {
              title: t('bindings.submittedId'),
              dataIndex: 'submittedIdMasked',
              render: (v: string | null) => <code translate="no">{v ?? ''}</code>,
            },
            { title: t('bindings.phone'), dataIndex: 'phoneMasked', render: (v: string | null) => v ?? '' },
            {
              title: t('bindings.record'),
              key: 'person',
              render: (_v, r) =>
                r.person ? (
                  <Space direction="vertical" size={0}>
                    <Link to={`/people/${r.person.id}`}>{r.person.name}</Link>
                    <code>{r.person.idNumberMasked}</code>
                    {r.person.mergedInto ? <Tag color="orange">{t('bindings.merged', { id: r.person.mergedInto })}</Tag> : null}
                  </Space>
                ) : (
                  <Tag>{t('bindings.noRecord')}</Tag>
                ),
            },
            { title: t('bindings.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
            { title: t('bindings.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatInstant(v) },
            ...(status === 'pending'
              ? []
              : [
                  { title: t('bindings.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => (v ? formatInstant(v) : '') },
                  { title: t('bindings.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
                ]),
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_v, r) => (
                <Space size={4}>
                  {r.status === 'pending' && r.person && (
                    <Popconfirm
                      title={t('bindings.confirmAsk')}
                      onConfirm={() => confirm.mutate(r)}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                    >
                      <Button size="small" type="primary" data-testid="binding-confirm">
                        {t('bindings.confirm')}
                      </Button>
                    </Popconfirm>
                  )}
                  {r.status === 'pending' && (
                    <Button size="small" danger onClick={() => setAsking({ kind: 'reject', request: r })} data-testid="binding-reject">
                      {t('bindings.reject')}
                    </Button>
                  )}
                  {r.status === 'confirmed' && r.person && (
                    <Button size="small" danger onClick={() => setAsking({ kind: 'unbind', request: r })} data-testid="binding-unbind">
                      {t('bindings.unbind')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={asking !== null}
        title={asking?.kind === 'unbind' ? t('bindings.unbind') : t('bindings.reject')}
        onCancel={() => setAsking(null)}
        confirmLoading={decide.isPending}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        onOk={() => {
          if (asking) decide.mutate(asking);
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          data-testid="binding-reason"
          aria-label={asking?.kind === 'unbind' ? t('bindings.unbindReason') : t('bindings.rejectReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={asking?.kind === 'unbind' ? t('bindings.unbindReason') : t('bindings.rejectReason')}
        />
      </Modal>
    </Card>
  );
}
