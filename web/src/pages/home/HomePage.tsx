/**
 * Home: for staff, the counts of their jurisdiction, the work waiting at their level and the area
 * charts (ECharts in a lazily loaded chunk); for an employer account, the employer portal.
 */
import { lazy, Suspense } from 'react';
import { Card, Col, List, Row, Spin, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
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
  // One request: the counts, the work waiting and the charts (the people are counted once).
  const home = useQuery({ queryKey: ['dashboard', 'home'], queryFn: () => api.get<HomeOverview>('/dashboard/home'), enabled: allowed });
  const d = home.data;
  const jurisdiction = me?.user.jurisdiction ?? '';
  const stats: Array<{ key: string; title: string; value: number | undefined }> = [
    { key: 'people', title: t('home.people'), value: d?.people.total },
    { key: 'poverty', title: t('home.poverty'), value: d?.people.povertyRegistered },
    { key: 'enterprises', title: t('home.enterprises'), value: d?.registry.enterprises },
    { key: 'arrears', title: t('home.arrears'), value: d?.registry.arrearsFlagged },
  ];
  return (
    <>
      <Typography.Title level={2}>{t('home.welcome', { name: me?.user.displayName ?? '' })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.scope', { scope: '' })}
        {jurisdiction ? <PlaceName code={jurisdiction} /> : t('nav.nationwide')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {stats.map((s) => (
          <Col xs={24} sm={12} lg={6} key={s.key}>
            <Card loading={home.isPending && allowed}>
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
            dataSource={d?.registry.recentImports ?? []}
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
