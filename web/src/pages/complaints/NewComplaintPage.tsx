/** An officer files a wage-arrears complaint for one worker or a group, each with the amount owed to them. */
import { App, Button, Card, Form, Input, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fileComplaint } from '../../api/complaints';
import { useApiErrorHandler } from '../../api/errors';
import { DivisionSelect } from '../../components/DivisionSelect';
import { YuanInput } from '../../components/YuanInput';
import { beijingToday } from '../../format/time';
import { EnterprisePicker, PersonPicker } from '../benefits/pickers';

interface Values {
  employerId?: string;
  employerName?: string;
  employerCode?: string;
  site: string;
  periodFrom: string;
  periodTo: string;
  description?: string;
  workers: Array<{ personId?: string; owedFen?: number | null }>;
}

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

export function NewComplaintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const file = useMutation({
    mutationFn: (v: Values) =>
      fileComplaint({
        ...(v.employerId ? { employerId: v.employerId } : { employerName: v.employerName ?? '' }),
        ...(v.employerCode ? { employerCode: v.employerCode } : {}),
        site: v.site,
        periodFrom: v.periodFrom,
        periodTo: v.periodTo,
        ...(v.description ? { description: v.description } : {}),
        workers: v.workers.map((w) => ({ personId: w.personId ?? '', owedFen: w.owedFen ?? 0 })),
      }),
    onSuccess: (c) => {
      void client.invalidateQueries({ queryKey: ['complaints'] });
      void message.success(`${t('complaints.created')} ${c.number}`);
      void navigate(`/complaints/${c.id}`);
    },
    onError: (e) => onError(e, form),
  });
  const month = { pattern: MONTH, message: 'YYYY-MM' };
  const thisMonth = beijingToday().slice(0, 7);
  return (
    <Card title={t('complaints.newComplaint')}>
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={{ periodFrom: thisMonth, periodTo: thisMonth, workers: [{}] }}
        onFinish={(v) => file.mutate(v)}
      >
        <Form.Item name="employerId" label={t('complaints.employerRegistered')}>
          <EnterprisePicker allowClear />
        </Form.Item>
        <Form.Item name="employerName" label={t('complaints.employerName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="employerCode" label={t('complaints.employerPlace')}>
          <DivisionSelect allowClear />
        </Form.Item>
        <Form.Item name="site" label={t('complaints.site')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="periodFrom" label={t('complaints.periodFrom')} rules={[{ required: true }, month]}>
            <Input type="month" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="periodTo" label={t('complaints.periodTo')} rules={[{ required: true }, month]}>
            <Input type="month" style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('complaints.description')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
        <h2 style={{ fontSize: 16 }}>{t('complaints.workers')}</h2>
        <Form.List name="workers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="start" data-testid={`worker-row-${i}`}>
                  <Form.Item name={[f.name, 'personId']} label={t('complaints.worker')} rules={[{ required: true }]}>
                    <PersonPicker placeholder={t('unemployment.personSearch')} style={{ width: 320, maxWidth: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'owedFen']} label={t('complaints.owed')} rules={[{ required: true }]}>
                    <YuanInput min={1} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                      {t('complaints.removeWorker')}
                    </Button>
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({})} data-testid="complaint-add-worker">
                  {t('complaints.addWorker')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="complaint-submit">
          {t('complaints.newComplaint')}
        </Button>
      </Form>
    </Card>
  );
}
