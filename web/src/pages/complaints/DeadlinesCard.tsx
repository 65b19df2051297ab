/** The complaint deadlines in working days (decision 147): shown to complaint readers, changed by nationwide administrators. */
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getDeadlines, putDeadlines, type Deadlines } from '../../api/complaints';
import { useApiErrorHandler } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';

export function DeadlinesCard() {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Deadlines>();
  const current = useQuery({ queryKey: ['complaints', 'deadlines'], queryFn: getDeadlines });
  const save = useMutation({
    mutationFn: (v: Deadlines) => putDeadlines(v),
    onSuccess: (d) => {
      client.setQueryData(['complaints', 'deadlines'], d);
      void message.success(t('complaints.done'));
    },
    onError: (e) => onError(e, form),
  });
  if (!current.data) return null;
  const mayChange = can('complaints.settings') && me?.user.jurisdiction === '';
  if (!mayChange)
    return (
      <Typography.Paragraph type="secondary" data-testid="complaint-deadlines">
        {t('complaints.deadlinesNow', { accept: current.data.acceptWorkingDays, conclude: current.data.concludeWorkingDays })}
      </Typography.Paragraph>
    );
  return (
    <Card size="small" title={t('complaints.deadlines')} style={{ marginBottom: 12 }}>
      <Form form={form} layout="inline" initialValues={current.data} onFinish={(v) => save.mutate(v)}>
        <Space wrap>
          <Form.Item name="acceptWorkingDays" label={t('complaints.acceptDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={250} precision={0} />
          </Form.Item>
          <Form.Item name="concludeWorkingDays" label={t('complaints.concludeDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={250} precision={0} />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('complaints.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
