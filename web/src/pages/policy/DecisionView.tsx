/** The explained decision: outcome, messages, every criterion with pass/fail and clause, facts and parameters used. */
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuan, type Decision } from '../../api/policy';
import { PlaceName } from '../../components/PlaceName';
import { useBilingual } from './bilingual';
import { ClauseTag } from './ClauseTag';
import { useParameterText } from './parameterText';
import { ReasonsCard } from './ReasonsCard';
import { WORDS, valueText } from './words';
import { SourceText } from '../../components/SourceText';

export function DecisionView({ d }: { d: Decision }) {
  const { t, i18n } = useTranslation();
  const bi = useBilingual();
  const paramText = useParameterText();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
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
            <ClauseTag key={c} id={c} />
          ))}
        </Descriptions.Item>
      </Descriptions>
      <ReasonsCard d={d} />
      <Card size="small" title={t('policy.criteria')}>
        {d.criteria.map((c) => (
          <div key={c.id} style={{ paddingLeft: c.depth * 20, lineHeight: '28px' }}>
            <Tag color={c.passed ? 'green' : 'red'}>{c.passed ? t('policy.passed') : t('policy.failed')}</Tag>
            {bi(c.label)} <ClauseTag id={c.clause} notInForce={c.clauseNotInForce === true} />
            {c.exception && (
              <Typography.Text type="secondary">
                {t('policy.via', { label: bi(c.exception.label) })} <ClauseTag id={c.exception.clause} />
              </Typography.Text>
            )}
            {c.values && c.values.length > 0 && (
              <Typography.Text type="secondary">
                {c.detail ? bi(c.detail) : c.values.map((v) => `${bi(v.label)} ${valueText(v, lang)}`).join('；')}
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
              render: (_: unknown, r: Decision['parameters'][number]) => (
                <>
                  <PlaceName code={r.region} short />
                  {r.rowRegion && r.rowRegion !== r.region && (
                    <>
                      {' ← '}
                      {r.rowRegion === 'CN' ? t('policy.national') : <PlaceName code={r.rowRegion} short />}
                    </>
                  )}
                </>
              ),
            },
            {
              title: t('policy.value'),
              key: 'value',
              width: 160,
              render: (_: unknown, r: Decision['parameters'][number]) => (
                <Space size={4}>
                  {paramText(r.key, r.value)}
                  {r.on && (
                    <Typography.Text type="secondary">
                      （{bi(WORDS.resolvedOn)} {valueText({ kind: 'date', value: r.on }, lang)}）
                    </Typography.Text>
                  )}
                  {r.illustrative && <Tag color="orange">{t('policy.illustrative')}</Tag>}
                </Space>
              ),
            },
            { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
            { title: t('policy.source'), dataIndex: 'source', render: (v?: string) => <SourceText value={v} /> },
            {
              title: t('policy.clauses'),
              key: 'clause',
              width: 110,
              render: (_: unknown, r: Decision['parameters'][number]) => (r.clause ? <ClauseTag id={r.clause} /> : null),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
