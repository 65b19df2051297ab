/**
 * What-if as a question: "if this program's one or two parameters were …, who in my area would gain
 * or lose it, and what would it cost?" Pick a program, then the parameter(s) to change with new
 * values typed in their own unit (yuan, %, months, a date); the answer is per named place with
 * eligible counts and money before and after. No blank rows to fill: the second parameter and the
 * assumed facts are optional.
 */
import { useClearable } from '../../components/clearable';
import { useState } from 'react';
import { Alert, Button, Card, Collapse, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listPrograms, runWhatIf, type CatalogueProgram, type RegionDelta, type WhatIfResult } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { PercentInput } from '../../components/PercentInput';
import { YuanInput } from '../../components/YuanInput';
import { formatYuan } from '../../format/money';
import { beijingToday } from '../../format/time';
import { useBilingual } from './bilingual';
import { FactInput, type FactValue } from './FactInput';
import { WORDS } from './words';

interface WhatIfForm {
  asOf: string;
  programId: string;
  level: 'province' | 'prefecture' | 'county';
  first: { key: string; value: number | string | null };
  second?: { key?: string; value?: number | string | null };
  assume?: Record<string, FactValue>;
}

/** The registry fills these for everyone; only claim facts can be assumed. */
const REGISTRY_FACTS = new Set([
  'birthDate',
  'migrantWorker',
  'povertyRegistered',
  'hukouRegion',
  'residenceRegion',
  'employmentRegion',
  'insuredRegion',
  'employedNow',
  'contributionMonths',
  'firstInsuredDate',
  'continuousServiceMonths',
  'household',
]);

