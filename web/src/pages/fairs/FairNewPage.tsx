/** Organise a job fair: name, kind, dates and hours, venue for on site, target groups, capacity. */
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { usePageTitle } from '../../layout/pageTitle';
import { DateInput } from '../../components/DateInput';
import { DivisionSelect } from '../../components/DivisionSelect';
import { fairKinds, fairsApi, targetGroups, type FairInput } from './api';

export function FairNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  usePageTitle(t('fairs.new'));
  const [form] = Form.useForm<FairInput>();
  const kind = Form.useWatch('kind', form);
  const create = useMutation({
    mutationFn: (v: FairInput) => fairsApi.create({ ...v, endsOn: v.endsOn || v.startsOn }),
    onSuccess: (f) => {
      void message.success(t('fairs.created'));
      void navigate(`/fairs/${f.id}`);
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Card>
      <Form<FairInput>
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{ kind: 'onsite', hours: '09:00-16:00', targetGroups: ['poor_labourers'], capacity: 200 }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item name="name" label={t('fairs.name')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="fair-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('fairs.kind')} rules={[{ required: true }]}>
          <Select options={fairKinds.map((k) => ({ value: k, label: t(`fairs.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('fairs.startsOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="endsOn" label={t('fairs.endsOn')}>
          <DateInput />
        </Form.Item>
        <Form.Item name="hours" label={t('fairs.hours')} extra={t('fairs.hoursHint')} rules={[{ required: true }]}>
          <Input maxLength={11} />
        </Form.Item>
        {kind !== 'online' && (
          <>
            <Form.Item name="venueCode" label={t('fairs.venueCode')} rules={[{ required: true }]}>
              <DivisionSelect />
            </Form.Item>
            <Form.Item name="venueAddress" label={t('fairs.venueAddress')} rules={[{ required: true }]}>
              <Input maxLength={200} data-testid="fair-address" />
            </Form.Item>
          </>
        )}
        {/* No required rule: antd would put aria-required on the group's <div> (not allowed there); the server refuses an empty choice on this field. */}
        <Form.Item name="targetGroups" label={t('fairs.targetGroups')}>
          <Checkbox.Group options={targetGroups.map((g) => ({ value: g, label: t(`fairs.groups.${g}`) }))} />
        </Form.Item>
        <Form.Item name="capacity" label={t('fairs.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100000} precision={0} controls={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="fair-create">
          {t('fairs.new')}
        </Button>
      </Form>
    </Card>
  );
}
