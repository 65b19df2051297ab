/**
 * The worker's phone pages under /m/: sign-in by phone, binding to the registry record, what I am
 * entitled to, claiming, my claims and my record. Loaded as its own chunk (see routes.tsx), so the
 * staff app does not carry it and a cheap phone downloads only what it shows.
 */
import { useEffect } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { Header, Shell } from './Shell';
import { LoginPage } from './LoginPage';
import { BindPage } from './BindPage';
import { EntitlementsPage } from './EntitlementsPage';
import { ClaimFormPage } from './ClaimFormPage';
import { ClaimsPage } from './ClaimsPage';
import { RecordPage } from './RecordPage';
import './mobile.css';

/** Only a signed-in worker passes; an unbound worker is sent to the binding page first. */
function WorkerGuard() {
  const { me, loading, logout } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  if (loading) return <p className="m-note m-center">{t('mobile.loading')}</p>;
  if (!me) return <Navigate to="/m/login" replace />;
  if (me.user.role !== 'worker') {
    return (
      <>
        <Header />
        <main className="m-main">
          <p className="m-note" data-testid="m-not-worker">
            {t('mobile.login.notWorker')}
          </p>
          <a className="m-button m-button-plain" href="/">
            {t('mobile.login.staffLink')}
          </a>
          <button type="button" className="m-button m-button-plain" onClick={() => void logout()}>
            {t('mobile.signOut')}
          </button>
        </main>
      </>
    );
  }
  const onBind = location.pathname.replace(/\/$/, '') === '/m/bind';
  if (me.user.personId === null && !onBind) return <Navigate to="/m/bind" replace />;
  if (me.user.personId !== null && onBind) return <Navigate to="/m" replace />;
  return <Outlet />;
}

/** The route table of the phone pages (paths relative to /m/). */
export default function MobileApp() {
  // The browser's default 8 px body margin would leave a frame around a 360 px screen.
  useEffect(() => {
    const before = document.body.style.margin;
    document.body.style.margin = '0';
    return () => {
      document.body.style.margin = before;
    };
  }, []);
  return (
    <div className="m-app">
      <Routes>
        <Route path="login" element={<LoginPage />} />
        <Route element={<WorkerGuard />}>
          <Route path="bind" element={<BindPage />} />
          <Route element={<Shell />}>
            <Route index element={<EntitlementsPage />} />
            <Route path="claim/:programId" element={<ClaimFormPage />} />
            <Route path="claims" element={<ClaimsPage />} />
            <Route path="record" element={<RecordPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/m" replace />} />
      </Routes>
    </div>
  );
}
