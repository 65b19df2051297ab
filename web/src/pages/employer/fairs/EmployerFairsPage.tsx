/**
 * Job fairs in the employer portal: the fairs I take part in and those open to apply; apply to take
 * part, and once approved pick which of my open postings I bring (workers apply to them at the fair).
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../../api/errors';
import { jobsApi } from '../../../api/jobs';
import { PlaceName } from '../../../components/PlaceName';
import { QueryError } from '../../../components/QueryError';
import { fairsApi, type Fair } from '../../fairs/api';
import { phaseColour } from '../../fairs/FairsPage';

function PostingsModal({ fair, onClose }: { fair: Fair; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const detail = useQuery({ queryKey: ['fairs', fair.id], queryFn: () => fairsApi.get(fair.id) });
  const open = useQuery({
    queryKey: ['jobs', 'postings', 'open-mine'],
    queryFn: () => jobsApi.postings({ status: 'open', pageSize: 100 }),
  });
  const [picked, setPicked] = useState<string[] | null>(null);
  const items = open.data?.items ?? [];
  // The fair page lists other employers too: keep the postings that are mine (among my open ones).
  const mineOpen = new Set(items.map((p) => p.id));
  const mineNow = (detail.data?.employers ?? []).flatMap((e) => e.postings.map((p) => p.id)).filter((id) => mineOpen.has(id));
  const value = picked ?? mineNow;
  const failed = open.error ?? detail.error;
  const save = useMutation({
    mutationFn: () => fairsApi.bring(fair.id, value),
    onSuccess: () => {
      void message.success(t('fairs.postingsSaved'));
      void client.invalidateQueries({ queryKey: ['fairs'] });
      onClose();
    },
    onError: (e) => onError(e),
  });
  return (
    <Modal
      open
      title={`${t('fairs.pickPostings')} · ${fair.name}`}
      onCancel={onClose}
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
    >
      {failed ? (
        <QueryError error={failed} />
      ) : open.isLoading || detail.isLoading ? (
        <Spin />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">{t('fairs.noOpenPostings')}</Typography.Text>
      ) : (
        // One controlled box per posting, toggling its own id: the pick never depends on the group
        // having registered its boxes (a click landing before that was dropped), and the list shows
        // only once the fair's current picks are known, so nothing changes under the user's finger.
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="fair-pick-postings">
          {items.map((p) => (
            <Checkbox
              key={p.id}
              checked={value.includes(p.id)}
              onChange={(e) =>
                setPicked(e.target.checked ? [...value.filter((id) => id !== p.id), p.id] : value.filter((id) => id !== p.id))
              }
            >
              {p.title}
            </Checkbox>
          ))}
        </div>
      )}
    </Modal>
  );
}

export function EmployerFairsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [picking, setPicking] = useState<Fair | null>(null);
  const list = useQuery({ queryKey: ['fairs'], queryFn: () => fairsApi.list() });
  const details = useQuery({
    queryKey: ['fairs', 'participation', (list.data?.items ?? []).map((f) => f.id).join(',')],
    enabled: Boolean(list.data),
    queryFn: async () => {
      const all = await Promise.all((list.data?.items ?? []).map((f) => fairsApi.get(f.id)));
      return new Map(all.map((d) => [d.id, d.myParticipation]));
    },
  });
  const join = useMutation({
    mutationFn: (id: string) => fairsApi.join(id),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['fairs'] }),
    onError: (e) => onError(e),
  });
  const part = (f: Fair) => details.data?.get(f.id) ?? null;
  const fairs = list.data?.items ?? [];
  const table = (rows: Fair[], testId: string) => (
    <div style={{ overflowX: 'auto' }}>
      <Table<Fair>
        rowKey="id"
        data-testid={testId}
        loading={list.isLoading || details.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('fairs.empty') }}
        columns={[
          { title: t('fairs.name'), dataIndex: 'name' },
          { title: t('fairs.kind'), dataIndex: 'kind', render: (k: Fair['kind']) => t(`fairs.kinds.${k}`) },
          { title: t('fairs.dates'), render: (_v, f) => `${f.startsOn} ${f.hours}` },
          { title: t('fairs.venue'), render: (_v, f) => (f.venueCode ? <PlaceName code={f.venueCode} /> : t('fairs.kinds.online')) },
          { title: t('fairs.phase'), render: (_v, f) => <Tag color={phaseColour[f.phase]}>{t(`fairs.phases.${f.phase}`)}</Tag> },
          {
            title: t('fairs.participation.joined'),
            render: (_v, f) => {
              const p = part(f);
              if (p === 'joined')
                return (
                  <Button size="small" onClick={() => setPicking(f)} data-testid="fair-pick">
                    {t('fairs.pickPostings')}
                  </Button>
                );
              if (p === 'applied') return <Tag color="gold">{t('fairs.joined')}</Tag>;
              return f.phase === 'ended' ? null : (
                <Button size="small" type="primary" onClick={() => join.mutate(f.id)} loading={join.isPending} data-testid="fair-join">
                  {t('fairs.join')}
                </Button>
              );
            },
          },
        ]}
      />
    </div>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('fairs.employerHint')}</Typography.Paragraph>
      {list.error ? <QueryError error={list.error} /> : null}
      <Card title={t('fairs.mine')}>
        {table(
          fairs.filter((f) => part(f) !== null),
          'fairs-mine',
        )}
      </Card>
      <Card title={t('fairs.toJoin')}>
        {table(
          fairs.filter((f) => part(f) === null && f.phase !== 'ended'),
          'fairs-to-join',
        )}
      </Card>
      {picking && <PostingsModal fair={picking} onClose={() => setPicking(null)} />}
    </Space>
  );
}
