/** Wage-arrears complaints of the officer's area (decision 145): by status, and the overdue ones. */
import { useState } from 'react';
import { Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { complaintStatuses, listComplaints, type Complaint, type ComplaintStatus } from '../../api/complaints';
import { useAuth } from '../../auth/AuthContext';
import { QueryError } from '../../components/QueryError';
import { formatYuan } from '../../format/money';
import { DeadlinesCard } from './DeadlinesCard';

export const complaintColour: Record<ComplaintStatus, string> = {
  filed: 'blue',
  accepted: 'geekblue',
  investigating: 'purple',
  mediated: 'cyan',
  transferred: 'orange',
  resolved: 'green',
  closed: 'default',
  rejected: 'default',
};

type TabKey = ComplaintStatus | 'all' | 'overdue';

export function ComplaintsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [tab, setTab] = useState<TabKey>('all');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['complaints', tab, page],
    queryFn: () =>
      listComplaints({
        page,
        pageSize: 20,
        ...(tab === 'overdue' ? { overdue: true } : tab === 'all' ? {} : { status: tab }),
      }),
  });
  const tabs: TabKey[] = ['all', 'overdue', ...complaintStatuses];
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('complaints.hint')}</Typography.Paragraph>
      <DeadlinesCard />
      {can('complaints.handle') && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => void navigate('/complaints/new')} data-testid="complaint-new">
            {t('complaints.newComplaint')}
          </Button>
        </Space>
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as TabKey);
          setPage(1);
        }}
        items={tabs.map((k) => ({
          key: k,
          label: k === 'all' ? t('complaints.all') : k === 'overdue' ? t('complaints.overdue') : t(`complaints.statuses.${k}`),
        }))}
      />
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table<Complaint>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('complaints.empty') }}
            pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              {
                title: t('complaints.number'),
                dataIndex: 'number',
                render: (n: string, r) => <Link to={`/complaints/${r.id}`}>{n}</Link>,
              },
              {
                title: t('complaints.employer'),
                render: (_v, r) => (
                  <span>
                    {r.employerName} {r.employerFlagged && <Tag color="red">{t('complaints.flagged')}</Tag>}
                  </span>
                ),
              },
              { title: t('complaints.site'), dataIndex: 'site' },
              { title: t('complaints.workers'), render: (_v, r) => r.workers.length },
              { title: t('complaints.owed'), render: (_v, r) => formatYuan(r.owedFen) },
              { title: t('complaints.filedOn'), dataIndex: 'filedOn' },
              {
                title: t('complaints.status'),
                render: (_v, r) => (
                  <Space size={4} wrap>
                    <Tag color={complaintColour[r.status]}>{t(`complaints.statuses.${r.status}`)}</Tag>
                    {r.escalation && <Tag color="red">{t('complaints.overdue')}</Tag>}
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
