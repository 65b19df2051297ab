/** Staff overview of labour sharing in the jurisdiction (issue 9 point 6): offers, requests and agreements of its firms. */
import { Card, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { AgreementsTable, ListingsTable } from './tables';
import { sharingApi } from './api';

export function SharingOverviewPage() {
  const { t } = useTranslation();
  const listings = useQuery({ queryKey: ['sharing', 'listings'], queryFn: () => sharingApi.listings() });
  const agreements = useQuery({ queryKey: ['sharing', 'agreements'], queryFn: sharingApi.agreements });
  const error = (listings.data ? null : listings.error) ?? (agreements.data ? null : agreements.error);
  if (error) return <QueryError error={error} />;
  const items = listings.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="sharing-overview">
      <Typography.Title level={3}>{t('sharing.overviewTitle')}</Typography.Title>
      <Card title={t('sharing.offers')}>
        <ListingsTable testId="sharing-offers" items={items.filter((l) => l.side === 'offer')} />
      </Card>
      <Card title={t('sharing.requests')}>
        <ListingsTable testId="sharing-requests" items={items.filter((l) => l.side === 'request')} />
      </Card>
      <Card title={t('sharing.agreements')}>
        <AgreementsTable items={agreements.data?.items ?? []} />
      </Card>
    </Space>
  );
}
