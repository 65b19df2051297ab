/**
 * The "try it" form: pick a program and date, enter the facts it needs (or load a registered
 * person's registry facts), see the full explanation with the values behind each reason.
 */
import { useState } from 'react';
import { Button, Card, Form, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { evaluatePolicy, getPersonFacts, listPrograms, type Decision } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import { PersonPicker } from '../benefits/pickers';
import { beijingToday } from '../../format/time';
import { DecisionView } from './DecisionView';
import { FactInput, type FactValue } from './FactInput';
import { useBilingual } from './bilingual';
import { WORDS } from './words';

const today = () => beijingToday();

export function TryPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const onError = useApiErrorHandler();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms });
  const [programId, setProgramId] = useState<string>();
  const [asOf, setAsOf] = useState(today());
  const [form] = Form.useForm<{ facts: Record<string, FactValue> }>();
  const [decision, setDecision] = useState<Decision>();
  const [personId, setPersonId] = useState<string>();
  const [fromRegistry, setFromRegistry] = useState<Set<string>>(new Set());
  const load = useMutation({
    mutationFn: (id: string) => getPersonFacts(id, asOf),
    onSuccess: (r) => {
      form.setFieldsValue({ facts: r.facts });
      setFromRegistry(new Set(r.registryKeys));
      setDecision(undefined);
    },
    onError: (e) => onError(e),
  });
  const run = useMutation({
    mutationFn: (facts: Record<string, FactValue>) => {
      const given = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== null));
      return evaluatePolicy({ programId: programId ?? '', asOf, facts: given });
    },
    onSuccess: setDecision,
    onError: (e) => {
      setDecision(undefined);
      onError(e, form);
    },
  });
  if (programs.error && !programs.data) return <QueryError error={programs.error} />;
  const program = programs.data?.items.find((p) => p.id === programId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('policy.tryIt')}>
        <Typography.Paragraph type="secondary">{t('policy.tryHint')}</Typography.Paragraph>
        <Space wrap>
          <Select
            style={{ width: 320 }}
            placeholder={t('policy.program')}
            aria-label={t('policy.program')}
            value={programId}
            data-testid="try-program"
            onChange={(v: string) => {
              setProgramId(v);
              setDecision(undefined);
              form.resetFields();
              setFromRegistry(new Set());
            }}
            options={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: bi(p.name) }))}
          />
          {t('policy.asOf')}
          <DateInput value={asOf} onChange={(v) => setAsOf(v ?? today())} aria-label={t('policy.asOf')} />
        </Space>
        {program && (
          <div style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary">{bi(WORDS.loadPersonHint)}</Typography.Paragraph>
            <Space wrap>
              <PersonPicker
                value={personId ?? null}
                onChange={setPersonId}
                placeholder={bi(WORDS.loadPerson)}
                aria-label={bi(WORDS.loadPerson)}
                allowClear
                style={{ width: 360, maxWidth: '100%' }}
              />
              <Button
                disabled={!personId}
                loading={load.isPending}
                onClick={() => personId && load.mutate(personId)}
                data-testid="try-load-person"
              >
                {bi(WORDS.loadPerson)}
              </Button>
              {fromRegistry.size > 0 && <Tag color="green">{bi(WORDS.loaded)}</Tag>}
            </Space>
          </div>
        )}
      </Card>
      {program && (
        <Card title={t('policy.facts')}>
          <Form
            form={form}
            layout="horizontal"
            labelCol={{ span: 8 }}
            wrapperCol={{ span: 16 }}
            onFinish={(v) => run.mutate(v.facts ?? {})}
          >
            {program.facts.map((f) => (
              <Form.Item
                key={f.key}
                name={['facts', f.key]}
                label={bi(f.label)}
                extra={fromRegistry.has(f.key) ? bi(WORDS.fromRegistry) : undefined}
              >
                <FactInput fact={f} />
              </Form.Item>
            ))}
            <Form.Item wrapperCol={{ offset: 8 }}>
              <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="try-run">
                {t('policy.evaluate')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
      )}
      {decision && <DecisionView d={decision} />}
    </Space>
  );
}
