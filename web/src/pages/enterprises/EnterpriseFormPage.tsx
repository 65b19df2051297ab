/** Register or edit an employer. Client rules are hints; the server's field errors are authoritative. */
import { useClearable } from '../../components/clearable';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createEnterprise, getEnterprise, updateEnterprise } from '../../api/enterprises';
import { useApiErrorHandler } from '../../api/errors';
import { enterpriseSizes, type Enterprise, type EnterpriseInput } from '../../api/types';
import { usePageTitle } from '../../layout/pageTitle';
import { DivisionSelect } from '../../components/DivisionSelect';
import { IndustrySelect } from '../../components/IndustrySelect';
import { QueryError } from '../../components/QueryError';
import { optionsOf } from '../../i18n/labels';

function initialOf(e: Enterprise | undefined): Partial<EnterpriseInput> {
  if (!e) return { size: null };
  return {
    creditCode: e.creditCode,
    name: e.name,
    industryCode: e.industryCode,
    addressCode: e.addressCode,
    address: e.address,
    size: e.size,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
  };
}

export function EnterpriseFormPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<EnterpriseInput>();
  usePageTitle(id ? t('enterprises.edit') : t('enterprises.create'));
  const existing = useQuery({ queryKey: ['enterprises', 'one', id], queryFn: () => getEnterprise(id ?? ''), enabled: id !== undefined });
  const save = useMutation({
    mutationFn: (v: EnterpriseInput) =>
      existing.data ? updateEnterprise(existing.data.id, { ...v, version: existing.data.version }) : createEnterprise(v),
    onSuccess: (e) => {
      void client.invalidateQueries({ queryKey: ['enterprises'] });
      void navigate(`/enterprises/${e.id}`);
    },
    onError: (err) => onError(err, form),
  });
  if (existing.error && !existing.data) return <QueryError error={existing.error} />;
  if (id !== undefined && !existing.data) return <Card loading />;
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Card>
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={initialOf(existing.data)}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="creditCode"
          label={t('enterprises.creditCode')}
          extra={t('enterprises.creditCodeHint')}
          rules={[...required, { pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/i, message: t('enterprises.creditCodeHint') }]}
        >
          <Input disabled={id !== undefined} maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name="name" label={t('enterprises.name')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('enterprises.industry')} rules={required}>
          <IndustrySelect />
        </Form.Item>
        <Form.Item name="addressCode" label={t('enterprises.addressCode')} rules={required}>
          <DivisionSelect />
        </Form.Item>
        <Form.Item name="address" label={t('enterprises.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="size" label={t('enterprises.size')}>
          <Select allowClear={clear} options={optionsOf(t, 'enterpriseSizes', enterpriseSizes)} />
        </Form.Item>
        <Form.Item name="contactName" label={t('enterprises.contactName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('enterprises.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
