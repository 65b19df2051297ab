/**
 * A gig task's sign-ups for its employer (or an officer of its place): confirm (within the headcount,
 * or first come first), decline, record days worked and the amount paid, rate the worker.
 */
import { useState } from 'react';
import { Button, Form, InputNumber, Input, Rate, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { gigsApi, gigYuan, type GigSignup, type GigTask } from '../../api/gigs';
import { useApiErrorHandler } from '../../api/errors';

function RecordForm({ s, task }: { s: GigSignup; task: GigTask }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const save = useMutation({
    mutationFn: (v: { days: number; paid: number }) => gigsApi.record(s.id, s.version, v.days, Math.round(v.paid * 100)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gigs'] }),
    onError: (err) => onError(err),
  });
  return (
    <Form
      layout="inline"
      initialValues={{ days: task.days, paid: (task.days * task.dayRateFen) / 100 }}
      onFinish={(v: { days: number; paid: number }) => save.mutate(v)}
    >
      <Form.Item name="days" label={t('gigs.daysWorked')} rules={[{ required: true }]}>
        <InputNumber controls={false} min={0} max={task.days} style={{ width: 64 }} data-testid="gig-days" />
      </Form.Item>
      <Form.Item name="paid" label={t('gigs.paid')} rules={[{ required: true }]}>
        <InputNumber controls={false} min={0} step={10} style={{ width: 110 }} data-testid="gig-paid" />
      </Form.Item>
      <Button htmlType="submit" type="primary" size="small" loading={save.isPending} data-testid="gig-record-save">
        {t('gigs.save')}
      </Button>
    </Form>
  );
}

function RateWorker({ s }: { s: GigSignup }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const rate = useMutation({
    mutationFn: () => gigsApi.rate(s.id, score, comment.trim() || undefined),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gigs'] }),
    onError: (err) => onError(err),
  });
  return (
    <Space wrap>
      <Rate value={score} onChange={setScore} aria-label={t('gigs.score')} />
      <Input
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        placeholder={t('gigs.comment')}
        aria-label={t('gigs.comment')}
        maxLength={300}
      />
      <Button size="small" disabled={score === 0} onClick={() => rate.mutate()} data-testid="gig-rate-worker">
        {t('gigs.rate')}
      </Button>
    </Space>
  );
}

export function GigSignups({ task }: { task: GigTask }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const list = useQuery({ queryKey: ['gigs', 'signups', task.id], queryFn: () => gigsApi.signups(task.id) });
  const invalidate = () => client.invalidateQueries({ queryKey: ['gigs'] });
  const step = useMutation({
    mutationFn: ({ s, event }: { s: GigSignup; event: 'confirm' | 'decline' }) => gigsApi.step(s.id, event, s.version),
    onSuccess: invalidate,
    onError: (err) => onError(err),
  });
  const inOrder = useMutation({ mutationFn: () => gigsApi.confirmInOrder(task.id), onSuccess: invalidate, onError: (err) => onError(err) });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button onClick={() => inOrder.mutate()} loading={inOrder.isPending} data-testid="gig-confirm-in-order">
        {t('gigs.confirmInOrder')}
      </Button>
      <Table<GigSignup>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('gigs.noSignups') }}
        columns={[
          { title: t('gigs.worker'), dataIndex: 'name' },
          {
            title: t('gigs.status'),
            render: (_, s) => <Tag data-testid="gig-signup-status">{t(`gigs.signupStatuses.${s.status}`)}</Tag>,
          },
          {
            title: '',
            render: (_, s) => (
              <Space direction="vertical">
                {s.paidFen !== null ? (
                  <span>
                    {s.daysWorked} · {gigYuan(s.paidFen)}
                  </span>
                ) : null}
                {s.disputeReason ? (
                  <span>
                    {t('gigs.disputeReason')}：{s.disputeReason}
                  </span>
                ) : null}
                {s.status === 'signed_up' ? (
                  <Space>
                    <Button size="small" type="primary" onClick={() => step.mutate({ s, event: 'confirm' })} data-testid="gig-confirm">
                      {t('gigs.confirm')}
                    </Button>
                    <Button size="small" danger onClick={() => step.mutate({ s, event: 'decline' })}>
                      {t('gigs.decline')}
                    </Button>
                  </Space>
                ) : null}
                {s.status === 'confirmed' || s.status === 'disputed' ? <RecordForm s={s} task={task} /> : null}
                {(s.status === 'completed' || s.status === 'disputed') && s.employerRating === null ? <RateWorker s={s} /> : null}
                {s.employerRating !== null ? (
                  <span>
                    {t('gigs.employerRating')}：{s.employerRating}
                  </span>
                ) : null}
                {s.workerRating !== null ? (
                  <span>
                    {t('gigs.workerRating')}：{s.workerRating}
                  </span>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
