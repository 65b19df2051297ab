/** The explained decision: outcome, messages, every criterion with pass/fail and clause, facts and parameters used. */
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuan, type Decision } from '../../api/policy';
import { useBilingual } from './bilingual';

export function DecisionView({ d }: { d: Decision }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="policy-decision">
      <Alert
        type={d.eligible ? 'success' : 'warning'}
        showIcon
        message={
          <>
            {d.eligible ? t('policy.eligible') : t('policy.notEligible')}
            {d.eligible && ` — ${t('policy.payable')} ${t('policy.yuan', { amount: yuan(d.amountFen) })}`}
          </>
        }
        description={d.messages.map((m, i) => (
          <div key={i}>{bi(m)}</div>
        ))}
      />
      <Descriptions size="small" column={3}>
        {d.months !== undefined && <Descriptions.Item label={t('policy.months')}>{d.months}</Descriptions.Item>}
        {d.monthlyFen !== undefined && (
          <Descriptions.Item label={t('policy.monthly')}>{t('policy.yuan', { amount: yuan(d.monthlyFen) })}</Descriptions.Item>
        )}
        {d.instalment !== undefined && <Descriptions.Item label={t('policy.instalment')}>{d.instalment}</Descriptions.Item>}
        <Descriptions.Item label={t('policy.version')}>
          <Typography.Text code>{d.rulesetVersion}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('policy.citations')}>
          {d.citations.map((c) => (
            <Tag key={c} color="blue">
              {c}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('policy.criteria')}>
        {d.criteria.map((c) => (
          <div key={c.id} style={{ paddingLeft: c.depth * 20, lineHeight: '28px' }}>
            <Tag color={c.passed ? 'green' : 'red'}>{c.passed ? t('policy.passed') : t('policy.failed')}</Tag>
            {bi(c.label)} <Tag color="blue">{c.clause}</Tag>
            {c.exception && (
              <Typography.Text type="secondary">
                {t('policy.via', { label: bi(c.exception.label) })} <Tag color="blue">{c.exception.clause}</Tag>
              </Typography.Text>
            )}
          </div>
        ))}
      </Card>
      <Card size="small" title={t('policy.factsUsed')}>
        <Descriptions size="small" column={2}>
          {d.facts.map((f) => (
            <Descriptions.Item key={f.key} label={bi(f.label)}>
              {String(f.value)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card size="small" title={t('policy.parametersUsed')}>
        <Table
          rowKey={(r) => `${r.key}@${r.region}`}
          size="small"
          pagination={false}
          dataSource={d.parameters}
          columns={[
            { title: t('policy.key'), key: 'label', render: (_: unknown, r: Decision['parameters'][number]) => bi(r.label) },
            {
              title: t('policy.region'),
              key: 'region',
              width: 140,
              render: (_: unknown, r: Decision['parameters'][number]) =>
                `${r.region}${r.rowRegion && r.rowRegion !== r.region ? ` ← ${r.rowRegion}` : ''}`,
            },
            {
              title: t('policy.value'),
              key: 'value',
              width: 160,
              render: (_: unknown, r: Decision['parameters'][number]) => (
                <Space size={4}>
                  {r.value === null ? t('policy.noValue') : String(r.value)}
                  {r.illustrative && <Tag color="orange">{t('policy.illustrative')}</Tag>}
                </Space>
              ),
            },
            { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
            { title: t('policy.source'), dataIndex: 'source' },
            { title: t('policy.clauses'), dataIndex: 'clause', width: 110 },
          ]}
        />
      </Card>
    </Space>
  );
}
