/** What-if: hypothetical parameter values → per region, people gaining or losing eligibility and the change in cost. */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listPrograms, runWhatIf, yuan, type RegionDelta, type WhatIfResult } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { useBilingual } from './bilingual';
import { FactInput, type FactValue } from './FactInput';
import { useParameterKeys } from './ParametersPage';

interface WhatIfForm {
  asOf: string;
  programIds?: string[];
  level: 'province' | 'prefecture' | 'county';
  overrides?: { key: string; region?: string; value: string }[];
  assume?: Record<string, FactValue>;
}

const today = () => new Date().toISOString().slice(0, 10);

export function WhatIfPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const onError = useApiErrorHandler();
  const keys = useParameterKeys();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms });
  const [form] = Form.useForm<WhatIfForm>();
  const chosen = Form.useWatch('programIds', form);
  const [result, setResult] = useState<WhatIfResult>();
  const run = useMutation({
    mutationFn: (v: WhatIfForm) =>
      runWhatIf({
        asOf: v.asOf,
        level: v.level,
        programIds: v.programIds?.length ? v.programIds : undefined,
        overrides: (v.overrides ?? []).map((o) => ({
          key: o.key,
          region: o.region?.trim() ?? '',
          value: keys.find((k) => k.key === o.key)?.unit === 'date' ? o.value : Number(o.value),
        })),
        assume: Object.fromEntries(Object.entries(v.assume ?? {}).filter(([, x]) => x !== undefined && x !== null)),
      }),
    onSuccess: setResult,
    onError: (e) => onError(e, form),
  });
  const items = programs.data?.items ?? [];
  const selected = chosen?.length ? items.filter((p) => chosen.includes(p.id)) : items;
  const registryFacts = new Set([
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
  ]);
  const claimFacts = [
    ...new Map(
      selected
        .flatMap((p) => p.facts)
        .filter((f) => !registryFacts.has(f.key))
        .map((f) => [f.key, f]),
    ).values(),
  ];
  const money = (n: number) => t('policy.yuan', { amount: yuan(n) });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('policy.whatIf')}>
        <Alert type="info" showIcon message={t('policy.whatIfHint')} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ asOf: today(), level: 'county', overrides: [{ key: undefined, region: '', value: '' }] }}
          onFinish={(v) => run.mutate(v)}
        >
          <Space wrap align="start">
            <Form.Item name="asOf" label={t('policy.asOf')} rules={[{ required: true, message: t('common.required') }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="programIds" label={t('policy.programs')}>
              <Select
                mode="multiple"
                allowClear
                style={{ minWidth: 320 }}
                placeholder={t('policy.allPrograms')}
                options={items.map((p) => ({ value: p.id, label: bi(p.name) }))}
              />
            </Form.Item>
            <Form.Item name="level" label={t('policy.level')}>
              <Select
                style={{ width: 120 }}
                options={(['province', 'prefecture', 'county'] as const).map((l) => ({ value: l, label: t(`policy.levels.${l}`) }))}
              />
            </Form.Item>
          </Space>
          <Typography.Title level={5}>{t('policy.overrides')}</Typography.Title>
          <Form.List name="overrides">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'key']} rules={[{ required: true, message: t('common.required') }]}>
                      <Select
                        showSearch
                        style={{ width: 380 }}
                        placeholder={t('policy.key')}
                        options={keys.map((k) => ({ value: k.key, label: `${k.label}（${k.key}）` }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'region']}>
                      <Input style={{ width: 130 }} placeholder={t('policy.region')} maxLength={6} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'value']} rules={[{ required: true, message: t('common.required') }]}>
                      <Input style={{ width: 150 }} placeholder={t('policy.value')} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ region: '', value: '' })}>
                  {t('policy.addOverride')}
                </Button>
              </>
            )}
          </Form.List>
          {claimFacts.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('policy.assume')}
              </Typography.Title>
              {claimFacts.map((f) => (
                <Form.Item key={f.key} name={['assume', f.key]} label={bi(f.label)}>
                  <FactInput fact={f} />
                </Form.Item>
              ))}
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
            dataSource={result.regions}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('policy.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{result.total.people}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{result.total.gaining}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{result.total.losing}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{money(result.total.baseFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={5}>{money(result.total.scenarioFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={6}>{money(result.total.deltaFen)}</Table.Summary.Cell>
              </Table.Summary.Row>
            )}
            columns={[
              { title: t('policy.region'), dataIndex: 'region' },
              { title: t('policy.people'), dataIndex: 'people' },
              { title: t('policy.gaining'), dataIndex: 'gaining' },
              { title: t('policy.losing'), dataIndex: 'losing' },
              { title: t('policy.baseCost'), dataIndex: 'baseFen', render: money },
              { title: t('policy.scenarioCost'), dataIndex: 'scenarioFen', render: money },
              { title: t('policy.delta'), dataIndex: 'deltaFen', render: money },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
