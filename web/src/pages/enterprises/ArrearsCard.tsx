/** The malicious-arrears flag: its grounds and date; officers flag or remove it. */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { beijingToday } from '../../format/time';
import { flagArrears, unflagArrears } from '../../api/enterprises';
import { useApiErrorHandler } from '../../api/errors';
import type { Enterprise } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';

interface FlagForm {
  reason: string;
  date?: string | null;
}

export function ArrearsCard({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FlagForm>();
  const flagged = enterprise.arrears.flagged;
  const save = useMutation({
    mutationFn: (v: FlagForm) =>
      flagged ? unflagArrears(enterprise.id, { reason: v.reason }) : flagArrears(enterprise.id, { reason: v.reason, date: v.date ?? '' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['enterprises'] });
      form.resetFields();
      setOpen(false);
    },
    onError: (e) => onError(e, form),
  });
  const a = enterprise.arrears;
  return (
    <Card
      title={t('enterprises.arrears')}
      style={{ marginTop: 16 }}
      extra={
        can('enterprises.flag_arrears') && (
          <Button danger={!flagged} onClick={() => setOpen(true)} data-testid="arrears-toggle">
            {flagged ? t('enterprises.unflag') : t('enterprises.flag')}
          </Button>
        )
      }
    >
      {flagged ? (
        <Alert
          type="error"
          showIcon
          message={t('enterprises.flagged')}
          description={`${t('enterprises.flagDate')}：${a.date ?? ''} · ${t('enterprises.flagReason')}：${a.reason ?? ''}`}
        />
      ) : (
        <Alert type="success" showIcon message={t('enterprises.notFlagged')} />
      )}
      <Modal
        open={open}
        title={flagged ? t('enterprises.unflag') : t('enterprises.flag')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical" initialValues={{ date: beijingToday() }} onFinish={(v) => save.mutate(v)}>
          {!flagged && (
            <Form.Item name="date" label={t('enterprises.flagDate')} rules={[{ required: true, message: t('common.required') }]}>
              <DateInput />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={flagged ? t('enterprises.unflagReason') : t('enterprises.flagReason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
