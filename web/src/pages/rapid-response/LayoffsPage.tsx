/** The employer portal's lay-off report (O61-3.1): the form, the enterprise's reported events and its own tasks. */
import { App, Button, Card, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import { beijingToday } from '../../format/time';
import { listEvents, listTasks, reportLayoff, type RrEventSummary } from './api';
import { TaskTable } from './TaskTable';

interface Values {
  occurredOn?: string;
  workersAffected: number;
  description: string;
}

export function LayoffsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const events = useQuery({ queryKey: ['rapid-response', 'events', 'employer'], queryFn: () => listEvents(1, 50) });
  const tasks = useQuery({ queryKey: ['rapid-response', 'tasks', 'employer'], queryFn: () => listTasks({ page: 1, pageSize: 50 }) });
  const report = useMutation({
    mutationFn: (v: Values) =>
      reportLayoff({ occurredOn: v.occurredOn ?? beijingToday(), workersAffected: v.workersAffected, description: v.description }),
    onSuccess: (e) => {
      form.resetFields();
      void message.success(t('rapidResponse.layoffs.submitted', { number: e.number }));
      void client.invalidateQueries({ queryKey: ['rapid-response'] });
    },
    onError: (e) => onError(e, form),
  });
  return (
    <>
      <Card title={t('rapidResponse.layoffs.report')}>
        <Typography.Paragraph type="secondary">{t('rapidResponse.layoffs.hint')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={{ occurredOn: beijingToday() }}
          onFinish={(v) => report.mutate(v)}
        >
          <Form.Item name="occurredOn" label={t('rapidResponse.occurredOn')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="workersAffected" label={t('rapidResponse.workersAffected')} rules={[{ required: true }]}>
            <InputNumber controls={false} inputMode="numeric" min={1} max={1_000_000} precision={0} data-testid="layoff-affected" />
          </Form.Item>
          <Form.Item name="description" label={t('rapidResponse.description')} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="layoff-description" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={report.isPending} data-testid="layoff-submit">
            {t('rapidResponse.layoffs.report')}
          </Button>
        </Form>
      </Card>
      <Card title={t('rapidResponse.layoffs.mine')} style={{ marginTop: 16 }}>
        {events.error && <QueryError error={events.error} />}
        <Table<RrEventSummary>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={events.isPending}
          dataSource={events.data?.items ?? []}
          pagination={false}
          data-testid="layoff-events"
          columns={[
            { title: t('rapidResponse.number'), dataIndex: 'number' },
            { title: t('rapidResponse.occurredOn'), dataIndex: 'occurredOn' },
            { title: t('rapidResponse.workersAffected'), dataIndex: 'workersAffected' },
            { title: t('rapidResponse.recordedOn'), dataIndex: 'recordedOn' },
          ]}
        />
      </Card>
      <Card title={t('rapidResponse.layoffs.tasks')} style={{ marginTop: 16 }}>
        {tasks.error && <QueryError error={tasks.error} />}
        <TaskTable tasks={tasks.data?.items ?? []} loading={tasks.isPending} testId="layoff-tasks" />
      </Card>
    </>
  );
}
