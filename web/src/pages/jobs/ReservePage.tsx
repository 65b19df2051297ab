/**
 * Officers' job reserve (issue 9, points 2 and 9): open postings and places by region (place names),
 * occupation or priority sector, the month-end counts over time, and the screening queue.
 */
import { useState } from 'react';
import { App, Button, Card, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobsApi, payText, type Posting, type ReserveGroup } from '../../api/jobs';
import { useApiErrorHandler } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { PlaceName } from '../../components/PlaceName';

type By = 'region' | 'occupation' | 'sector';

function FlagTags({ p }: { p: Posting }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      {p.flags.map((f, i) => (
        <Tag key={i} color={f.kind === 'arrears' ? 'red' : 'orange'}>
          {f.kind === 'term'
            ? t('jobs.flagTerm', { term: f.term ?? '' })
            : f.kind === 'age_limit'
              ? t('jobs.flagAge', { age: f.ageMax ?? 0 })
              : t('jobs.flagArrears')}
        </Tag>
      ))}
    </Space>
  );
}

export function ScreeningQueue() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [rejecting, setRejecting] = useState<Posting | null>(null);
  const [note, setNote] = useState('');
  const queue = useQuery({ queryKey: ['jobs', 'screening'], queryFn: () => jobsApi.screening() });
  const done = async (text: string) => {
    message.success(text);
    await client.invalidateQueries({ queryKey: ['jobs'] });
  };
  const release = useMutation({
    mutationFn: (p: Posting) => jobsApi.release(p.id, p.version),
    onSuccess: () => done(t('jobs.released')),
    onError: (err) => onError(err),
  });
  const reject = useMutation({
    mutationFn: (p: Posting) => jobsApi.reject(p.id, p.version, note.trim()),
    onSuccess: async () => {
      setRejecting(null);
      setNote('');
      await done(t('jobs.rejected'));
    },
    onError: (err) => onError(err),
  });
  if (queue.error && !queue.data) return <QueryError error={queue.error} />;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Card title={t('jobs.screeningTitle')}>
      <Typography.Paragraph type="secondary">{t('jobs.screeningHint')}</Typography.Paragraph>
      <Table<Posting>
        rowKey="id"
        loading={queue.isLoading}
        dataSource={queue.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('jobs.title'), dataIndex: 'title' },
          { title: t('jobs.workCode'), render: (_, p) => <PlaceName code={p.workCode} /> },
          { title: t('jobs.pay'), render: (_, p) => payText(p, lang) },
          { title: t('jobs.requirements'), dataIndex: 'requirements' },
          { title: t('jobs.flags'), render: (_, p) => <FlagTags p={p} /> },
          {
            title: '',
            render: (_, p) => (
              <Space>
                <Button type="primary" size="small" onClick={() => release.mutate(p)} data-testid="jobs-release">
                  {t('jobs.release')}
                </Button>
                <Button danger size="small" onClick={() => setRejecting(p)}>
                  {t('jobs.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={t('jobs.reject')}
        onCancel={() => setRejecting(null)}
        okButtonProps={{ disabled: note.trim() === '', loading: reject.isPending }}
        onOk={() => rejecting && reject.mutate(rejecting)}
      >
        <Input.TextArea
          aria-label={t('jobs.rejectNote')}
          placeholder={t('jobs.rejectNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

export function ReservePage() {
  const { t } = useTranslation();
  const [by, setBy] = useState<By>('region');
  const groups = useQuery({ queryKey: ['jobs', 'reserve', by], queryFn: () => jobsApi.reserve(by) });
  const over = useQuery({ queryKey: ['jobs', 'reserve', 'over'], queryFn: () => jobsApi.overTime(12) });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={t('jobs.reserveTitle')}
        extra={
          <Segmented<By>
            value={by}
            onChange={setBy}
            options={[
              { value: 'region', label: t('jobs.byRegion') },
              { value: 'occupation', label: t('jobs.byOccupation') },
              { value: 'sector', label: t('jobs.bySector') },
            ]}
          />
        }
      >
        {groups.error ? (
          <QueryError error={groups.error} />
        ) : (
          <Table<ReserveGroup>
            rowKey="key"
            loading={groups.isLoading}
            dataSource={groups.data?.groups ?? []}
            pagination={false}
            data-testid="jobs-reserve-table"
            columns={[
              { title: t('jobs.group'), render: (_, g) => (by === 'region' ? <PlaceName code={g.key} /> : g.name) },
              { title: t('jobs.postings'), dataIndex: 'postings', align: 'right' },
              { title: t('jobs.places'), dataIndex: 'places', align: 'right' },
            ]}
          />
        )}
      </Card>
      <Card title={t('jobs.overTime')}>
        <Table
          rowKey="month"
          size="small"
          loading={over.isLoading}
          dataSource={over.data?.points ?? []}
          pagination={false}
          columns={[
            { title: t('jobs.month'), dataIndex: 'month' },
            { title: t('jobs.postings'), dataIndex: 'postings', align: 'right' },
            { title: t('jobs.places'), dataIndex: 'places', align: 'right' },
          ]}
        />
      </Card>
      <ScreeningQueue />
    </Space>
  );
}
