/** One rapid-response event: what happened, progress by department with overdue tasks, the tasks, the workers and their offers. */
import { Card, Descriptions, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { getEvent, type RrEvent, type RrTask } from './api';
import { TaskTable } from './TaskTable';
import { WorkersCard } from './WorkersCard';

type Progress = RrEvent['progress'][number];

export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const one = useQuery({ queryKey: ['rapid-response', 'event', id], queryFn: () => getEvent(id), retry: false });
  if (one.error && !one.data) return <QueryError error={one.error} />;
  const e = one.data;
  if (!e) return null;
  return (
    <>
      <Card title={`${t(`rapidResponse.kinds.${e.kind}`)} ${e.number}`} extra={<Tag>{t(`rapidResponse.access.${e.access}`)}</Tag>}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" data-testid="rr-event">
          <Descriptions.Item label={t('rapidResponse.number')}>{e.number}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.kind')}>{t(`rapidResponse.kinds.${e.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.enterprise')}>{e.enterpriseName ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.place')}>
            <PlaceName code={e.region} />
          </Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.occurredOn')}>{e.occurredOn}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.recordedOn')}>{e.recordedOn}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.workersAffected')}>{e.workersAffected}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.workersListed')}>{e.workersListed}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.reportedVia')}>{t(`rapidResponse.via.${e.reportedVia}`)}</Descriptions.Item>
          <Descriptions.Item label={t('rapidResponse.description')} span={2}>
            {e.description}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('rapidResponse.progress')} style={{ marginTop: 16 }}>
        <Table<Progress>
          rowKey="department"
          size="small"
          pagination={false}
          dataSource={e.progress}
          data-testid="rr-progress"
          columns={[
            {
              title: t('rapidResponse.department'),
              dataIndex: 'department',
              render: (d: RrTask['department']) => t(`rapidResponse.departments.${d}`),
            },
            { title: t('rapidResponse.total'), dataIndex: 'total' },
            { title: t('rapidResponse.done'), dataIndex: 'done' },
            {
              title: t('rapidResponse.overdue'),
              dataIndex: 'overdue',
              render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
            },
          ]}
        />
      </Card>
      <Card title={t('rapidResponse.tasks')} style={{ marginTop: 16 }}>
        <TaskTable tasks={e.tasks} />
      </Card>
      {e.access !== 'enterprise' && <WorkersCard event={e} />}
    </>
  );
}
