/** One program: criteria in plain language with clauses, the facts it needs, and parameter values per demo region with sources. */
import { useState } from 'react';
import { Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getProgram, type CatalogueFact, type RegionalValue } from '../../api/policy';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import { CriteriaTree } from './CriteriaTree';
import { useBilingual } from './bilingual';
import { SourceText } from '../../components/SourceText';
import { labelOf } from '../../i18n/labels';
import { useParameterText } from './parameterText';

const today = () => new Date().toISOString().slice(0, 10);

export function ProgramDetailPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const paramText = useParameterText();
  const { id = '' } = useParams();
  const [asOf, setAsOf] = useState(today());
  const q = useQuery({ queryKey: ['policy', 'program', id, asOf], queryFn: () => getProgram(id, asOf) });
  if (q.error && !q.data) return <QueryError error={q.error} />;
  const p = q.data;
  if (!p) return <Card loading />;
  const label = (key: string) => bi(p.parameters.find((x) => x.key === key)?.label);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={bi(p.name)}
        extra={
          <Space>
            {t('policy.asOf')}
            <DateInput value={asOf} onChange={(v) => setAsOf(v ?? today())} aria-label={t('policy.asOf')} />
          </Space>
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('policy.summary')}>{bi(p.summary)}</Descriptions.Item>
          <Descriptions.Item label={t('policy.payer')}>{bi(p.payer)}</Descriptions.Item>
          <Descriptions.Item label={t('policy.amount')}>{bi(p.amount)}</Descriptions.Item>
          {p.values.map((v) => (
            <Descriptions.Item key={v.name} label={bi(v.label)}>
              {bi(v.rule)}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('policy.version')}>
            <Typography.Text code>{p.rulesetVersion}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('policy.criteria')}>
        <CriteriaTree root={p.criteria} />
      </Card>
      <Card title={t('policy.facts')}>
        <Table<CatalogueFact>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={p.facts}
          columns={[
            { title: t('policy.key'), key: 'label', render: (_: unknown, f) => bi(f.label) },
            { title: t('policy.factType'), dataIndex: 'type', width: 110, render: (v: string) => labelOf(t, 'factTypes', v) },
            {
              title: t('policy.value'),
              key: 'values',
              render: (_: unknown, f) =>
                f.values?.map((v) => <Tag key={v.value}>{bi(v.label)}</Tag>) ?? (f.range ? `${f.range[0]} – ${f.range[1]}` : ''),
            },
          ]}
        />
      </Card>
      <Card title={t('policy.parameters')}>
        <Table<RegionalValue>
          rowKey={(r) => `${r.key}@${r.region}`}
          size="small"
          pagination={false}
          dataSource={p.parameterValues}
          data-testid="policy-param-values"
          columns={[
            { title: t('policy.key'), key: 'key', render: (_: unknown, r) => <Tooltip title={r.key}>{label(r.key)}</Tooltip> },
            { title: t('policy.region'), key: 'region', width: 180, render: (_: unknown, r) => bi(r.regionName) },
            {
              title: t('policy.value'),
              key: 'value',
              width: 200,
              render: (_: unknown, r) =>
                r.value === null ? (
                  <Typography.Text type="secondary">{t('policy.noValue')}</Typography.Text>
                ) : (
                  <Space size={4}>
                    {paramText(r.key, r.value)}
                    {r.rowRegion && r.rowRegion !== r.region && (
                      <Typography.Text type="secondary">
                        {t('policy.inherited', { region: r.rowRegion === 'CN' ? t('policy.national') : r.rowRegion })}
                      </Typography.Text>
                    )}
                    {r.illustrative && (
                      <Tooltip title={t('policy.illustrativeHint')}>
                        <Tag color="orange">{t('policy.illustrative')}</Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
            },
            { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120 },
            { title: t('policy.source'), dataIndex: 'source', render: (v?: string) => <SourceText value={v} /> },
          ]}
        />
      </Card>
      <Card title={t('policy.clauses')}>
        {p.clauses.map((c) => (
          <p key={c.id}>
            <Tag color="blue">{c.id}</Tag>
            {bi(c.document)} — {bi(c.summary)} {c.inferred && <Tag color="orange">{t('policy.inferred')}</Tag>}
          </p>
        ))}
      </Card>
    </Space>
  );
}
