/**
 * The staff app's frame: a skip link, the side menu by permission (a drawer behind a menu button
 * below 992 px, so the header stays usable at 360 px), the header with jurisdiction (place name),
 * language and the user menu, and the page's single <h1> (see pageTitle.tsx). After each
 * navigation focus moves to that heading and document.title follows it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Typography } from 'antd';
import { ApiOutlined, LogoutOutlined, KeyOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PlaceName } from '../components/PlaceName';
import { labelOf } from '../i18n/labels';
import { activeEntry, GROUP_FROM, navGroupIcons, navGroups, navigation, routeTitleKey, type NavEntry } from './navigation';
import { PageTitleContext } from './pageTitle';

function Brand({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ color: '#fff', padding: compact ? 0 : '16px 20px', fontSize: 18, fontWeight: 600 }}>
      {t('meta.appName')}
      {!compact && <div style={{ fontSize: 12, fontWeight: 400, opacity: 0.85 }}>{t('meta.appSubtitle')}</div>}
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { me, can, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  // Before the first measurement useBreakpoint is empty: treat as wide (the common desk screen).
  const narrow = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [ownTitle, setOwnTitle] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  const active = activeEntry(location.pathname);
  const title = ownTitle ?? t(routeTitleKey(location.pathname));
  useEffect(() => {
    document.title = `${title} · ${t('meta.appName')}`;
  }, [title, t]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setDrawerOpen(false);
    heading.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  const setTitle = useCallback((value: string | undefined) => setOwnTitle(value), []);

  const visible = navigation
    .filter((e) => e.permission === null || can(e.permission))
    .filter((e) => !e.staffOnly || (me?.user.role !== 'employer' && me?.user.role !== 'worker'));
  const entry = (e: NavEntry) => ({ key: e.key, icon: e.icon, label: t(`nav.${e.key}`), onClick: () => void navigate(e.path) });
  // A county officer has some thirty pages: in folding sections, the current page's section open.
  const grouped = visible.length > GROUP_FROM;
  const items = grouped
    ? [
        ...visible.filter((e) => !e.group).map(entry),
        ...navGroups.flatMap((g) => {
          const inGroup = visible.filter((e) => e.group === g);
          return inGroup.length
            ? [{ key: `group-${g}`, icon: navGroupIcons[g], label: t(`nav.groups.${g}`), children: inGroup.map(entry) }]
            : [];
        }),
      ]
    : visible.map(entry);
  const activeGroup = grouped && active?.group ? `group-${active.group}` : null;
  const [openKeys, setOpenKeys] = useState<string[]>(activeGroup ? [activeGroup] : []);
  useEffect(() => {
    if (activeGroup) setOpenKeys((keys) => (keys.includes(activeGroup) ? keys : [...keys, activeGroup]));
  }, [activeGroup]);
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={active ? [active.key] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      forceSubMenuRender
      items={items}
      aria-label={t('nav.menu')}
    />
  );
  const jurisdiction = me?.user.jurisdiction ? <PlaceName code={me.user.jurisdiction} /> : t('nav.nationwide');

  const userMenu = {
    items: [
      ...(screens.md === false
        ? [
            {
              type: 'group' as const,
              key: 'scope',
              label: (
                <>
                  {t('nav.jurisdictionLabel')}
                  {jurisdiction}
                </>
              ),
            },
          ]
        : []),
      { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword'), onClick: () => void navigate('/account/password') },
      { key: 'tokens', icon: <ApiOutlined />, label: t('nav.myTokens'), onClick: () => void navigate('/account/tokens') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), onClick: () => void logout().then(() => navigate('/login')) },
    ],
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-heading" onClick={(e) => (e.preventDefault(), heading.current?.focus())}>
        {t('nav.skipToContent')}
      </a>
      {!narrow && (
        <Layout.Sider width={208} theme="dark" style={{ flex: '0 0 208px' }}>
          <nav aria-label={t('nav.menu')}>
            <Brand />
            {menu}
          </nav>
        </Layout.Sider>
      )}
      {narrow && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          title={t('meta.appName')}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <nav aria-label={t('nav.menu')}>{menu}</nav>
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, lineHeight: '40px', borderBottom: '1px solid #f0f0f0' }}
        >
          {narrow && (
            <Button
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              data-testid="menu-button"
            />
          )}
          {narrow && (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('meta.appName')}
            </Typography.Text>
          )}
          <span style={{ flex: 1 }} />
          {screens.md !== false && (
            <Typography.Text type="secondary" data-testid="jurisdiction">
              {t('nav.jurisdictionLabel')}
              {jurisdiction}
            </Typography.Text>
          )}
          <LanguageSwitch />
          <Dropdown menu={userMenu} trigger={['click']}>
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu" style={{ maxWidth: '100%' }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: narrow ? 120 : 320 }}>
                {me?.user.displayName}
                {screens.sm !== false && <> · {labelOf(t, 'roles', me?.user.role)}</>}
              </span>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content id="main" style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <h1
            id="main-heading"
            className="page-title"
            ref={heading}
            tabIndex={-1}
            style={{ fontSize: 20, fontWeight: 600, margin: '0 0 16px', lineHeight: 1.4 }}
            data-testid="page-title"
          >
            {title}
          </h1>
          <PageTitleContext.Provider value={setTitle}>
            <Outlet />
          </PageTitleContext.Provider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
