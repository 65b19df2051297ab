/** Record a step on the case: kind, date (today by default) and outcome. */
import { App, Button, Card, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recordableKinds, recordStep, type AssistanceCase, type StepKind } from '../../api/assistance';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { beijingToday } from '../../format/time';

interface Values {
  kind?: StepKind;
  onDate?: string;
  outcome?: string;
}

export function StepForm({ c }: { c: AssistanceCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const hasCategory = c.derivedCategories.length + c.recordedCategories.length > 0;
  const kinds = recordableKinds.filter((k) => k !== 'welfare_post_referral' || hasCategory);
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordStep(c.id, { kind: v.kind ?? 'follow_up', outcome: v.outcome ?? '', ...(v.onDate ? { onDate: v.onDate } : {}) }),
    onSuccess: (r) => {
      client.setQueryData(['assistance', 'case', c.id], r);
      void client.invalidateQueries({ queryKey: ['assistance'] });
      form.resetFields();
      void message.success(t('assistance.recorded'));
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Card title={t('assistance.record')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ onDate: beijingToday() }}
        onFinish={(v) => save.mutate(v)}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="kind"
          label={t('assistance.kind')}
          rules={[{ required: true }]}
          extra={hasCategory ? t('assistance.welfareHint') : undefined}
        >
          <Select data-testid="step-kind" options={kinds.map((k) => ({ value: k, label: t(`assistance.stepKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="onDate" label={t('assistance.onDate')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="outcome" label={t('assistance.outcome')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea maxLength={1000} rows={2} data-testid="step-outcome" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="step-save">
          {t('assistance.record')}
        </Button>
      </Form>
    </Card>
  );
}
