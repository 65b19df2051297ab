/** Route guards: signed in (and password changed), and holding a permission. */
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';

/** Sends visitors without a session to /login, and one-time-password holders to /password. */
export function RequireSession() {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spin style={{ display: 'block', marginTop: 120 }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.user.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return <Outlet />;
}

/** Shows the page only to holders of the permission (the server checks again on every call). */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useAuth();
  const { t } = useTranslation();
  if (!can(permission)) return <Result status="403" title="403" subTitle={t('common.notAllowed')} />;
  return <>{children}</>;
}
