/**
 * The full explanation of a claim's decision: outcome and amount, every criterion with pass/fail
 * and its clause, the calculation, the facts used (and where each came from), the parameter values
 * used (region, effective date, source, clause) and the cited clauses in full.
 */
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuan, type CatalogueProgram, type Decision } from '../../api/policy';
import { useBilingual } from '../policy/bilingual';
import { CitedClauses, ClauseLink } from './clauses';
import { SourceText } from '../../components/SourceText';

type Param = Decision['parameters'][number];
type Fact = Decision['facts'][number];

export function ClaimExplanation({
  d,
  claimFacts,
  program,
}: {
  d: Decision;
  claimFacts: Record<string, unknown>;
  program?: CatalogueProgram;
}) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const origin = (f: Fact) =>
    f.key === 'startupPaidFen'
      ? t('benefits.fromLedger')
      : Object.prototype.hasOwnProperty.call(claimFacts, f.key) && claimFacts[f.key] === f.value
        ? t('benefits.fromClaim')
        : t('benefits.fromRegistry');
  const shown = (v: number | string | null, unit: string) =>
    v === null ? '—' : typeof v === 'number' && unit === 'fen' ? t('benefits.yuan', { amount: yuan(v) }) : String(v);
  const enumLabel = (f: Fact) => program?.facts.find((x) => x.key === f.key)?.values?.find((x) => x.value === f.value)?.label;
  const factValue = (f: Fact) =>
    typeof f.value === 'boolean' ? (f.value ? t('common.yes') : t('common.no')) : bi(enumLabel(f)) || String(f.value);
  const paramUnit = (key: string) => program?.parameters.find((x) => x.key === key)?.unit ?? '';
  const place = (code: string) => (code === '' || code === 'CN' ? t('policy.national') : code);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="claim-explanation">
      <Alert
        type={d.eligible ? 'success' : 'warning'}
        showIcon
        message={
          <>
            {d.eligible ? t('benefits.eligible') : t('benefits.notEligible')}
            {d.eligible && ` — ${t('benefits.payable', { amount: yuan(d.amountFen) })}`}
          </>
        }
        description={d.messages.map((m, i) => (
          <div key={i}>{bi(m)}</div>
        ))}
      />
      {d.usesIllustrativeValues && <Alert type="info" showIcon message={t('benefits.illustrativeHint')} />}
      <Card size="small" title={t('benefits.criteria')}>
        {d.criteria.map((c) => (
          <div key={c.id} style={{ paddingLeft: c.depth * 20, lineHeight: '30px' }} data-testid="claim-criterion">
            <Tag color={c.passed ? 'green' : 'red'}>{c.passed ? t('policy.passed') : t('policy.failed')}</Tag>
            {bi(c.label)} <ClauseLink id={c.clause} />
            {c.exception && (
              <Typography.Text type="secondary">
                {t('policy.via', { label: bi(c.exception.label) })} <ClauseLink id={c.exception.clause} />
              </Typography.Text>
            )}
          </div>
        ))}
      </Card>
      {d.values.length > 0 && (
        <Card size="small" title={t('benefits.values')}>
          <Descriptions size="small" column={2}>
            {d.values.map((v) => (
              <Descriptions.Item key={v.name} label={bi(v.label)}>
                {shown(v.value, v.unit)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
      <Card size="small" title={t('benefits.factsUsed')}>
        <Table<Fact>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={d.facts}
          columns={[
            { title: t('policy.key'), key: 'label', render: (_v, f) => bi(f.label) },
            { title: t('policy.value'), key: 'value', render: (_v, f) => factValue(f) },
            { title: t('benefits.factOrigin'), key: 'origin', width: 140, render: (_v, f) => <Tag>{origin(f)}</Tag> },
          ]}
        />
      </Card>
      <Card size="small" title={t('benefits.paramsUsed')}>
        <Table<Param>
          rowKey={(r) => `${r.key}@${r.region}`}
          size="small"
          pagination={false}
          dataSource={d.parameters}
          columns={[
            { title: t('policy.key'), key: 'label', width: 260, render: (_v, r) => bi(r.label) },
            {
              title: t('policy.value'),
              key: 'value',
              width: 170,
              render: (_v, r) => (
                <Space size={4} wrap>
                  {r.value === null ? t('policy.noValue') : shown(r.value, paramUnit(r.key))}
                  {r.illustrative && <Tag color="orange">{t('benefits.illustrative')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('policy.region'),
              key: 'region',
              width: 140,
              render: (_v, r) =>
                `${place(r.region)}${r.rowRegion !== undefined && r.rowRegion !== r.region ? ` ← ${place(r.rowRegion)}` : ''}`,
            },
            { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
            {
              title: t('policy.source'),
              dataIndex: 'source',
              render: (v?: string) => <SourceText value={v} small />,
            },
            { title: t('policy.clauses'), key: 'clause', width: 110, render: (_v, r) => (r.clause ? <ClauseLink id={r.clause} /> : null) },
          ]}
        />
      </Card>
      <Typography.Text type="secondary">
        {t('benefits.version')}: <Typography.Text code>{d.rulesetVersion}</Typography.Text>
      </Typography.Text>
      <CitedClauses ids={d.citations} />
    </Space>
  );
}
