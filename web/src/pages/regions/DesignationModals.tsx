/** Forms to add and to close a priority designation (administrators; the server checks). */
import { Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { beijingToday } from '../../format/time';
import { addDesignation, closeDesignation } from '../../api/regions';
import { useApiErrorHandler } from '../../api/errors';
import { designationKinds, type Designation, type DesignationKind } from '../../api/types';
import { optionsOf } from '../../i18n/labels';

interface AddForm {
  kind: DesignationKind;
  code: string;
  name: string;
  validFrom: string;
  source: string;
}

export function AddDesignationModal({ open, code, onClose }: { open: boolean; code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<AddForm>();
  const add = useMutation({
    mutationFn: (v: AddForm) => addDesignation(v),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['regions'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Modal
      open={open}
      title={t('regions.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ code, kind: 'other', validFrom: beijingToday() }}
        onFinish={(v) => add.mutate(v)}
      >
        <Form.Item name="kind" label={t('regions.kind')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={optionsOf(t, 'designationKinds', designationKinds)} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('regions.code')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: /^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/, message: t('regions.code') },
          ]}
        >
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="validFrom" label={t('regions.validFrom')} rules={[{ required: true, message: t('common.required') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="source" label={t('regions.source')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface CloseForm {
  validTo: string;
  reason: string;
}

export function CloseDesignationModal({ designation, onClose }: { designation: Designation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<CloseForm>();
  const close = useMutation({
    mutationFn: (v: CloseForm) => closeDesignation(designation?.id ?? '', { validTo: v.validTo, reason: v.reason }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['regions'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Modal
      open={designation !== null}
      title={`${t('regions.close')}：${designation?.name ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={close.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ validTo: beijingToday() }} onFinish={(v) => close.mutate(v)}>
        <Form.Item name="validTo" label={t('regions.validTo')} rules={[{ required: true, message: t('common.required') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="reason" label={t('regions.closeReason')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
