/** The staff app's frame: side menu by permission, header with user, language and sign-out. */
import { Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { ApiOutlined, LogoutOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { labelOf } from '../i18n/labels';
import { activeEntry, navigation } from './navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const { me, can, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const items = navigation
    .filter((e) => e.permission === null || can(e.permission))
    .map((e) => ({ key: e.key, icon: e.icon, label: t(`nav.${e.key}`), onClick: () => void navigate(e.path) }));
  const active = activeEntry(location.pathname);
  const scope = me?.user.jurisdiction ? me.user.jurisdiction : t('nav.nationwide');

  const userMenu = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword'), onClick: () => void navigate('/account/password') },
      { key: 'tokens', icon: <ApiOutlined />, label: t('nav.myTokens'), onClick: () => void navigate('/account/tokens') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), onClick: () => void logout().then(() => navigate('/login')) },
    ],
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208} theme="dark">
        <div style={{ color: '#fff', padding: '16px 20px', fontSize: 18, fontWeight: 600 }}>
          {t('meta.appName')}
          <div style={{ fontSize: 12, fontWeight: 400, opacity: 0.75 }}>{t('meta.appSubtitle')}</div>
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={active ? [active.key] : []} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: 24, display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle">
            <Typography.Text type="secondary">{t('nav.jurisdiction', { value: scope })}</Typography.Text>
            <LanguageSwitch />
            <Dropdown menu={userMenu}>
              <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                {me?.user.displayName} · {labelOf(t, 'roles', me?.user.role)}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
