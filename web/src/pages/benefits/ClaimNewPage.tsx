/** A new claim lodged by an officer: the person (or an employer's 以工代训), program, facts and evidence. */
import { useState } from 'react';
import { App, Button, Card, Form, Select, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { submitClaim, uploadEvidence } from '../../api/benefits';
import { listPrograms } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { QueryError } from '../../components/QueryError';
import type { FactValue } from '../policy/FactInput';
import { useBilingual } from '../policy/bilingual';
import { FactsFields, givenFacts } from './FactsFields';
import { EnterprisePicker, PersonPicker } from './pickers';

interface Values {
  personId?: string;
  enterpriseId?: string;
  programId?: string;
  asOf?: string | null;
  facts?: Record<string, FactValue>;
}

export function ClaimNewPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  const programId = Form.useWatch('programId', form);
  const program = programs.data?.items.find((p) => p.id === programId);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const claim = await submitClaim({
        programId: v.programId ?? '',
        personId: v.personId ?? '',
        facts: givenFacts(v.facts),
        ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        ...(v.asOf ? { asOf: v.asOf } : {}),
      });
      for (const f of files) if (f.originFileObj) await uploadEvidence(claim.id, f.originFileObj);
      return claim;
    },
    onSuccess: (claim) => {
      void message.success(t('benefits.submitted'));
      void client.invalidateQueries({ queryKey: ['claims'] });
      void navigate(`/claims/${claim.id}`);
    },
    onError: (e) => onError(e, form),
  });

  if (programs.error && !programs.data) return <QueryError error={programs.error} />;
  return (
    <Card title={t('benefits.newClaim')}>
      <Form<Values> form={form} layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 16 }} onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="personId"
          label={t('benefits.person')}
          rules={[{ required: true, message: t('common.required') }]}
          data-testid="claim-person"
        >
          <PersonPicker placeholder={t('benefits.pickPerson')} />
        </Form.Item>
        <Form.Item name="programId" label={t('benefits.program')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            style={{ width: 420 }}
            data-testid="claim-program"
            options={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: bi(p.name) }))}
            onChange={() => form.setFieldValue('facts', {})}
          />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('benefits.enterprise')} extra={t('benefits.enterpriseHint')}>
          <EnterprisePicker />
        </Form.Item>
        <Form.Item name="asOf" label={t('benefits.asOf')}>
          <DateInput />
        </Form.Item>
        {program && <FactsFields program={program} />}
        <Form.Item label={t('benefits.evidence')} extra={t('benefits.evidenceHint')}>
          <Upload
            multiple
            accept=".pdf,.jpg,.jpeg,.png"
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList)}
            data-testid="claim-evidence"
          >
            <Button icon={<UploadOutlined />}>{t('benefits.upload')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item wrapperCol={{ xs: { offset: 0 }, sm: { offset: 6 } }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="claim-submit">
            {t('benefits.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
