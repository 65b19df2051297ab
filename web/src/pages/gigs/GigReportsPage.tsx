/**
 * Abuse reports on the area's gigs for officers (issue 9.5): who reported whom, why, and the
 * officer's action — a note, a warning to the reported side, or suspending the employer's gig
 * posting (only on a worker's report about the employer), later lifted; every action audited.
 */
import { useState } from 'react';
import { Button, Card, Input, Segmented, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { gigsApi, type GigReport, type ReportAction } from '../../api/gigs';
import { useApiErrorHandler } from '../../api/errors';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { QueryError } from '../../components/QueryError';

type Filter = 'open' | 'all';

function ActOn({ report }: { report: GigReport }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  // The steps the server's workflow allows from this status (a noted report cannot be noted again).
  const actions: ReportAction[] = report.actions;
  const [action, setAction] = useState<ReportAction>(actions[0] ?? 'note');
  const [note, setNote] = useState('');
  const act = useMutation({
    mutationFn: () => gigsApi.act(report.id, action, note.trim(), report.version),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gigs'] }),
    onError: (err) => onError(err),
  });
  return (
    <Space wrap>
      <Select<ReportAction>
        value={action}
        onChange={setAction}
        style={{ width: 200 }}
        aria-label={t('gigs.action')}
        options={actions.map((a) => ({ value: a, label: t(`gigs.actions.${a}`) }))}
      />
      <Input
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('gigs.actionNote')}
        aria-label={t('gigs.actionNote')}
        maxLength={500}
      />
      <Button
        type="primary"
        disabled={note.trim() === ''}
        loading={act.isPending}
        onClick={() => act.mutate()}
        data-testid="gig-report-act"
      >
        {t('gigs.act')}
      </Button>
    </Space>
  );
}

export function GigReportsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('open');
  const list = useQuery({
    queryKey: ['gigs', 'reports', filter],
    queryFn: () => gigsApi.reports(filter === 'open' ? 'open' : undefined),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'open', label: t('gigs.reportStatuses.open') },
          { value: 'all', label: t('common.all') },
        ]}
      />
      {list.error ? <QueryError error={list.error} /> : null}
      <Card>
        <Table<GigReport>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('gigs.noReports') }}
          columns={[
            { title: t('common.date'), render: (_, r) => <Instant value={r.createdAt} /> },
            {
              title: t('gigs.reporter'),
              render: (_, r) => `${t(`gigs.sides.${r.side}`)} ${r.side === 'worker' ? r.personName : r.enterpriseName}`,
            },
            {
              title: t('gigs.reportedAbout'),
              render: (_, r) => `${r.taskTitle}（${r.side === 'worker' ? r.enterpriseName : r.personName}）`,
            },
            { title: t('gigs.place'), render: (_, r) => <PlaceName code={r.placeCode} /> },
            { title: t('gigs.reason'), render: (_, r) => t(`gigs.reportReasons.${r.reason}`) },
            { title: t('gigs.detail'), dataIndex: 'detail' },
            { title: t('gigs.status'), render: (_, r) => <Tag>{t(`gigs.reportStatuses.${r.status}`)}</Tag> },
            {
              title: t('gigs.action'),
              render: (_, r) =>
                r.actions.length === 0 ? (
                  (r.actionNote ?? '')
                ) : (
                  <Space direction="vertical">
                    {r.actionNote ?? ''}
                    <ActOn report={r} />
                  </Space>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
