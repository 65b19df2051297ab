/** Home: real counts for the user's jurisdiction and the latest imports. */
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { DashboardSummary } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { useAuth } from '../../auth/AuthContext';

export function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const summary = useQuery({
    queryKey: ['dashboard', 'summary'],
    queryFn: () => api.get<DashboardSummary>('/dashboard/summary'),
    enabled: can('dashboard.read'),
  });
  const d = summary.data;
  const scope = me?.user.jurisdiction || t('nav.nationwide');
  const stats: Array<{ key: string; title: string; value: number | undefined }> = [
    { key: 'people', title: t('home.people'), value: d?.people },
    { key: 'poverty', title: t('home.poverty'), value: d?.povertyRegistered },
    { key: 'enterprises', title: t('home.enterprises'), value: d?.enterprises },
    { key: 'arrears', title: t('home.arrears'), value: d?.arrearsFlagged },
  ];
  return (
    <>
      <Typography.Title level={3}>{t('home.welcome', { name: me?.user.displayName ?? '' })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.scope', { scope })}</Typography.Paragraph>
      {summary.error && <QueryError error={summary.error} />}
      <Row gutter={[16, 16]}>
        {stats.map((s) => (
          <Col xs={24} sm={12} lg={6} key={s.key}>
            <Card loading={summary.isPending && can('dashboard.read')}>
              <Statistic title={s.title} value={s.value ?? t('home.unavailable')} data-testid={`stat-${s.key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('home.recentImports')} style={{ marginTop: 16 }}>
        <List
          dataSource={d?.recentImports ?? []}
          locale={{ emptyText: t('home.noImports') }}
          renderItem={(job) => (
            <List.Item>
              <List.Item.Meta title={job.fileName} description={`${job.createdAt} · ${job.entity} · ${job.status}`} />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
