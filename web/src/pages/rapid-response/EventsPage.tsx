/** Rapid-response events of the officer's area, or listing its workers, or holding its tasks (decision 175). */
import { useState } from 'react';
import { Button, Card, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { listEvents, type RrEventSummary } from './api';

export function EventsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: ['rapid-response', 'events', page], queryFn: () => listEvents(page, 20) });
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('rapidResponse.hint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        {can('rapid_response.manage') && (
          <Link to="/rapid-response/new">
            <Button type="primary" data-testid="rr-new">
              {t('rapidResponse.newEvent')}
            </Button>
          </Link>
        )}
        {can('rapid_response.tasks') && <Link to="/rapid-response/tasks">{t('rapidResponse.mine')}</Link>}
      </Space>
      {list.error && <QueryError error={list.error} />}
      <Table<RrEventSummary>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        data-testid="rr-events"
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { total: n }),
        }}
        columns={[
          {
            title: t('rapidResponse.number'),
            dataIndex: 'number',
            render: (n: string, e) => <Link to={`/rapid-response/${e.id}`}>{n}</Link>,
          },
          { title: t('rapidResponse.kind'), dataIndex: 'kind', render: (k: RrEventSummary['kind']) => t(`rapidResponse.kinds.${k}`) },
          { title: t('rapidResponse.enterprise'), dataIndex: 'enterpriseName', render: (n: string | null) => n ?? '' },
          { title: t('rapidResponse.place'), dataIndex: 'region', render: (c: string) => <PlaceName code={c} /> },
          { title: t('rapidResponse.occurredOn'), dataIndex: 'occurredOn' },
          { title: t('rapidResponse.workersAffected'), dataIndex: 'workersAffected' },
          {
            title: t('rapidResponse.reportedVia'),
            dataIndex: 'reportedVia',
            render: (v: RrEventSummary['reportedVia']) => t(`rapidResponse.via.${v}`),
          },
        ]}
      />
    </Card>
  );
}
