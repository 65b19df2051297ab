/** An officer records a lay-off, closure, epidemic or disaster of their area; its tasks follow from its kind (decision 174). */
import { App, Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { DivisionSelect } from '../../components/DivisionSelect';
import { EnterprisePicker } from '../benefits/pickers';
import { beijingToday } from '../../format/time';
import { createEvent, eventKinds, type EventKind } from './api';

interface Values {
  kind: EventKind;
  enterpriseId?: string;
  placeCode?: string;
  occurredOn?: string;
  description: string;
  workersAffected: number;
}

export function EventNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      createEvent({
        kind: v.kind,
        ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        ...(v.placeCode ? { placeCode: v.placeCode } : {}),
        occurredOn: v.occurredOn ?? beijingToday(),
        description: v.description,
        workersAffected: v.workersAffected,
      }),
    onSuccess: (e) => {
      void message.success(`${t('rapidResponse.saved')} ${e.number}`);
      void navigate(`/rapid-response/${e.id}`);
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('rapidResponse.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ kind: 'layoff', occurredOn: beijingToday() }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="kind" label={t('rapidResponse.kind')} rules={[{ required: true }]}>
          <Select options={eventKinds.map((k) => ({ value: k, label: t(`rapidResponse.kinds.${k}`) }))} data-testid="rr-kind" />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('rapidResponse.enterprise')}>
          <EnterprisePicker allowClear />
        </Form.Item>
        <Form.Item name="placeCode" label={t('rapidResponse.place')} extra={t('rapidResponse.placeHint')}>
          <DivisionSelect allowClear />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('rapidResponse.occurredOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="workersAffected" label={t('rapidResponse.workersAffected')} rules={[{ required: true }]}>
          <InputNumber controls={false} inputMode="numeric" min={1} max={1_000_000} precision={0} data-testid="rr-affected" />
        </Form.Item>
        <Form.Item name="description" label={t('rapidResponse.description')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="rr-description" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rr-submit">
          {t('rapidResponse.create')}
        </Button>
      </Form>
    </Card>
  );
}
