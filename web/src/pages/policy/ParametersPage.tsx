/** Parameter administration: the history per key and region (seed and recorded), and recording a new dated value with its source. */
import { useClearable } from '../../components/clearable';
import { useMemo, useState } from 'react';
import { App, Alert, Button, Card, Checkbox, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addParameter, listParameters, listPrograms, type NewParameter, type Parameter } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import { Instant } from '../../components/Instant';
import { PlaceName } from '../../components/PlaceName';
import { useBilingual } from './bilingual';
import { SourceText } from '../../components/SourceText';

interface AddForm {
  key: string;
  region?: string;
  value: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  source: string;
  illustrative?: boolean;
}

/** Parameter keys with labels and units, from the catalogue. */
export function useParameterKeys() {
  const bi = useBilingual();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms });
  return useMemo(() => {
    const m = new Map<string, { label: string; unit: string }>();
    for (const p of programs.data?.items ?? []) for (const x of p.parameters) m.set(x.key, { label: bi(x.label), unit: x.unit });
    return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, v]) => ({ key, ...v }));
  }, [programs.data, bi]);
}

export function ParametersPage() {
  const { t } = useTranslation();
  const clear = useClearable();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const keys = useParameterKeys();
  const [filter, setFilter] = useState<{ key?: string; region?: string }>({});
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AddForm>();
  const q = useQuery({
    queryKey: ['policy', 'parameters', filter, page],
    queryFn: () => listParameters({ ...filter, page, pageSize: 20 }),
  });
  const unitOf = (key: string | undefined) => keys.find((k) => k.key === key)?.unit;
  const add = useMutation({
    mutationFn: (v: AddForm) => {
      const body: NewParameter = {
        key: v.key,
        region: v.region?.trim() ?? '',
        value: unitOf(v.key) === 'date' ? v.value : Number(v.value),
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo ?? null,
        source: v.source,
        illustrative: v.illustrative === true,
      };
      return addParameter(body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['policy'] });
      void message.success(t('policy.addedOk'));
      form.resetFields();
      setOpen(false);
    },
    onError: (e) => onError(e, form),
  });
  if (q.error && !q.data) return <QueryError error={q.error} />;
  const keyOptions = keys.map((k) => ({ value: k.key, label: `${k.label}（${k.key}, ${k.unit}）` }));
  const labelOfKey = new Map(keys.map((k) => [k.key, k.label]));
  return (
    <Card
      title={t('policy.paramAdmin')}
      extra={
        <Button type="primary" onClick={() => setOpen(true)} data-testid="param-add">
          {t('policy.addValue')}
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear={clear}
          showSearch
          style={{ width: 420 }}
          placeholder={t('policy.filterKey')}
          aria-label={t('policy.filterKey')}
          options={keyOptions}
          onChange={(v?: string) => {
            setPage(1);
            setFilter((f) => ({ ...f, key: v }));
          }}
        />
        <Input.Search
          allowClear={clear}
          style={{ width: 220 }}
          placeholder={t('policy.filterRegion')}
          aria-label={t('policy.filterRegion')}
          onSearch={(v) => {
            setPage(1);
            setFilter((f) => ({ ...f, region: v.trim() === '' ? undefined : v.trim() }));
          }}
        />
      </Space>
      <Table<Parameter>
        rowKey={(r) => r.id ?? `${r.key}@${r.region}@${r.effectiveFrom}@${r.recordedAt}`}
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('policy.key'),
            dataIndex: 'key',
            render: (k: string) => <span title={k}>{labelOfKey.get(k) ?? <code>{k}</code>}</span>,
          },
          {
            title: t('policy.region'),
            dataIndex: 'region',
            width: 140,
            render: (r: string) => (r === 'CN' ? t('policy.national') : <PlaceName code={r} />),
          },
          {
            title: t('policy.value'),
            key: 'value',
            width: 160,
            render: (_: unknown, r) => (
              <Space size={4}>
                {String(r.value)}
                {r.illustrative && <Tag color="orange">{t('policy.illustrative')}</Tag>}
              </Space>
            ),
          },
          { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
          { title: t('policy.effectiveTo'), dataIndex: 'effectiveTo', width: 110 },
          { title: t('policy.recordedAt'), dataIndex: 'recordedAt', width: 170, render: (v: string) => <Instant value={v} /> },
          {
            title: t('policy.origin'),
            dataIndex: 'origin',
            width: 90,
            render: (o: string) => <Tag>{o === 'seed' ? t('policy.originSeed') : t('policy.originRecorded')}</Tag>,
          },
          // The source is the notice as recorded; a seeded "中文 / English" source shows the current language's part.
          { title: t('policy.source'), dataIndex: 'source', render: (v: string) => <SourceText value={v} /> },
        ]}
      />
      <Modal
        open={open}
        title={t('policy.addValue')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        forceRender
      >
        <Alert type="info" showIcon message={t('policy.addHint')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
          <Form.Item name="key" label={t('policy.key')} rules={[{ required: true, message: t('common.required') }]}>
            <Select showSearch options={keyOptions} />
          </Form.Item>
          <Form.Item name="region" label={t('policy.region')} extra={t('policy.regionHint')}>
            <Input inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Form.Item
            name="value"
            label={t('policy.value')}
            extra={t('policy.valueHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('policy.effectiveFrom')} rules={[{ required: true, message: t('common.required') }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('policy.effectiveTo')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="source" label={t('policy.source')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="illustrative" valuePropName="checked">
            <Checkbox>{t('policy.illustrative')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
