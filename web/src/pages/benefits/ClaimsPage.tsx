/** The review queue: claims in the jurisdiction by level (township, county, reconsideration) or all, filtered by program and status. */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { claimStatuses, isDecision, listClaims, type Claim, type ClaimStatus, type ReviewLevel } from '../../api/benefits';
import { useAuth } from '../../auth/AuthContext';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';
import { Instant } from '../../components/Instant';
import { ClaimStatusTag, ExportButton, Money, PersonLabel, RecordNumber, useProgramName, useProgramOptions } from './shared';

type Tab = ReviewLevel | 'all';
const TABS: Tab[] = ['township', 'county', 'reconsideration', 'all'];

function isTab(v: string): v is Tab {
  return (TABS as string[]).includes(v);
}

export function ClaimsPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { can } = useAuth();
  const navigate = useNavigate();
  const programName = useProgramName();
  const programOptions = useProgramOptions();
  const [tab, setTab] = useState<Tab>('township');
  const [program, setProgram] = useState<string>();
  const [status, setStatus] = useState<ClaimStatus>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const query = tab === 'all' ? { status, program } : { level: tab, program };
  const list = useQuery({ queryKey: ['claims', 'list', query, page, pageSize], queryFn: () => listClaims(query, page, pageSize) });

  return (
    <Card
      title={t('benefits.queue')}
      extra={
        <Space wrap>
          <ExportButton
            path="/claims/export"
            name={t('benefits.queue')}
            query={tab === 'all' ? { status, program } : { level: tab, program }}
          />
          {can('claims.submit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/claims/new')}>
              {t('benefits.newClaim')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('benefits.queueHint')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          if (isTab(k)) {
            setTab(k);
            setPage(1);
          }
        }}
        data-testid="claims-tabs"
        items={TABS.map((k) => ({ key: k, label: t(`benefits.levels.${k}`) }))}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear={clear}
          style={{ width: 300 }}
          placeholder={t('benefits.filterProgram')}
          aria-label={t('benefits.filterProgram')}
          value={program}
          options={programOptions}
          onChange={(v?: string) => {
            setProgram(v);
            setPage(1);
          }}
          data-testid="claims-program"
        />
        {tab === 'all' && (
          <Select
            allowClear={clear}
            style={{ width: 200 }}
            placeholder={t('benefits.filterStatus')}
            aria-label={t('benefits.filterStatus')}
            value={status}
            onChange={(v?: ClaimStatus) => {
              setStatus(v);
              setPage(1);
            }}
            options={claimStatuses.map((s) => ({ value: s, label: t(`benefits.statuses.${s}`) }))}
          />
        )}
      </Space>
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <Table<Claim>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="claims-table"
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            {
              title: t('records.claimNumber'),
              dataIndex: 'number',
              render: (number: string, c) => <RecordNumber number={number} to={`/claims/${c.id}`} />,
            },
            { title: t('benefits.person'), key: 'person', render: (_v, c) => <PersonLabel id={c.personId} person={c.person} /> },
            { title: t('benefits.program'), dataIndex: 'programId', render: (id: string) => programName(id) },
            {
              title: t('benefits.amount'),
              key: 'amount',
              render: (_v, c) => {
                const d = isDecision(c.decision) ? c.decision : null;
                if (!d) return null;
                return d.eligible ? <Money fen={d.amountFen} /> : <Tag>{t('benefits.notEligible')}</Tag>;
              },
            },
            { title: t('benefits.status'), dataIndex: 'status', render: (s: ClaimStatus) => <ClaimStatusTag status={s} /> },
            { title: t('benefits.region'), dataIndex: 'region', render: (code: string) => <PlaceName code={code} /> },
            { title: t('benefits.submittedAt'), dataIndex: 'createdAt', render: (v: string) => <Instant value={v} /> },
            { title: t('common.actions'), key: 'open', render: (_v, c) => <Link to={`/claims/${c.id}`}>{t('benefits.open')}</Link> },
          ]}
        />
      )}
    </Card>
  );
}
