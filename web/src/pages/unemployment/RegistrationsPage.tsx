/** The unemployment register of the officer's area (decision 143): list by status, and register a person. */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { App, Button, Card, Form, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  listRegistrations,
  placeKinds,
  registerUnemployed,
  registrationStatuses,
  type PlaceKind,
  type Registration,
  type RegistrationStatus,
} from '../../api/unemployment';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import { PersonPicker } from '../benefits/pickers';
import { beijingToday } from '../../format/time';

export const statusColour: Record<RegistrationStatus, string> = {
  registered: 'blue',
  receiving_services: 'geekblue',
  employed: 'green',
  deregistered: 'default',
};

export function RegistrationsPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [status, setStatus] = useState<RegistrationStatus>('registered');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ personId?: string; placeKind?: PlaceKind; registeredOn?: string }>();
  const list = useQuery({
    queryKey: ['unemployment', status, page],
    queryFn: () => listRegistrations({ status, page, pageSize: 20 }),
  });
  const register = useMutation({
    mutationFn: (v: { personId?: string; placeKind?: PlaceKind; registeredOn?: string }) =>
      registerUnemployed({
        personId: v.personId ?? '',
        ...(v.placeKind ? { placeKind: v.placeKind } : {}),
        ...(v.registeredOn ? { registeredOn: v.registeredOn } : {}),
      }),
    onSuccess: (r) => {
      setOpen(false);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['unemployment'] });
      void message.success(`${t('unemployment.done')} ${r.number}`);
      void navigate(`/unemployment/${r.id}`);
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('unemployment.hint')}</Typography.Paragraph>
      {can('unemployment.register') && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setOpen(true)} data-testid="unemployment-register">
            {t('unemployment.register')}
          </Button>
        </Space>
      )}
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k as RegistrationStatus);
          setPage(1);
        }}
        items={registrationStatuses.map((k) => ({ key: k, label: t(`unemployment.statuses.${k}`) }))}
      />
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table<Registration>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('unemployment.empty') }}
            pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              {
                title: t('unemployment.number'),
                dataIndex: 'number',
                render: (n: string, r) => <Link to={`/unemployment/${r.id}`}>{n}</Link>,
              },
              { title: t('unemployment.name'), dataIndex: 'personName' },
              { title: t('unemployment.idNumber'), dataIndex: 'idNumberMasked' },
              { title: t('unemployment.place'), render: (_v, r) => `${t(`unemployment.placeKinds.${r.placeKind}`)} ${r.placeName}` },
              { title: t('unemployment.registeredOn'), dataIndex: 'registeredOn' },
              {
                title: t('unemployment.status'),
                dataIndex: 'status',
                render: (s: RegistrationStatus) => <Tag color={statusColour[s]}>{t(`unemployment.statuses.${s}`)}</Tag>,
              },
            ]}
          />
        </div>
      )}
      <Modal
        open={open}
        title={t('unemployment.register')}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => register.mutate(v))}
        confirmLoading={register.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ registeredOn: beijingToday() }}>
          <Form.Item name="personId" label={t('unemployment.person')} rules={[{ required: true }]}>
            <PersonPicker placeholder={t('unemployment.personSearch')} />
          </Form.Item>
          <Form.Item name="placeKind" label={t('unemployment.placeKind')}>
            <Select
              allowClear={clear}
              placeholder={t('unemployment.placeAuto')}
              options={placeKinds.map((k) => ({ value: k, label: t(`unemployment.placeKinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="registeredOn" label={t('unemployment.registeredOn')}>
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
