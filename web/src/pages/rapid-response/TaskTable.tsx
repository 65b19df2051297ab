/** A table of rapid-response tasks with their steps (start, done with a note), for the event page and the task lists. */
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Table } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { PlaceName } from '../../components/PlaceName';
import { taskStep, type RrTask } from './api';
import { TaskStatusTag, useTaskLabel } from './shared';

export function TaskTable(props: { tasks: RrTask[]; loading?: boolean; showEvent?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const label = useTaskLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [finishing, setFinishing] = useState<RrTask | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const step = useMutation({
    mutationFn: (a: { task: RrTask; step: 'start' | 'complete'; note?: string }) =>
      taskStep(a.task.id, a.step, { version: a.task.version, ...(a.note ? { note: a.note } : {}) }),
    onSuccess: () => {
      setFinishing(null);
      form.resetFields();
      void message.success(t('rapidResponse.saved'));
      void client.invalidateQueries({ queryKey: ['rapid-response'] });
    },
    onError: (e) => onError(e, form),
  });
  return (
    <>
      <Table<RrTask>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={props.loading}
        dataSource={props.tasks}
        pagination={false}
        data-testid={props.testId ?? 'rr-tasks'}
        locale={{ emptyText: t('rapidResponse.noTasks') }}
        columns={[
          ...(props.showEvent
            ? [
                {
                  title: t('rapidResponse.event'),
                  key: 'event',
                  render: (_v: unknown, x: RrTask) => <Link to={`/rapid-response/${x.eventId}`}>{x.eventNumber}</Link>,
                },
              ]
            : []),
          {
            title: t('rapidResponse.department'),
            dataIndex: 'department',
            render: (d: RrTask['department']) => t(`rapidResponse.departments.${d}`),
          },
          { title: t('rapidResponse.task'), dataIndex: 'template', render: (k: string) => label(k) },
          { title: t('rapidResponse.region'), dataIndex: 'region', render: (c: string) => <PlaceName code={c} /> },
          { title: t('rapidResponse.dueOn'), dataIndex: 'dueOn' },
          { title: t('rapidResponse.status'), key: 'status', render: (_v, x) => <TaskStatusTag task={x} /> },
          { title: t('rapidResponse.owner'), dataIndex: 'ownerName', render: (n: string | null) => n ?? '' },
          { title: t('rapidResponse.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
          {
            title: '',
            key: 'act',
            render: (_v, x) =>
              x.mayAct ? (
                <Space>
                  {x.status === 'open' && (
                    <Button size="small" onClick={() => step.mutate({ task: x, step: 'start' })} data-testid={`rr-start-${x.template}`}>
                      {t('rapidResponse.start')}
                    </Button>
                  )}
                  <Button size="small" type="primary" onClick={() => setFinishing(x)} data-testid={`rr-complete-${x.template}`}>
                    {t('rapidResponse.complete')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={finishing !== null}
        title={t('rapidResponse.completeTitle')}
        onCancel={() => setFinishing(null)}
        onOk={() => finishing && step.mutate({ task: finishing, step: 'complete', note: form.getFieldValue('note') as string | undefined })}
        confirmLoading={step.isPending}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t('rapidResponse.note')}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="rr-complete-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
