/** Change own password; forced after sign-in with a one-time password. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../layout/pageTitle';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../api/client';
import { useApiErrorHandler } from '../../api/errors';
import type { PasswordChanged } from '../../api/tokens';
import { useAuth } from '../../auth/AuthContext';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function PasswordPage() {
  const { t } = useTranslation();
  const { me, refresh } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<PasswordForm>();
  const [busy, setBusy] = useState(false);
  const forced = me?.user.mustChangePassword ?? false;
  // At /password the page stands alone (no frame): it brings its own <main>, <h1> and title.
  const standalone = useLocation().pathname === '/password';
  useDocumentTitle(standalone ? t('password.title') : null);

  const submit = async (v: PasswordForm) => {
    setBusy(true);
    try {
      // The server ends every session and token of the account and gives this browser a new session.
      const r = await api.post<PasswordChanged>('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      if (r.csrfToken) setCsrfToken(r.csrfToken);
      void message.success(t('password.changed'));
      await refresh();
      void navigate('/', { replace: true });
    } catch (err) {
      onError(err, form);
    } finally {
      setBusy(false);
    }
  };

  const card = (
    <Card
      title={
        standalone ? (
          <h1 style={{ fontSize: 18, margin: 0 }} className="page-title">
            {t('password.title')}
          </h1>
        ) : undefined
      }
      style={{ maxWidth: 440, margin: standalone ? '10vh auto' : undefined }}
    >
      {forced && <Alert type="warning" showIcon message={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.next')}
          extra={t('password.rule')}
          rules={[
            { required: true, message: t('common.required') },
            { min: 10, message: t('password.rule') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_r, value: unknown) =>
                value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
  return standalone ? <main style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>{card}</main> : card;
}