/** The input for a parameter's new value, in its unit (the form keeps fen, basis points, ISO dates, numbers). */
function ValueInput({
  unit,
  value,
  onChange,
  id,
}: {
  unit?: string;
  value?: number | string | null;
  onChange?: (v: number | string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  if (unit === 'fen') return <YuanInput id={id} value={typeof value === 'number' ? value : null} onChange={(v) => onChange?.(v)} />;
  if (unit === 'bp') return <PercentInput id={id} value={typeof value === 'number' ? value : null} onChange={(v) => onChange?.(v)} />;
  if (unit === 'date') return <DateInput id={id} value={typeof value === 'string' ? value : null} onChange={(v) => onChange?.(v)} />;
  if (unit === 'flag')
    return (
      <Select
        id={id}
        style={{ width: 120 }}
        value={typeof value === 'number' ? value : undefined}
        onChange={(v: number) => onChange?.(v)}
        options={[
          { value: 1, label: t('common.yes') },
          { value: 0, label: t('common.no') },
        ]}
      />
    );
  const suffix = unit === 'months' ? '个月' : unit === 'years' ? '年' : undefined;
  return (
    <InputNumber
      controls={false}
      id={id}
      min={0}
      precision={0}
      suffix={suffix}
      style={{ width: 160 }}
      value={typeof value === 'number' ? value : null}
      onChange={(v) => onChange?.(v)}
    />
  );
}

export function WhatIfPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const bi = useBilingual();
  const onError = useApiErrorHandler();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms });
  const [form] = Form.useForm<WhatIfForm>();
  const programId = Form.useWatch('programId', form);
  const firstKey = Form.useWatch(['first', 'key'], form);
  const secondKey = Form.useWatch(['second', 'key'], form);
  const [result, setResult] = useState<WhatIfResult>();
  const items = programs.data?.items ?? [];
  const program: CatalogueProgram | undefined = items.find((p) => p.id === programId);
  const params = [...new Map((program?.parameters ?? []).map((p) => [p.key, p])).values()];
  const unitOf = (key?: string) => params.find((p) => p.key === key)?.unit;
  const run = useMutation({
    mutationFn: (v: WhatIfForm) => {
      const overrides = [v.first, v.second].flatMap((o) =>
        o?.key && o.value !== undefined && o.value !== null ? [{ key: o.key, region: '', value: o.value }] : [],
      );
      return runWhatIf({
        asOf: v.asOf,
        level: v.level,
        programIds: [v.programId],
        overrides,
        assume: Object.fromEntries(Object.entries(v.assume ?? {}).filter(([, x]) => x !== undefined && x !== null)),
      });
    },
    onSuccess: setResult,
    onError: (e) => onError(e, form),
  });
  const claimFacts = (program?.facts ?? []).filter((f) => !REGISTRY_FACTS.has(f.key));
  const money = (n: number) => formatYuan(n);
  const paramOptions = params.map((p) => ({ value: p.key, label: bi(p.label) }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('policy.whatIf')}>
        <Alert type="info" showIcon message={t('policy.whatIfHint')} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ asOf: beijingToday(), level: 'county' }}
          onValuesChange={(changed: Partial<WhatIfForm>) => {
            if ('programId' in changed) {
              form.setFieldsValue({ first: { key: undefined, value: null }, second: { key: undefined, value: null }, assume: {} });
              setResult(undefined);
            }
            if (changed.first && 'key' in changed.first) form.setFieldValue(['first', 'value'], null);
            if (changed.second && 'key' in changed.second) form.setFieldValue(['second', 'value'], null);
          }}
          onFinish={(v) => run.mutate(v)}
        >
          <Space wrap align="start">
            <Form.Item name="programId" label={bi(WORDS.whatIfProgram)} rules={[{ required: true, message: t('common.required') }]}>
              <Select
                style={{ width: 320, maxWidth: '100%' }}
                data-testid="whatif-program"
                options={items.map((p) => ({ value: p.id, label: bi(p.name) }))}
              />
            </Form.Item>
            <Form.Item name="asOf" label={t('policy.asOf')} rules={[{ required: true, message: t('common.required') }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="level" label={t('policy.level')}>
              <Select
                style={{ width: 120 }}
                options={(['province', 'prefecture', 'county'] as const).map((l) => ({ value: l, label: t(`policy.levels.${l}`) }))}
              />
            </Form.Item>
          </Space>
          {program && (
            <>
              <Typography.Title level={2} style={{ fontSize: 16 }}>
                {bi(WORDS.whatIfParams)}
              </Typography.Title>
              <Typography.Paragraph type="secondary">
                {bi(WORDS.where)}：{bi(WORDS.everywhere)}
              </Typography.Paragraph>
              <Space wrap align="start">
                <Form.Item name={['first', 'key']} label={bi(WORDS.param)} rules={[{ required: true, message: t('common.required') }]}>
                  <Select style={{ width: 300, maxWidth: '100%' }} options={paramOptions} data-testid="whatif-param" />
                </Form.Item>
                <Form.Item name={['first', 'value']} label={bi(WORDS.newValue)} rules={[{ required: true, message: t('common.required') }]}>
                  <ValueInput unit={unitOf(firstKey)} />
                </Form.Item>
              </Space>
              <Space wrap align="start">
                <Form.Item name={['second', 'key']} label={bi(WORDS.secondParam)}>
                  <Select
                    allowClear={clear}
                    style={{ width: 300, maxWidth: '100%' }}
                    options={paramOptions.filter((o) => o.value !== firstKey)}
                  />
                </Form.Item>
                {secondKey && (
                  <Form.Item
                    name={['second', 'value']}
                    label={bi(WORDS.newValue)}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <ValueInput unit={unitOf(secondKey)} />
                  </Form.Item>
                )}
              </Space>
              {claimFacts.length > 0 && (
                <Collapse
                  size="small"
                  items={[
                    {
                      key: 'assume',
                      label: bi(WORDS.assumeOptional),
                      children: claimFacts.map((f) => (
                        <Form.Item key={f.key} name={['assume', f.key]} label={bi(f.label)}>
                          <FactInput fact={f} />
                        </Form.Item>
                      )),
                    },
                  ]}
                />
              )}
            </>
          )}
          <Button type="primary" htmlType="submit" loading={run.isPending} style={{ marginTop: 16 }} data-testid="whatif-run">
            {t('policy.run')}
          </Button>
        </Form>
      </Card>
      {result && (
        <Card title={t('policy.loaded', { count: result.loadedPeople })}>
          <Table<RegionDelta>
            rowKey="region"
            size="small"
            scroll={{ x: 'max-content' }}
            dataSource={result.regions}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('policy.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{result.total.baseEligible}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{result.total.scenarioEligible}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>
                  +{result.total.gaining} / −{result.total.losing}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{money(result.total.baseFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={5}>{money(result.total.scenarioFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={6}>{money(result.total.deltaFen)}</Table.Summary.Cell>
              </Table.Summary.Row>
            )}
            columns={[
              {
                title: t('policy.region'),
                key: 'region',
                render: (_: unknown, r: RegionDelta) =>
                  r.region === 'unknown' ? bi(WORDS.unknownPlace) : <span title={r.region}>{r.regionName}</span>,
              },
              {
                title: `${bi(WORDS.eligibleCount)}（${bi(WORDS.before)}）`,
                dataIndex: 'baseEligible',
              },
              {
                title: `${bi(WORDS.eligibleCount)}（${bi(WORDS.after)}）`,
                dataIndex: 'scenarioEligible',
              },
              {
                title: `${t('policy.gaining')} / ${t('policy.losing')}`,
                key: 'change',
                render: (_: unknown, r: RegionDelta) => `+${r.gaining} / −${r.losing}`,
              },
              { title: `${bi(WORDS.money)}（${bi(WORDS.before)}）`, dataIndex: 'baseFen', render: money },
              { title: `${bi(WORDS.money)}（${bi(WORDS.after)}）`, dataIndex: 'scenarioFen', render: money },
              { title: `${bi(WORDS.money)}（${bi(WORDS.change)}）`, dataIndex: 'deltaFen', render: money },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
