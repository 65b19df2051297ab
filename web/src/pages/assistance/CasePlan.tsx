/** The case's service plan (each item with its due date, how it was counted and its standing) and its steps. */
import { Card, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssistanceCase } from '../../api/assistance';
import { Instant } from '../../components/Instant';

type Item = AssistanceCase['plan'][number];
type Step = AssistanceCase['steps'][number];

const stateColour: Record<Item['state'], string> = { done: 'green', done_late: 'orange', open: 'blue', overdue: 'red' };

export function CasePlan({ c }: { c: AssistanceCase }) {
  const { t } = useTranslation();
  const done = c.plan.filter((i) => i.state === 'done' || i.state === 'done_late').length;
  return (
    <Card title={t('assistance.plan')}>
      <Typography.Paragraph type="secondary">
        {t('assistance.standard', { days: c.standard.firstContactWorkingDays, calendar: c.standard.planCalendarDays })}
      </Typography.Paragraph>
      <Progress
        percent={c.plan.length === 0 ? 100 : Math.round((done * 100) / c.plan.length)}
        aria-label={t('assistance.plan')}
        data-testid="plan-progress"
      />
      <div style={{ overflowX: 'auto' }}>
        <Table<Item>
          rowKey="requirement"
          size="small"
          pagination={false}
          dataSource={c.plan}
          columns={[
            {
              title: t('assistance.requirement'),
              dataIndex: 'requirement',
              render: (q: Item['requirement']) => t(`assistance.requirements.${q}`),
            },
            {
              title: t('assistance.dueOn'),
              render: (_v, i) => (
                <span>
                  {i.dueOn}
                  <Typography.Text type="secondary">（{t(`assistance.dueIn.${i.dueIn}`)}）</Typography.Text>
                </span>
              ),
            },
            {
              title: t('assistance.progress'),
              render: (_v, i) => <span data-testid={`plan-${i.requirement}`}>{`${i.done} / ${i.target}`}</span>,
            },
            { title: t('assistance.metOn'), dataIndex: 'metOn', render: (d: string | null) => d ?? '' },
            {
              title: t('assistance.state'),
              dataIndex: 'state',
              render: (s: Item['state']) => <Tag color={stateColour[s]}>{t(`assistance.states.${s}`)}</Tag>,
            },
          ]}
        />
      </div>
    </Card>
  );
}

export function CaseSteps({ c }: { c: AssistanceCase }) {
  const { t } = useTranslation();
  return (
    <Card title={t('assistance.steps')}>
      <div style={{ overflowX: 'auto' }}>
        <Table<Step>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...c.steps].reverse()}
          locale={{ emptyText: t('assistance.noSteps') }}
          columns={[
            { title: t('assistance.onDate'), dataIndex: 'onDate' },
            { title: t('assistance.kind'), dataIndex: 'kind', render: (k: Step['kind']) => t(`assistance.stepKinds.${k}`) },
            { title: t('assistance.outcome'), dataIndex: 'outcome' },
            { title: t('assistance.officer'), dataIndex: 'officerName' },
            { title: t('assistance.recordedAt'), dataIndex: 'recordedAt', render: (v: string) => <Instant value={v} /> },
          ]}
        />
      </div>
    </Card>
  );
}
