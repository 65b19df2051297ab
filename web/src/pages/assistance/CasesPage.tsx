/** Assistance cases of the officer's area (decisions 156–158): my cases, all cases, overdue items, reminders. */
import { useState } from 'react';
import { Card, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listCases, listOverdue, listReminders, type CaseSummary, type OverdueItem, type Reminder } from '../../api/assistance';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { Instant } from '../../components/Instant';

type TabKey = 'mine' | 'all' | 'overdue' | 'reminders';

export const priorityColour = { high: 'red', normal: 'default' } as const;

function CaseTable({ mine }: { mine: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: ['assistance', 'cases', mine, page], queryFn: () => listCases({ mine, page, pageSize: 20 }) });
  if (list.error && !list.data) return <QueryError error={list.error} />;
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table<CaseSummary>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('assistance.empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('assistance.number'),
            dataIndex: 'registrationNumber',
            render: (n: string, r) => <Link to={`/assistance/${r.id}`}>{n}</Link>,
          },
          { title: t('assistance.name'), dataIndex: 'personName' },
          { title: t('assistance.region'), dataIndex: 'region', render: (code: string) => <PlaceName code={code} /> },
          { title: t('assistance.openedOn'), dataIndex: 'openedOn' },
          {
            title: t('assistance.priority'),
            dataIndex: 'priority',
            render: (p: CaseSummary['priority']) => <Tag color={priorityColour[p]}>{t(`assistance.priorities.${p}`)}</Tag>,
          },
          {
            title: t('assistance.status'),
            dataIndex: 'status',
            render: (s: CaseSummary['status']) => <Tag color={s === 'open' ? 'blue' : 'default'}>{t(`assistance.statuses.${s}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}

function OverdueTable() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['assistance', 'overdue'], queryFn: () => listOverdue(false) });
  if (list.error && !list.data) return <QueryError error={list.error} />;
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table<OverdueItem>
        rowKey={(r) => `${r.caseId}:${r.requirement}`}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('assistance.noOverdue') }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('assistance.number'),
            dataIndex: 'registrationNumber',
            render: (n: string, r) => <Link to={`/assistance/${r.caseId}`}>{n}</Link>,
          },
          { title: t('assistance.name'), dataIndex: 'personName' },
          {
            title: t('assistance.requirement'),
            dataIndex: 'requirement',
            render: (q: OverdueItem['requirement']) => t(`assistance.requirements.${q}`),
          },
          { title: t('assistance.dueOn'), dataIndex: 'dueOn' },
          { title: t('assistance.progress'), render: (_v, r) => `${r.done} / ${r.target}` },
          { title: t('assistance.region'), dataIndex: 'region', render: (code: string) => <PlaceName code={code} /> },
          {
            title: t('assistance.priority'),
            dataIndex: 'priority',
            render: (p: OverdueItem['priority']) => <Tag color={priorityColour[p]}>{t(`assistance.priorities.${p}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}

function ReminderTable() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['assistance', 'reminders'], queryFn: listReminders });
  if (list.error && !list.data) return <QueryError error={list.error} />;
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table<Reminder>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('assistance.noReminders') }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('assistance.remindedAt'), dataIndex: 'createdAt', render: (v: string) => <Instant value={v} /> },
          {
            title: t('assistance.number'),
            dataIndex: 'registrationNumber',
            render: (n: string, r) => <Link to={`/assistance/${r.caseId}`}>{n}</Link>,
          },
          { title: t('assistance.name'), dataIndex: 'personName' },
          {
            title: t('assistance.requirement'),
            dataIndex: 'requirement',
            render: (q: Reminder['requirement']) => t(`assistance.requirements.${q}`),
          },
          { title: t('assistance.dueOn'), dataIndex: 'dueOn' },
          {
            title: t('assistance.state'),
            dataIndex: 'metSince',
            render: (d: string | null) =>
              d ? t('assistance.metSince', { date: d }) : <Tag color="red">{t('assistance.states.overdue')}</Tag>,
          },
        ]}
      />
    </div>
  );
}

export function CasesPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabKey>('all');
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('assistance.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k === 'mine' || k === 'overdue' || k === 'reminders' ? k : 'all')}
        items={(['all', 'mine', 'overdue', 'reminders'] as const).map((k) => ({ key: k, label: t(`assistance.tabs.${k}`) }))}
      />
      {tab === 'mine' && <CaseTable mine />}
      {tab === 'all' && <CaseTable mine={false} />}
      {tab === 'overdue' && <OverdueTable />}
      {tab === 'reminders' && <ReminderTable />}
    </Card>
  );
}
