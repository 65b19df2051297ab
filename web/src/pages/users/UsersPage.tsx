/** Account administration: list, create (one-time password shown once), disable/enable, reset. */
import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { ExportButton } from '../benefits/shared';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiErrorHandler } from '../../api/errors';
import type { Paged, User, UserWithPassword } from '../../api/types';
import { labelOf } from '../../i18n/labels';
import { PlaceName } from '../../components/PlaceName';
import { CreateUserModal } from './CreateUserModal';
import { OneTimePasswordModal } from './OneTimePasswordModal';

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<UserWithPassword | null>(null);
  const list = useQuery({ queryKey: ['users', page, pageSize], queryFn: () => api.get<Paged<User>>('/users', { page, pageSize }) });

  const action = useMutation({
    mutationFn: ({ id, verb }: { id: string; verb: 'disable' | 'enable' | 'reset-password' }) =>
      verb === 'reset-password'
        ? api.post<UserWithPassword>(`/users/${id}/reset-password`)
        : api.post<User>(`/users/${id}/${verb}`).then((user) => ({ user, oneTimePassword: null })),
    onSuccess: (r) => {
      void client.invalidateQueries({ queryKey: ['users'] });
      if (r.oneTimePassword) setShown(r);
      else void message.success(t('common.saved'));
    },
    onError: (err) => onError(err),
  });

  const statusTags = (u: User) => (
    <Space size={4} wrap>
      {u.disabled ? <Tag color="red">{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>}
      {u.lockedUntil && <Tag color="orange">{t('users.locked')}</Tag>}
      {u.mustChangePassword && <Tag color="gold">{t('users.mustChange')}</Tag>}
    </Space>
  );

  return (
    <Card
      extra={
        <Space wrap>
          <ExportButton path="/users/export" name="账号" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        </Space>
      }
    >
      <Table<User>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
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
          {
            title: t('users.username'),
            dataIndex: 'username',
            render: (name: string, u) => (
              <Link to={`/users/${u.id}`} translate="no">
                {name}
              </Link>
            ),
          },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.role'),
            dataIndex: 'role',
            render: (r: string, u) => `${labelOf(t, 'roles', r)}${u.department ? `（${labelOf(t, 'departments', u.department)}）` : ''}`,
          },
          {
            title: t('users.jurisdiction'),
            dataIndex: 'jurisdiction',
            render: (j: string) => (j ? <PlaceName code={j} /> : t('nav.nationwide')),
          },
          { title: t('common.status'), key: 'status', render: (_v, u) => statusTags(u) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, u) => (
              <Space size="small" wrap>
                {u.disabled ? (
                  <Button size="small" onClick={() => action.mutate({ id: u.id, verb: 'enable' })}>
                    {t('users.enable')}
                  </Button>
                ) : (
                  <Popconfirm title={t('users.disableConfirm')} onConfirm={() => action.mutate({ id: u.id, verb: 'disable' })}>
                    <Button size="small" danger>
                      {t('users.disable')}
                    </Button>
                  </Popconfirm>
                )}
                <Popconfirm title={t('users.resetConfirm')} onConfirm={() => action.mutate({ id: u.id, verb: 'reset-password' })}>
                  <Button size="small">{t('users.resetPassword')}</Button>
                </Popconfirm>
                <Link to={`/users/${u.id}`}>
                  <Button size="small" data-testid={`tokens-of-${u.username}`}>
                    {t('tokens.tokens')}
                  </Button>
                </Link>
              </Space>
            ),
          },
        ]}
      />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          setShown(r);
          void client.invalidateQueries({ queryKey: ['users'] });
        }}
      />
      <OneTimePasswordModal value={shown} onClose={() => setShown(null)} />
    </Card>
  );
}
