/** The new-account form; the server decides (jurisdiction inside the admin's, unique username). */
import { Form, Input, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiErrorHandler } from '../../api/errors';
import { departments, roles, type UserWithPassword } from '../../api/types';
import { optionsOf } from '../../i18n/labels';

interface NewUserForm {
  username: string;
  displayName: string;
  role: string;
  jurisdiction?: string;
  department?: string;
}

export function CreateUserModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (r: UserWithPassword) => void;
}) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<NewUserForm>();
  const role = Form.useWatch('role', form);
  const create = useMutation({
    mutationFn: (v: NewUserForm) => api.post<UserWithPassword>('/users', { ...v, jurisdiction: v.jurisdiction ?? '' }),
    onSuccess: (r) => {
      form.resetFields();
      onCreated(r);
    },
    onError: (err) => onError(err, form),
  });
  return (
    <Modal
      open={open}
      title={t('users.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} initialValues={{ role: 'township_officer', jurisdiction: '' }}>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameRule')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: /^[A-Za-z0-9_.@-]{3,64}$/, message: t('users.usernameRule') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={optionsOf(t, 'roles', roles)} />
        </Form.Item>
        {role === 'department' && (
          <Form.Item name="department" label={t('users.department')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={optionsOf(t, 'departments', departments)} />
          </Form.Item>
        )}
        <Form.Item
          name="jurisdiction"
          label={t('users.jurisdiction')}
          extra={t('users.jurisdictionRule')}
          rules={[{ pattern: /^[0-9]{0,9}$/, message: t('users.jurisdictionRule') }]}
        >
          <Input inputMode="numeric" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
