/** The "try it" form: pick a program and date, enter the facts it needs, see the full explanation. */
import { useState } from 'react';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { evaluatePolicy, listPrograms, type Decision } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import { DecisionView } from './DecisionView';
import { FactInput, type FactValue } from './FactInput';
import { useBilingual } from './bilingual';

const today = () => new Date().toISOString().slice(0, 10);

export function TryPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const onError = useApiErrorHandler();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms });
  const [programId, setProgramId] = useState<string>();
  const [asOf, setAsOf] = useState(today());
  const [form] = Form.useForm<{ facts: Record<string, FactValue> }>();
  const [decision, setDecision] = useState<Decision>();
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
  if (programs.error) return <QueryError error={programs.error} />;
  const program = programs.data?.items.find((p) => p.id === programId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('policy.tryIt')}>
        <Typography.Paragraph type="secondary">{t('policy.tryHint')}</Typography.Paragraph>
        <Space wrap>
          <Select
            style={{ width: 320 }}
            placeholder={t('policy.program')}
            value={programId}
            data-testid="try-program"
            onChange={(v: string) => {
              setProgramId(v);
              setDecision(undefined);
              form.resetFields();
            }}
            options={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: bi(p.name) }))}
          />
          {t('policy.asOf')}
          <DateInput value={asOf} onChange={(v) => setAsOf(v ?? today())} />
        </Space>
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
              <Form.Item key={f.key} name={['facts', f.key]} label={bi(f.label)}>
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
