/** Job fairs (招聘会): every fair as a public event, ours marked and managed; organise a new one. */
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { PlaceName } from '../../components/PlaceName';
import { QueryError } from '../../components/QueryError';
import { fairsApi, type Fair } from './api';

export const phaseColour: Record<Fair['phase'], string> = { upcoming: 'blue', running: 'green', ended: 'default' };

export function FairsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useQuery({ queryKey: ['fairs'], queryFn: () => fairsApi.list() });
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('fairs.hint')}</Typography.Paragraph>
      {can('fairs.manage') && (
        <Space style={{ marginBottom: 12 }}>
          <Link to="/fairs/new">
            <Button type="primary" data-testid="fair-new">
              {t('fairs.new')}
            </Button>
          </Link>
        </Space>
      )}
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table<Fair>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('fairs.empty') }}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: t('fairs.name'), dataIndex: 'name', render: (n: string, f) => <Link to={`/fairs/${f.id}`}>{n}</Link> },
              { title: t('fairs.kind'), dataIndex: 'kind', render: (k: Fair['kind']) => t(`fairs.kinds.${k}`) },
              { title: t('fairs.dates'), render: (_v, f) => (f.startsOn === f.endsOn ? f.startsOn : `${f.startsOn} – ${f.endsOn}`) },
              { title: t('fairs.organiser'), dataIndex: 'region', render: (c: string) => <PlaceName code={c} /> },
              { title: t('fairs.registered'), render: (_v, f) => `${f.registered} / ${f.capacity}` },
              {
                title: t('fairs.phase'),
                render: (_v, f) => (
                  <Space size={4} wrap>
                    <Tag color={phaseColour[f.phase]}>{t(`fairs.phases.${f.phase}`)}</Tag>
                    {f.manageable ? <Tag color="purple">{t('fairs.manageable')}</Tag> : null}
                  </Space>
                ),
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
