/**
 * An employer's postings (issue 9, point 9): post a job (the server refuses pay below the local
 * minimum wage with the figure), refresh or close it, and answer its applicants up to a hire.
 * Officers posting for an employer use the same page with the employer's id.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobsApi, payText, type Application, type Posting, type PostingInput, type StepEvent } from '../../api/jobs';
import { ApiError } from '../../api/client';
import { pickMessage, useApiErrorHandler } from '../../api/errors';
import { PlaceName } from '../../components/PlaceName';

type AnswerStep = Exclude<StepEvent, 'withdraw'>;

const NEXT: Record<string, AnswerStep[]> = {
  submitted: ['view', 'invite', 'reject'],
  viewed: ['invite', 'offer', 'reject'],
  interview: ['offer', 'reject'],
  offered: ['hire', 'reject'],
};

interface FormValues {
  enterpriseId?: string;
  title: string;
  occupationCode: string;
  workCode: string;
  workAddress: string;
  headcount: number;
  payMin: number;
  payMax: number;
  payPeriod: PostingInput['payPeriod'];
  pieceMonthly?: number;
  contractKind: PostingInput['contractKind'];
  housing: boolean;
  meals: boolean;
  requirements?: string;
  startDate: string;
}

const fen = (yuan: number) => Math.round(yuan * 100);

function Applicants({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const list = useQuery({ queryKey: ['jobs', 'applicants', posting.id], queryFn: () => jobsApi.applicants(posting.id) });
  const step = useMutation({
    mutationFn: ({ a, event }: { a: Application; event: AnswerStep }) =>
      jobsApi.step(a.id, event, a.version, event === 'reject' ? 'requirements_not_met' : undefined),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['jobs'] });
    },
    onError: (err) => onError(err),
  });
  return (
    <Table<Application>
      rowKey="id"
      size="small"
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      pagination={false}
      locale={{ emptyText: t('jobs.noApplicants') }}
      columns={[
        { title: t('jobs.applicant'), dataIndex: 'personName' },
        { title: t('jobs.status'), render: (_, a) => <Tag>{t(`jobs.appStatuses.${a.status}`)}</Tag> },
        {
          title: '',
          render: (_, a) => (
            <Space wrap>
              {(NEXT[a.status] ?? []).map((event) => (
                <Button
                  key={event}
                  size="small"
                  danger={event === 'reject'}
                  type={event === 'hire' ? 'primary' : 'default'}
                  onClick={() => step.mutate({ a, event })}
                  data-testid={`jobs-step-${event}`}
                >
                  {t(`jobs.steps.${event}`)}
                </Button>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

export function EmployerJobsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState<Posting | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onApiError = useApiErrorHandler();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const list = useQuery({ queryKey: ['jobs', 'mine'], queryFn: () => jobsApi.postings({ pageSize: 100 }) });
  const create = useMutation({
    mutationFn: (v: FormValues) =>
      jobsApi.create({
        ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        title: v.title,
        occupationCode: v.occupationCode,
        workCode: v.workCode,
        workAddress: v.workAddress,
        headcount: v.headcount,
        payMinFen: fen(v.payMin),
        payMaxFen: fen(v.payMax),
        payPeriod: v.payPeriod,
        ...(v.payPeriod === 'piece' && v.pieceMonthly ? { pieceMonthlyFen: fen(v.pieceMonthly) } : {}),
        contractKind: v.contractKind,
        housing: v.housing,
        meals: v.meals,
        requirements: v.requirements ?? '',
        skills: [],
        startDate: v.startDate,
      }),
    onSuccess: async () => {
      setRefusal(null);
      message.success(t('jobs.posted'));
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['jobs'] });
    },
    // The refusal names the figure (e.g. the minimum wage): shown in full beside the form.
    onError: (err) => setRefusal(err instanceof ApiError ? pickMessage(err.problem.message, i18n.language) : String(err)),
  });
  const act = useMutation({
    mutationFn: ({ p, what }: { p: Posting; what: 'refresh' | 'close' }) =>
      what === 'refresh' ? jobsApi.refresh(p.id, p.version) : jobsApi.close(p.id, p.version),
    onSuccess: async (_, { what }) => {
      message.success(t(what === 'refresh' ? 'jobs.refreshed' : 'jobs.closed'));
      await client.invalidateQueries({ queryKey: ['jobs'] });
    },
    onError: (err) => onApiError(err),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('jobs.newPosting')}>
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ headcount: 1, payPeriod: 'month', contractKind: 'regular', housing: false, meals: false }}
          onFinish={(v) => create.mutate(v)}
        >
          <Space wrap align="start">
            <Form.Item name="title" label={t('jobs.title')} rules={[{ required: true }]}>
              <Input data-testid="jobs-title" />
            </Form.Item>
            <Form.Item name="occupationCode" label={t('jobs.occupation')} rules={[{ required: true }]}>
              <Input placeholder="6-18-01-01" data-testid="jobs-occupation" />
            </Form.Item>
            <Form.Item name="workCode" label={t('jobs.workCode')} rules={[{ required: true, pattern: /^[0-9]{6}([0-9]{3})?$/ }]}>
              <Input placeholder="441900113" data-testid="jobs-work-code" />
            </Form.Item>
            <Form.Item name="workAddress" label={t('jobs.workAddress')} rules={[{ required: true }]}>
              <Input data-testid="jobs-work-address" />
            </Form.Item>
            <Form.Item name="headcount" label={t('jobs.headcount')} rules={[{ required: true }]}>
              <InputNumber controls={false} min={1} />
            </Form.Item>
            <Form.Item name="payPeriod" label={t('jobs.payPeriod')}>
              <Select
                style={{ width: 120 }}
                options={(['month', 'day', 'hour', 'piece'] as const).map((v) => ({ value: v, label: t(`jobs.periods.${v}`) }))}
              />
            </Form.Item>
            <Form.Item name="payMin" label={t('jobs.payMin')} rules={[{ required: true }]}>
              <InputNumber controls={false} min={0.01} step={100} data-testid="jobs-pay-min" />
            </Form.Item>
            <Form.Item name="payMax" label={t('jobs.payMax')} rules={[{ required: true }]}>
              <InputNumber controls={false} min={0.01} step={100} data-testid="jobs-pay-max" />
            </Form.Item>
            <Form.Item name="pieceMonthly" label={t('jobs.pieceMonthly')}>
              <InputNumber controls={false} min={0} step={100} />
            </Form.Item>
            <Form.Item name="contractKind" label={t('jobs.contractKind')}>
              <Select
                style={{ width: 140 }}
                options={(['regular', 'seasonal', 'temporary', 'part_time', 'gig'] as const).map((v) => ({
                  value: v,
                  label: t(`jobs.contracts.${v}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="startDate" label={t('jobs.startDate')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
              <Input placeholder="2026-12-15" data-testid="jobs-start" />
            </Form.Item>
            <Form.Item name="housing" valuePropName="checked" label=" ">
              <Checkbox>{t('jobs.housing')}</Checkbox>
            </Form.Item>
            <Form.Item name="meals" valuePropName="checked" label=" ">
              <Checkbox>{t('jobs.meals')}</Checkbox>
            </Form.Item>
          </Space>
          <Form.Item name="requirements" label={t('jobs.requirements')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          {refusal ? (
            <p role="alert" style={{ color: '#a8071a' }} data-testid="jobs-refusal">
              {refusal}
            </p>
          ) : null}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="jobs-submit">
            {t('jobs.submit')}
          </Button>
        </Form>
      </Card>
      <Card title={t('jobs.myTitle')}>
        <Table<Posting>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: true }}
          columns={[
            { title: t('jobs.title'), dataIndex: 'title' },
            { title: t('jobs.workCode'), render: (_, p) => <PlaceName code={p.workCode} /> },
            { title: t('jobs.pay'), render: (_, p) => payText(p, lang) },
            { title: t('jobs.status'), render: (_, p) => <Tag>{t(`jobs.statuses.${p.status}`)}</Tag> },
            { title: t('jobs.filled'), render: (_, p) => `${p.filled}/${p.headcount}` },
            { title: t('jobs.expiresOn'), dataIndex: 'expiresOn' },
            {
              title: '',
              render: (_, p) => (
                <Space wrap>
                  <Button size="small" onClick={() => setOpen(p)} data-testid="jobs-applicants">
                    {t('jobs.applicants')}
                  </Button>
                  {p.status === 'open' ? (
                    <Button size="small" onClick={() => act.mutate({ p, what: 'refresh' })}>
                      {t('jobs.refresh')}
                    </Button>
                  ) : null}
                  {['open', 'screening', 'held'].includes(p.status) ? (
                    <Button size="small" danger onClick={() => act.mutate({ p, what: 'close' })}>
                      {t('jobs.close')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={open?.title ?? ''} width={640}>
        {open ? <Applicants posting={open} /> : null}
      </Drawer>
    </Space>
  );
}
