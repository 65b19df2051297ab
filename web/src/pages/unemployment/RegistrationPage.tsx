/** One unemployment registration: its details, history and the steps an officer may take. */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Tag, Timeline } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  deregister,
  deregistrationReasons,
  getRegistration,
  markEmployed,
  placeKinds,
  startServices,
  transferRegistration,
  type DeregistrationReason,
  type PlaceKind,
  type Registration,
} from '../../api/unemployment';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { QueryError } from '../../components/QueryError';
import { formatInstant } from '../../format/time';
import { statusColour } from './RegistrationsPage';

type Asking = 'transfer' | 'employed' | 'deregister' | null;

export function RegistrationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [asking, setAsking] = useState<Asking>(null);
  const [form] = Form.useForm<{ placeKind?: PlaceKind; employer?: string; reason?: DeregistrationReason; note?: string }>();
  const one = useQuery({ queryKey: ['unemployment', 'one', id], queryFn: () => getRegistration(id), retry: false });
  const step = useMutation({
    mutationFn: async (a: { kind: 'services' | NonNullable<Asking>; r: Registration }) => {
      const v = form.getFieldsValue();
      if (a.kind === 'services') return startServices(a.r.id, a.r.version);
      if (a.kind === 'transfer') return transferRegistration(a.r.id, a.r.version, v.placeKind ?? 'hukou');
      if (a.kind === 'employed') return markEmployed(a.r.id, { version: a.r.version, ...(v.employer ? { employer: v.employer } : {}) });
      return deregister(a.r.id, { version: a.r.version, reason: v.reason ?? 'other', ...(v.note ? { note: v.note } : {}) });
    },
    onSuccess: (r) => {
      setAsking(null);
      form.resetFields();
      client.setQueryData(['unemployment', 'one', id], r);
      void client.invalidateQueries({ queryKey: ['unemployment'] });
      void message.success(t('unemployment.done'));
    },
    onError: (e) => onError(e, form),
  });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const r = one.data;
  if (!r) return null;
  const active = r.status === 'registered' || r.status === 'receiving_services';
  const mayAct = active && can('unemployment.register');
  return (
    <Card
      title={`${t('unemployment.title')} ${r.number}`}
      extra={
        <Space>
          {can('assistance.read') && <Link to={`/assistance/${r.id}`}>{t('assistance.openCase')}</Link>}
          <Link to={`/print/unemployment/${r.id}`} target="_blank">
            {t('unemployment.actions.print')}
          </Link>
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('unemployment.number')}>{r.number}</Descriptions.Item>
        <Descriptions.Item label={t('unemployment.status')}>
          <Tag color={statusColour[r.status]}>{t(`unemployment.statuses.${r.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('unemployment.name')}>
          <Link to={`/people/${r.personId}`}>{r.personName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('unemployment.idNumber')}>{r.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label={t('unemployment.place')}>
          {t(`unemployment.placeKinds.${r.placeKind}`)} {r.placeName}
        </Descriptions.Item>
        <Descriptions.Item label={t('unemployment.office')}>{r.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('unemployment.registeredOn')}>{r.registeredOn}</Descriptions.Item>
        <Descriptions.Item label={t('unemployment.endedOn')}>
          {r.endedOn ?? ''}
          {r.endReason && !r.endReason.startsWith('employed')
            ? ` ${t(`unemployment.reasons.${r.endReason as DeregistrationReason}`, { defaultValue: r.endReason })}`
            : ''}
        </Descriptions.Item>
      </Descriptions>
      {mayAct && (
        <Space wrap style={{ margin: '16px 0' }}>
          {r.status === 'registered' && (
            <Button type="primary" loading={step.isPending} onClick={() => step.mutate({ kind: 'services', r })}>
              {t('unemployment.actions.services')}
            </Button>
          )}
          <Button onClick={() => setAsking('transfer')}>{t('unemployment.actions.transfer')}</Button>
          <Button onClick={() => setAsking('employed')}>{t('unemployment.actions.employed')}</Button>
          <Button danger onClick={() => setAsking('deregister')}>
            {t('unemployment.actions.deregister')}
          </Button>
        </Space>
      )}
      <h2 style={{ fontSize: 16, marginTop: 16 }}>{t('unemployment.history')}</h2>
      <Timeline
        items={(r.events ?? []).map((e) => ({
          children: (
            <span>
              {e.onDate} {t(`unemployment.events.${e.kind}`, { defaultValue: e.kind })}
              {e.placeKind ? ` · ${t(`unemployment.placeKinds.${e.placeKind}`)} ${e.placeName ?? ''}` : ''}
              {e.note ? ` · ${e.note}` : ''}
              <span style={{ color: '#595959' }}> （{formatInstant(e.at)}）</span>
            </span>
          ),
        }))}
      />
      <Modal
        open={asking !== null}
        title={asking ? t(`unemployment.actions.${asking}`) : ''}
        onCancel={() => setAsking(null)}
        onOk={() => void form.validateFields().then(() => asking && step.mutate({ kind: asking, r }))}
        confirmLoading={step.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {asking === 'transfer' && (
            <Form.Item name="placeKind" label={t('unemployment.transferTo')} rules={[{ required: true }]}>
              <Select
                options={placeKinds.filter((k) => k !== r.placeKind).map((k) => ({ value: k, label: t(`unemployment.placeKinds.${k}`) }))}
              />
            </Form.Item>
          )}
          {asking === 'employed' && (
            <Form.Item name="employer" label={t('unemployment.employer')}>
              <Input maxLength={200} />
            </Form.Item>
          )}
          {asking === 'deregister' && (
            <>
              <Form.Item name="reason" label={t('unemployment.reason')} rules={[{ required: true }]}>
                <Select options={deregistrationReasons.map((k) => ({ value: k, label: t(`unemployment.reasons.${k}`) }))} />
              </Form.Item>
              <Form.Item name="note" label={t('unemployment.note')}>
                <Input.TextArea maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
