/**
 * The area's gig market for officers (issue 9.5): tasks and sign-ups by state (by the task's place),
 * open abuse reports, the area's tasks, and a person's gig history as an Excel file.
 */
import { useState } from 'react';
import { Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { gigsApi, gigYuan, type GigTask } from '../../api/gigs';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { PersonPicker } from '../benefits/pickers';
import { useAuth } from '../../auth/AuthContext';

export function GigMarketPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [person, setPerson] = useState<string | undefined>(undefined);
  const market = useQuery({ queryKey: ['gigs', 'market'], queryFn: gigsApi.market });
  const tasks = useQuery({ queryKey: ['gigs', 'tasks', 'area'], queryFn: () => gigsApi.tasks({ pageSize: 100 }) });
  const count = (rows: Array<{ status: string; n: number }> | undefined, status: string) => rows?.find((r) => r.status === status)?.n ?? 0;
  const oversee = can('gigs.oversee');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Paragraph>{t('gigs.marketHint')}</Typography.Paragraph>
      {market.error ? <QueryError error={market.error} /> : null}
      <Card title={t('gigs.tasksByStatus')}>
        <Row gutter={16}>
          {(['open', 'closed', 'cancelled'] as const).map((s) => (
            <Col key={s} xs={12} md={6}>
              <Statistic title={t(`gigs.taskStatuses.${s}`)} value={count(market.data?.tasks, s)} />
            </Col>
          ))}
          <Col xs={12} md={6}>
            <Statistic title={t('gigs.openReports')} value={market.data?.openReports ?? 0} />
          </Col>
        </Row>
      </Card>
      <Card title={t('gigs.signupsByStatus')}>
        <Row gutter={16}>
          {(['signed_up', 'confirmed', 'recorded', 'completed', 'disputed', 'declined', 'withdrawn', 'cancelled'] as const).map((s) => (
            <Col key={s} xs={12} md={6}>
              <Statistic title={t(`gigs.signupStatuses.${s}`)} value={count(market.data?.signups, s)} />
            </Col>
          ))}
        </Row>
      </Card>
      <Card title={t('gigs.tasks')}>
        <Table<GigTask>
          rowKey="id"
          size="small"
          loading={tasks.isLoading}
          dataSource={tasks.data?.items ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('gigs.noTasks') }}
          columns={[
            { title: t('gigs.title'), dataIndex: 'title' },
            { title: t('gigs.employer'), dataIndex: 'enterpriseName' },
            { title: t('gigs.place'), render: (_, g) => <PlaceName code={g.placeCode} /> },
            { title: t('gigs.startDate'), dataIndex: 'startDate' },
            { title: t('gigs.dayRate'), render: (_, g) => gigYuan(g.dayRateFen) },
            { title: t('gigs.confirmed'), render: (_, g) => `${g.confirmed}/${g.headcount}` },
            { title: t('gigs.status'), render: (_, g) => <Tag>{t(`gigs.taskStatuses.${g.status}`)}</Tag> },
          ]}
        />
      </Card>
      {oversee ? (
        <Card title={t('gigs.historyTitle')}>
          <Space wrap>
            <PersonPicker
              value={person ?? null}
              onChange={setPerson}
              allowClear
              aria-label={t('gigs.historyPerson')}
              style={{ width: 320 }}
            />
            <Button href={person ? gigsApi.personHistoryFile(person) : undefined} disabled={!person} data-testid="gig-history-export">
              {t('gigs.historyExport')}
            </Button>
          </Space>
        </Card>
      ) : null}
    </Space>
  );
}
