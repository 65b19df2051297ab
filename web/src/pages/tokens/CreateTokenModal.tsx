/**
 * Minting a personal API token: a name, a jurisdiction inside one's own, and an optional last day
 * (default and latest: the server's configured lifetime). The secret is shown once afterwards.
 */
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../api/errors';
import { createToken, type MintedToken } from '../../api/tokens';
import { DateInput } from '../../components/DateInput';

interface TokenForm {
  name: string;
  jurisdiction: string;
  /** A last day 'YYYY-MM-DD' (the token ends at the end of that day, Beijing time); empty for the default. */
  expiresAt?: string | null;
}

/** The end of a business day in Asia/Shanghai as an ISO instant. */
function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59.999+08:00`).toISOString();
}

export function CreateTokenModal({
  open,
  jurisdiction,
  onClose,
  onCreated,
}: {
  open: boolean;
  jurisdiction: string;
  onClose: () => void;
  onCreated: (r: MintedToken) => void;
}) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<TokenForm>();
  const create = useMutation({
    mutationFn: (v: TokenForm) =>
      createToken({ name: v.name, jurisdiction: v.jurisdiction, ...(v.expiresAt ? { expiresAt: endOfDay(v.expiresAt) } : {}) }),
    onSuccess: (r) => {
      form.resetFields();
      onCreated(r);
    },
    onError: (err) => onError(err, form),
  });
  return (
    <Modal
      open={open}
      title={t('tokens.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} initialValues={{ jurisdiction, expiresAt: null }}>
        <Form.Item
          name="name"
          label={t('tokens.name')}
          extra={t('tokens.nameHint')}
          rules={[{ required: true, message: t('common.required') }, { max: 100 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="jurisdiction"
          label={t('tokens.scope')}
          extra={t('tokens.scopeHint')}
          rules={[{ pattern: /^[0-9]{0,9}$/, message: t('users.jurisdictionRule') }]}
        >
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('tokens.lastDay')} extra={t('tokens.lastDayHint')}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Shows a new token's secret once; closing forgets it. */
export function TokenSecretModal({ value, onClose }: { value: MintedToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={t('tokens.secretTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('tokens.secretHint')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: value?.token ?? '' }}
        style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
        data-testid="token-secret"
      >
        {value?.token}
      </Typography.Paragraph>
    </Modal>
  );
}
