/** Staff sign-in; a one-time password leads straight to the password change. */
import { useState } from 'react';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { useDocumentTitle } from '../../layout/pageTitle';
import { useApiErrorHandler } from '../../api/errors';
import { LanguageSwitch } from '../../components/LanguageSwitch';

interface LoginForm {
  username: string;
  password: string;
}

function fromOf(state: unknown): string {
  const from: unknown = typeof state === 'object' && state !== null ? Reflect.get(state, 'from') : undefined;
  return typeof from === 'string' && from.startsWith('/') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<LoginForm>();
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('login.title'));

  if (me) return <Navigate to={me.user.mustChangePassword ? '/password' : fromOf(location.state)} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    try {
      const fresh = await login(values.username, values.password);
      void navigate(fresh.user.mustChangePassword ? '/password' : fromOf(location.state), { replace: true });
    } catch (err) {
      onError(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5', padding: 12 }}
    >
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <div>
              <div style={{ fontSize: 24, fontWeight: 600 }}>{t('meta.appName')}</div>
              <Typography.Text type="secondary">{t('meta.appSubtitle')}</Typography.Text>
            </div>
            <LanguageSwitch />
          </div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 18 }}>
            {t('login.title')}
          </Typography.Title>
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
            <Form.Item
              name="username"
              htmlFor="login-username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" id="login-username" />
            </Form.Item>
            <Form.Item
              name="password"
              htmlFor="login-password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Link href="/m/login" data-testid="worker-login-link">
            {t('login.workerLink')}
          </Typography.Link>
        </Space>
      </Card>
    </main>
  );
}
