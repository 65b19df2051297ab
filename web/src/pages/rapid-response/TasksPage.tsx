/** A department user's (or an officer's) rapid-response task list: open ones first, by due date; overdue marked. */
import { useState } from 'react';
import { Card, Pagination, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { listTasks, taskStatuses, type TaskStatus } from './api';
import { TaskTable } from './TaskTable';

export function TasksPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TaskStatus | 'all'>('open');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['rapid-response', 'tasks', status, page],
    queryFn: () => listTasks({ ...(status === 'all' ? {} : { status }), page, pageSize: 20 }),
  });
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('rapidResponse.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k === 'all' ? 'all' : (taskStatuses.find((s) => s === k) ?? 'open'));
          setPage(1);
        }}
        items={[
          ...taskStatuses.map((k) => ({ key: k, label: t(`rapidResponse.taskStatuses.${k}`) })),
          { key: 'all', label: t('rapidResponse.allStatuses') },
        ]}
      />
      {list.error && <QueryError error={list.error} />}
      <TaskTable tasks={list.data?.items ?? []} loading={list.isPending} showEvent testId="rr-my-tasks" />
      <Pagination
        style={{ marginTop: 12 }}
        current={page}
        pageSize={20}
        total={list.data?.total ?? 0}
        onChange={setPage}
        showTotal={(n) => t('common.total', { total: n })}
        hideOnSinglePage
      />
    </Card>
  );
}
