/** A worker's occupations, employment and insurance histories (read-only here). */
import { Card, Table, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personRecords } from '../../api/people';
import type { PersonRecords } from '../../api/types';
import { labelOf } from '../../i18n/labels';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { formatYuan } from '../../format/money';

const yuan = (fen: number | null) => formatYuan(fen, { unit: false });
const place = (code: string | null) => <PlaceName code={code} />;

export function PersonRecordsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const records = useQuery({ queryKey: ['people', 'records', id], queryFn: () => personRecords(id) });
  const r: PersonRecords = records.data ?? { occupations: [], employment: [], insurance: [] };
  return (
    <Card title={t('people.records')} style={{ marginTop: 16 }} loading={records.isPending}>
      <Tabs
        items={[
          {
            key: 'occupations',
            label: `${t('people.occupations')} (${r.occupations.length})`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={r.occupations}
                columns={[
                  { title: t('people.occupationCode'), dataIndex: 'occupationCode' },
                  { title: t('people.level'), dataIndex: 'level' },
                  { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => <Instant value={v} /> },
                ]}
              />
            ),
          },
          {
            key: 'employment',
            label: `${t('people.employment')} (${r.employment.length})`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={r.employment}
                columns={[
                  { title: t('people.enterpriseName'), dataIndex: 'enterpriseName' },
                  { title: t('people.divisionCode'), dataIndex: 'divisionCode', render: place },
                  { title: t('people.occupationCode'), dataIndex: 'occupationCode' },
                  { title: t('people.startDate'), dataIndex: 'startDate' },
                  { title: t('people.endDate'), dataIndex: 'endDate' },
                  { title: t('people.monthlyWage'), dataIndex: 'monthlyWageFen', render: yuan },
                ]}
              />
            ),
          },
          {
            key: 'insurance',
            label: `${t('people.insurance')} (${r.insurance.length})`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={r.insurance}
                columns={[
                  { title: t('people.kind'), dataIndex: 'kind', render: (k: string) => labelOf(t, 'insuranceKinds', k) },
                  { title: t('people.divisionCode'), dataIndex: 'divisionCode', render: place },
                  { title: t('people.startMonth'), dataIndex: 'startMonth' },
                  { title: t('people.endMonth'), dataIndex: 'endMonth' },
                  { title: t('people.contributionMonths'), dataIndex: 'contributionMonths' },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
