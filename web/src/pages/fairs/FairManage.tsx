/** The organising office's parts of a fair page: counts with a bar chart, registrations, check-in, door registration. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { Instant } from '../../components/Instant';
import { QueryError } from '../../components/QueryError';
import { countKeys, fairsApi, type FairDetail, type FairRegistration } from './api';

export function FairCountsCard({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const counts = useQuery({ queryKey: ['fairs', fairId, 'counts'], queryFn: () => fairsApi.counts(fairId) });
  if (counts.error && !counts.data) return <QueryError error={counts.error} />;
  const c = counts.data;
  const top = c ? Math.max(1, ...countKeys.map((k) => c[k])) : 1;
  return (
    <Card title={t('fairs.counts')} loading={!c}>
      {c && (
        <dl style={{ margin: 0 }} data-testid="fair-counts">
          {countKeys.map((k) => (
            <div key={k} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }} data-testid={`fair-count-${k}`}>
              <dt style={{ width: 110, flex: 'none' }}>{t(`fairs.countNames.${k}`)}</dt>
              <dd style={{ margin: 0, flex: 1, display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
                <span
                  aria-hidden="true"
                  style={{
                    display: 'inline-block',
                    height: 12,
                    width: `${(c[k] / top) * 100}%`,
                    minWidth: 2,
                    background: '#1677ff',
                    borderRadius: 2,
                  }}
                />
                <strong data-testid={`fair-count-${k}-value`}>{c[k]}</strong>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}

function CheckInBox({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [code, setCode] = useState('');
  const [last, setLast] = useState<FairRegistration | null>(null);
  const checkIn = useMutation({
    mutationFn: () => fairsApi.checkIn(fairId, code),
    onSuccess: (r) => {
      setLast(r);
      setCode('');
      void client.invalidateQueries({ queryKey: ['fairs', fairId] });
    },
    onError: (e) => {
      setLast(null);
      onError(e);
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('fairs.checkInHint')}</Typography.Text>
      <Space.Compact style={{ maxWidth: 320, width: '100%' }}>
        <Input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => code.trim() && checkIn.mutate()}
          aria-label={t('fairs.code')}
          maxLength={20}
          data-testid="fair-checkin-code"
        />
        <Button
          type="primary"
          onClick={() => checkIn.mutate()}
          disabled={!code.trim()}
          loading={checkIn.isPending}
          data-testid="fair-checkin"
        >
          {t('fairs.checkInButton')}
        </Button>
      </Space.Compact>
      {last && (
        <Alert
          type="success"
          showIcon
          message={`${t('fairs.checkedIn')}：${last.personName ?? ''}（${last.code}）`}
          data-testid="fair-checkin-done"
        />
      )}
    </Space>
  );
}

function DoorForm({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ idNumber: string; name: string }>();
  const door = useMutation({
    mutationFn: (v: { idNumber: string; name: string }) => fairsApi.door(fairId, v.idNumber, v.name),
    onSuccess: (r) => {
      form.resetFields();
      void message.success(`${t('fairs.doorDone')} ${r.code}`);
      void client.invalidateQueries({ queryKey: ['fairs', fairId] });
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Form form={form} layout="inline" onFinish={(v) => door.mutate(v)} style={{ rowGap: 8 }}>
      <Form.Item name="name" label={t('fairs.person')} rules={[{ required: true }]}>
        <Input maxLength={50} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="idNumber" label={t('fairs.idNumber')} rules={[{ required: true }]}>
        <Input maxLength={18} style={{ width: 200 }} />
      </Form.Item>
      <Button htmlType="submit" loading={door.isPending}>
        {t('fairs.door')}
      </Button>
    </Form>
  );
}

export function FairRegistrationsCard({ fair }: { fair: FairDetail }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['fairs', fair.id, 'registrations'], queryFn: () => fairsApi.registrations(fair.id) });
  return (
    <>
      {fair.kind !== 'online' && fair.phase !== 'ended' && (
        <Card title={t('fairs.checkIn')}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <CheckInBox fairId={fair.id} />
            <DoorForm fairId={fair.id} />
          </Space>
        </Card>
      )}
      <Card title={t('fairs.registrations')}>
        {list.error ? (
          <QueryError error={list.error} />
        ) : (
          <div style={{ overflowX: 'auto' }}>
            <Table<FairRegistration>
              rowKey="id"
              loading={list.isLoading}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: t('fairs.noRegistrations') }}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              columns={[
                { title: t('fairs.person'), dataIndex: 'personName' },
                { title: t('fairs.code'), dataIndex: 'code' },
                { title: t('fairs.channel'), dataIndex: 'channel', render: (c: FairRegistration['channel']) => t(`fairs.channels.${c}`) },
                { title: t('fairs.registeredAt'), dataIndex: 'registeredAt', render: (v: string) => <Instant value={v} /> },
                {
                  title: t('fairs.checkedInAt'),
                  dataIndex: 'checkedInAt',
                  render: (v: string | null) => (v ? <Instant value={v} /> : <Tag>{t('fairs.notCheckedIn')}</Tag>),
                },
              ]}
            />
          </div>
        )}
      </Card>
    </>
  );
}
