/**
 * Gig tasks (issue 9.5) for an employer (its own) or an officer (the area's, posting for an employer):
 * post a task (a day rate below the local minimum is refused with the figure and its source), stop
 * sign-ups or cancel, and work the sign-ups in a drawer.
 */
import { useState } from 'react';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { gigsApi, gigYuan, type GigTask } from '../../api/gigs';
import { ApiError } from '../../api/client';
import { pickMessage, useApiErrorHandler } from '../../api/errors';
import { PlaceName } from '../../components/PlaceName';
import { useAuth } from '../../auth/AuthContext';
import { GigSignups } from './GigSignups';

interface FormValues {
  enterpriseId?: string;
  title: string;
  occupationCode: string;
  placeCode: string;
  address: string;
  startDate: string;
  endDate?: string;
  dayRate: number;
  headcount: number;
  bring?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function EmployerGigsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { me } = useAuth();
  const client = useQueryClient();
  const onApiError = useApiErrorHandler();
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState<GigTask | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const officer = me?.user.role !== 'employer';
  const list = useQuery({ queryKey: ['gigs', 'tasks'], queryFn: () => gigsApi.tasks({ pageSize: 100 }) });
  const create = useMutation({
    mutationFn: (v: FormValues) =>
      gigsApi.create({
        ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        title: v.title,
        occupationCode: v.occupationCode,
        placeCode: v.placeCode,
        address: v.address,
        startDate: v.startDate,
        ...(v.endDate ? { endDate: v.endDate } : {}),
        dayRateFen: Math.round(v.dayRate * 100),
        headcount: v.headcount,
        ...(v.bring ? { bring: v.bring } : {}),
      }),
    onSuccess: async () => {
      setRefusal(null);
      void message.success(t('gigs.posted'));
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['gigs'] });
    },
    // The refusal names the figure and its source (the minimum wage): shown in full beside the form.
    onError: (err) => setRefusal(err instanceof ApiError ? pickMessage(err.problem.message, i18n.language) : String(err)),
  });
  const act = useMutation({
    mutationFn: ({ task, what }: { task: GigTask; what: 'close' | 'cancel' }) => gigsApi[what](task.id, task.version),
    onSuccess: () => client.invalidateQueries({ queryKey: ['gigs'] }),
    onError: (err) => onApiError(err),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('gigs.newTask')}>
        <Form<FormValues> form={form} layout="vertical" initialValues={{ headcount: 1 }} onFinish={(v) => create.mutate(v)}>
          <Space wrap align="start">
            {officer ? (
              <Form.Item name="enterpriseId" label={t('gigs.enterpriseId')} rules={[{ required: true }]}>
                <Input data-testid="gig-enterprise" />
              </Form.Item>
            ) : null}
            <Form.Item name="title" label={t('gigs.title')} rules={[{ required: true }]}>
              <Input maxLength={100} data-testid="gig-title" />
            </Form.Item>
            <Form.Item name="occupationCode" label={t('gigs.occupation')} rules={[{ required: true }]}>
              <Input placeholder="4-02-05-01" data-testid="gig-occupation" />
            </Form.Item>
            <Form.Item name="placeCode" label={t('gigs.placeCode')} rules={[{ required: true, pattern: /^[0-9]{6}([0-9]{3})?$/ }]}>
              <Input placeholder="441900003" data-testid="gig-place" />
            </Form.Item>
            <Form.Item name="address" label={t('gigs.address')} rules={[{ required: true }]}>
              <Input maxLength={200} data-testid="gig-address" />
            </Form.Item>
            <Form.Item name="startDate" label={t('gigs.startDate')} rules={[{ required: true, pattern: DATE }]}>
              <Input placeholder="2026-12-15" data-testid="gig-start" />
            </Form.Item>
            <Form.Item name="endDate" label={t('gigs.endDate')} rules={[{ pattern: DATE }]}>
              <Input placeholder="2026-12-16" data-testid="gig-end" />
            </Form.Item>
            <Form.Item name="dayRate" label={t('gigs.dayRate')} tooltip={t('gigs.dayRateHint')} rules={[{ required: true }]}>
              <InputNumber controls={false} min={0.01} step={10} data-testid="gig-rate" />
            </Form.Item>
            <Form.Item name="headcount" label={t('gigs.headcount')} rules={[{ required: true }]}>
              <InputNumber controls={false} min={1} max={200} data-testid="gig-headcount" />
            </Form.Item>
            <Form.Item name="bring" label={t('gigs.bring')}>
              <Input maxLength={200} data-testid="gig-bring" />
            </Form.Item>
          </Space>
          {refusal ? (
            <p role="alert" style={{ color: '#a8071a' }} data-testid="gig-refusal">
              {refusal}
            </p>
          ) : null}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="gig-submit">
            {t('gigs.post')}
          </Button>
        </Form>
      </Card>
      <Card title={t('gigs.myTasks')}>
        <Table<GigTask>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('gigs.noTasks') }}
          columns={[
            { title: t('gigs.title'), dataIndex: 'title' },
            ...(officer ? [{ title: t('gigs.employer'), dataIndex: 'enterpriseName' }] : []),
            { title: t('gigs.place'), render: (_, g) => <PlaceName code={g.placeCode} /> },
            { title: t('gigs.dates'), render: (_, g) => (g.startDate === g.endDate ? g.startDate : `${g.startDate} – ${g.endDate}`) },
            { title: t('gigs.dayRate'), render: (_, g) => gigYuan(g.dayRateFen) },
            { title: t('gigs.confirmed'), render: (_, g) => `${g.confirmed}/${g.headcount}` },
            { title: t('gigs.waiting'), dataIndex: 'waiting' },
            { title: t('gigs.status'), render: (_, g) => <Tag>{t(`gigs.taskStatuses.${g.status}`)}</Tag> },
            {
              title: '',
              render: (_, g) => (
                <Space wrap>
                  <Button size="small" onClick={() => setOpen(g)} data-testid="gig-signups">
                    {t('gigs.signups')}
                  </Button>
                  {g.status === 'open' ? (
                    <Button size="small" onClick={() => act.mutate({ task: g, what: 'close' })}>
                      {t('gigs.close')}
                    </Button>
                  ) : null}
                  {g.status !== 'cancelled' ? (
                    <Button size="small" danger onClick={() => act.mutate({ task: g, what: 'cancel' })}>
                      {t('gigs.cancel')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={open?.title ?? ''} width={720}>
        {open ? <GigSignups task={open} /> : null}
      </Drawer>
    </Space>
  );
}
