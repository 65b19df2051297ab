/** The steps an officer may take on a complaint, each asking what it needs in one dialog. */
import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  acceptComplaint,
  complaintStep,
  flagEmployer,
  referToLegalAid,
  rejectComplaint,
  resolveComplaint,
  type Complaint,
} from '../../api/complaints';
import { useApiErrorHandler } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { YuanInput } from '../../components/YuanInput';
import { beijingToday } from '../../format/time';

type Action = 'accept' | 'reject' | 'investigate' | 'mediate' | 'transfer' | 'resolve' | 'close' | 'flag' | 'refer';

interface Values {
  note?: string;
  reason?: string;
  date?: string;
  recovered?: Record<string, number | null>;
  personIds?: string[];
}

/** Which steps the status allows (the server checks again). */
function stepsFor(c: Complaint): Action[] {
  switch (c.status) {
    case 'filed':
      return ['accept', 'reject'];
    case 'accepted':
      return ['investigate', 'transfer'];
    case 'investigating':
      return ['mediate', 'transfer'];
    case 'mediated':
      return ['resolve', 'transfer'];
    case 'transferred':
      return ['resolve'];
    case 'resolved':
      return ['close'];
    default:
      return [];
  }
}

export function ComplaintActions({ complaint: c }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [asking, setAsking] = useState<Action | null>(null);
  const [form] = Form.useForm<Values>();
  const run = useMutation({
    mutationFn: async (a: Action) => {
      const v = form.getFieldsValue();
      if (a === 'accept') return acceptComplaint(c.id, c.version);
      if (a === 'reject') return rejectComplaint(c.id, c.version, v.reason ?? '');
      if (a === 'resolve')
        return resolveComplaint(c.id, {
          version: c.version,
          recovered: c.workers.map((w) => ({ personId: w.personId, recoveredFen: v.recovered?.[w.personId] ?? 0 })),
          ...(v.note ? { note: v.note } : {}),
        });
      if (a === 'flag') return flagEmployer(c.id, { reason: v.reason ?? '', date: v.date ?? beijingToday() });
      if (a === 'refer') {
        await referToLegalAid(c.id, { personIds: v.personIds ?? [], note: v.note ?? '' });
        return null;
      }
      return complaintStep(c.id, a, c.version, v.note);
    },
    onSuccess: (r) => {
      setAsking(null);
      form.resetFields();
      if (r) client.setQueryData(['complaints', 'one', c.id], r);
      void client.invalidateQueries({ queryKey: ['complaints'] });
      void message.success(t('complaints.done'));
    },
    onError: (e) => onError(e, form),
  });
  const open = !['closed', 'rejected'].includes(c.status);
  const extra: Action[] = [...(c.employerId && !c.employerFlagged ? (['flag'] as const) : []), ...(open ? (['refer'] as const) : [])];
  return (
    <>
      <Space wrap style={{ margin: '16px 0' }}>
        {stepsFor(c).map((a, i) => (
          <Button
            key={a}
            type={i === 0 ? 'primary' : 'default'}
            danger={a === 'reject'}
            onClick={() => (a === 'accept' ? run.mutate(a) : setAsking(a))}
            loading={run.isPending && run.variables === a}
            data-testid={`complaint-${a}`}
          >
            {t(`complaints.actions.${a}`)}
          </Button>
        ))}
        {extra.map((a) => (
          <Button key={a} danger={a === 'flag'} onClick={() => setAsking(a)} data-testid={`complaint-${a}`}>
            {t(`complaints.actions.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? t(`complaints.actions.${asking}`) : ''}
        onCancel={() => setAsking(null)}
        onOk={() => void form.validateFields().then(() => asking && run.mutate(asking))}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ date: beijingToday(), personIds: c.workers.map((w) => w.personId) }}>
          {(asking === 'reject' || asking === 'flag') && (
            <Form.Item name="reason" label={t('complaints.reason')} rules={[{ required: true }]}>
              <Input.TextArea maxLength={500} />
            </Form.Item>
          )}
          {asking === 'flag' && (
            <Form.Item name="date" label={t('complaints.date')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
          )}
          {asking === 'resolve' &&
            c.workers.map((w) => (
              <Form.Item
                key={w.personId}
                name={['recovered', w.personId]}
                label={`${t('complaints.recovered')} · ${w.name}`}
                rules={[{ required: true }]}
                data-testid={`recovered-${w.personId}`}
              >
                <YuanInput />
              </Form.Item>
            ))}
          {asking === 'refer' && (
            <Form.Item name="personIds" label={t('complaints.workers')} rules={[{ required: true }]}>
              <Checkbox.Group options={c.workers.map((w) => ({ value: w.personId, label: w.name }))} />
            </Form.Item>
          )}
          {asking && !['reject', 'flag'].includes(asking) && (
            <Form.Item name="note" label={t('complaints.note')} rules={[{ required: asking === 'transfer' || asking === 'refer' }]}>
              <Input.TextArea maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
