/**
 * An employer lodges a claim (以工代训 and other employer programs) for one of its current
 * employees: the person picker searches the employer's own staff (GET /employer/people), not the
 * registry the account cannot read. The enterprise and the decision date are the server's to set.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { submitClaim, uploadEvidence } from '../../api/benefits';
import { listPrograms } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { RemoteSelect, type RemoteOption } from '../../components/RemoteSelect';
import type { FactValue } from '../policy/FactInput';
import { useBilingual } from '../policy/bilingual';
import { FactsFields, givenFacts } from '../benefits/FactsFields';
import { EMPLOYER_PROGRAMS, listEmployees } from './api';

interface Values {
  personId?: string;
  programId?: string;
  facts?: Record<string, FactValue>;
}

async function findEmployees(q: string): Promise<RemoteOption[]> {
  const page = await listEmployees(q, 1, 20);
  return page.items.map((p) => ({ value: p.id, label: `${p.name} ${p.idNumberMasked}` }));
}

async function employeeLabel(id: string): Promise<string | null> {
  // The employer's own staff list is the only place it may read a name from.
  for (let page = 1; page <= 50; page++) {
    const r = await listEmployees('', page, 200);
    const p = r.items.find((e) => e.id === id);
    if (p) return `${p.name} ${p.idNumberMasked}`;
    if (page * 200 >= r.total) break;
  }
  return null;
}

export function EmployerClaimPage() {
  const { t } = useTranslation();
  const bi = useBilingual();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  const offered = (programs.data?.items ?? []).filter((p) => EMPLOYER_PROGRAMS.includes(p.id));
  const programId = Form.useWatch('programId', form);
  const program = offered.find((p) => p.id === programId);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const claim = await submitClaim({ programId: v.programId ?? '', personId: v.personId ?? '', facts: givenFacts(v.facts) });
      for (const f of files) if (f.originFileObj) await uploadEvidence(claim.id, f.originFileObj);
      return claim;
    },
    onSuccess: (claim) => {
      void message.success(t('portal.employer.submitted'));
      void client.invalidateQueries({ queryKey: ['claims'] });
      void navigate(`/claims/${claim.id}`);
    },
    onError: (e) => onError(e, form),
  });

  if (programs.error && !programs.data) return <QueryError error={programs.error} />;
  return (
    <Card title={t('portal.employer.newClaim')}>
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ xs: { span: 24 }, md: { span: 6 } }}
        wrapperCol={{ xs: { span: 24 }, md: { span: 16 } }}
        initialValues={{ personId: params.get('person') ?? undefined, programId: EMPLOYER_PROGRAMS[0] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="personId"
          label={t('portal.employer.employee')}
          rules={[{ required: true, message: t('common.required') }]}
          data-testid="claim-person"
        >
          <RemoteSelect
            cacheKey="employer-person"
            search={findEmployees}
            labelFor={employeeLabel}
            placeholder={t('portal.employer.pickEmployee')}
            style={{ width: '100%', maxWidth: 420 }}
          />
        </Form.Item>
        <Form.Item name="programId" label={t('portal.employer.program')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            style={{ width: '100%', maxWidth: 420 }}
            data-testid="claim-program"
            options={offered.map((p) => ({ value: p.id, label: bi(p.name) }))}
            onChange={() => form.setFieldValue('facts', {})}
          />
        </Form.Item>
        {program && <FactsFields program={program} />}
        <Form.Item label={t('benefits.evidence')} extra={t('benefits.evidenceHint')}>
          <Upload
            multiple
            accept=".pdf,.jpg,.jpeg,.png"
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button icon={<UploadOutlined />}>{t('benefits.upload')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item wrapperCol={{ md: { offset: 6 } }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="claim-submit">
            {t('portal.employer.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
