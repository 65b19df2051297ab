/**
 * Home: for staff, the counts of their jurisdiction, the work waiting at their level and the area
 * charts (ECharts in a lazily loaded chunk); for an employer account, the employer portal.
 */
import { lazy, Suspense } from 'react';
import { Card, Col, List, Row, Spin, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { DashboardSummary } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { useAuth } from '../../auth/AuthContext';
import { labelOf } from '../../i18n/labels';
import { EmployerHome } from '../employer/EmployerHome';
import type { HomeOverview } from './homeTypes';
import { WorkWaiting } from './WorkWaiting';

const HomeCharts = lazy(() => import('./HomeCharts'));

export function HomePage() {
  const { me } = useAuth();
  return me?.user.role === 'employer' ? <EmployerHome /> : <StaffHome />;
}

function StaffHome() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const allowed = can('dashboard.read');
  const summary = useQuery({
    queryKey: ['dashboard', 'summary'],
    queryFn: () => api.get<DashboardSummary>('/dashboard/summary'),
    enabled: allowed,
  });
  const home = useQuery({ queryKey: ['dashboard', 'home'], queryFn: () => api.get<HomeOverview>('/dashboard/home'), enabled: allowed });
  const d = summary.data;
  const jurisdiction = me?.user.jurisdiction ?? '';
  const stats: Array<{ key: string; title: string; value: number | undefined }> = [
    { key: 'people', title: t('home.people'), value: d?.people },
    { key: 'poverty', title: t('home.poverty'), value: d?.povertyRegistered },
    { key: 'enterprises', title: t('home.enterprises'), value: d?.enterprises },
    { key: 'arrears', title: t('home.arrears'), value: d?.arrearsFlagged },
  ];
  return (
    <>
      <Typography.Title level={2}>{t('home.welcome', { name: me?.user.displayName ?? '' })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.scope', { scope: '' })}
        {jurisdiction ? <PlaceName code={jurisdiction} /> : t('nav.nationwide')}
      </Typography.Paragraph>
      {summary.error && <QueryError error={summary.error} />}
      <Row gutter={[16, 16]}>
        {stats.map((s) => (
          <Col xs={24} sm={12} lg={6} key={s.key}>
            <Card loading={summary.isPending && allowed}>
              <Statistic title={s.title} value={s.value ?? t('home.unavailable')} data-testid={`stat-${s.key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      {home.error && <QueryError error={home.error} />}
      {home.data && <WorkWaiting work={home.data.work} />}
      {home.data && (
        <Suspense fallback={<Spin tip={t('portal.chartLoading')} style={{ display: 'block', margin: 32 }} />}>
          <HomeCharts data={home.data} />
        </Suspense>
      )}
      {can('imports.run') && (
        <Card title={t('home.recentImports')} style={{ marginTop: 16 }}>
          <List
            dataSource={d?.recentImports ?? []}
            locale={{ emptyText: t('home.noImports') }}
            renderItem={(job) => (
              <List.Item>
                <List.Item.Meta
                  title={job.fileName}
                  description={
                    <>
                      <Instant value={job.createdAt} /> · {labelOf(t, 'importEntities', job.entity)} ·{' '}
                      {labelOf(t, 'importStatuses', job.status)}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
