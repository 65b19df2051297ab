/** Editing a claim's facts (before review or during reconsideration); saving re-runs the decision on the server. */
import { App, Form, Modal, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateClaimFacts, type Claim } from '../../api/benefits';
import { listPrograms } from '../../api/policy';
import { useApiErrorHandler } from '../../api/errors';
import type { FactValue } from '../policy/FactInput';
import { editableFacts, FactsFields, givenFacts } from './FactsFields';

export function FactsEditModal({ claim, open, onClose }: { claim: Claim; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ facts: Record<string, FactValue> }>();
  const programs = useQuery({ queryKey: ['policy', 'programs'], queryFn: listPrograms, staleTime: 300_000 });
  const program = programs.data?.items.find((p) => p.id === claim.programId);
  const save = useMutation({
    mutationFn: (facts: Record<string, FactValue>) => updateClaimFacts(claim.id, { facts: givenFacts(facts), version: claim.version }),
    onSuccess: (c) => {
      client.setQueryData(['claims', 'one', c.id], c);
      void message.success(t('benefits.factsSaved'));
      onClose();
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Modal
      open={open}
      width={760}
      title={t('benefits.editFacts')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t('benefits.editHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 9 }}
        wrapperCol={{ span: 15 }}
        preserve={false}
        initialValues={{ facts: editableFacts(claim.facts) }}
        onFinish={(v) => save.mutate(v.facts ?? {})}
      >
        {program && <FactsFields program={program} />}
      </Form>
    </Modal>
  );
}
