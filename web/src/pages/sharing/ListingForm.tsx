/** The form a firm (or an officer for it) uses to offer surplus staff or ask for staff. */
import { App, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { YuanInput } from '../../components/YuanInput';
import { sharingApi, type ListingBody } from './api';

interface Values {
  enterpriseId?: string;
  side: ListingBody['side'];
  headcount: number;
  occupations: string;
  skills?: string;
  startDate: string;
  endDate: string;
  placeCode: string;
  address: string;
  wageFen?: number | null;
}

export function ListingForm({ forOfficer }: { forOfficer: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const client = useQueryClient();
  const side = Form.useWatch('side', form);
  const create = useMutation({
    mutationFn: (v: Values) =>
      sharingApi.createListing({
        ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        side: v.side,
        headcount: v.headcount,
        occupationCodes: v.occupations
          .split(/[,，\s]+/u)
          .map((s) => s.trim())
          .filter(Boolean),
        skills: v.skills ?? '',
        startDate: v.startDate,
        endDate: v.endDate,
        placeCode: v.placeCode,
        address: v.address,
        ...(v.side === 'request' ? { wageFen: v.wageFen ?? null } : {}),
      }),
    onSuccess: async () => {
      message.success(t('sharing.published'));
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['sharing'] });
    },
    onError: (err) => onError(err, form),
  });
  return (
    <Card title={t('sharing.newListing')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ side: 'offer', headcount: 1 }}
        onFinish={(v) => create.mutate(v)}
        data-testid="sharing-listing-form"
      >
        {forOfficer ? (
          <Form.Item name="enterpriseId" label={t('sharing.enterpriseId')}>
            <Input />
          </Form.Item>
        ) : null}
        <Form.Item name="side" label={t('sharing.side')}>
          <Select
            data-testid="sharing-side"
            options={(['offer', 'request'] as const).map((s) => ({ value: s, label: t(`sharing.sides.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="headcount" label={t('sharing.headcount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10000} controls={false} />
        </Form.Item>
        <Form.Item name="occupations" label={t('sharing.occupations')} rules={[{ required: true }]}>
          <Input data-testid="sharing-occupations" />
        </Form.Item>
        <Form.Item name="skills" label={t('sharing.skills')}>
          <Input />
        </Form.Item>
        <Form.Item name="startDate" label={t('sharing.startDate')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="endDate" label={t('sharing.endDate')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="placeCode" label={t('sharing.placeCode')} rules={[{ required: true, pattern: /^[0-9]{6}([0-9]{3})?$/ }]}>
          <Input data-testid="sharing-place" />
        </Form.Item>
        <Form.Item name="address" label={t('sharing.address')} rules={[{ required: true }]}>
          <Input data-testid="sharing-address" />
        </Form.Item>
        {side === 'request' ? (
          <Form.Item name="wageFen" label={t('sharing.wage')} rules={[{ required: true }]}>
            <YuanInput />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="sharing-publish">
          {t('sharing.publish')}
        </Button>
      </Form>
    </Card>
  );
}
