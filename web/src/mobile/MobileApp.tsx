/**
 * The worker's phone pages under /m/: sign-in by phone, binding to the registry record, what I am
 * entitled to, claiming, my claims and my record. Their own bundle (web/mobile.html, decision 190):
 * the staff app does not carry them and a cheap phone downloads only what it shows.
 */
import { useEffect, useRef } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation, changeLanguage } from './i18n';
import { useAuth } from '../auth/AuthContext';
import { Header, Shell } from './Shell';
import { renderLogin, setSignedInHint } from './login';
import { Icon } from './Icon';
import { BindPage } from './BindPage';
import { EntitlementsPage } from './EntitlementsPage';
import { ClaimFormPage } from './ClaimFormPage';
import { ClaimsPage } from './ClaimsPage';
import { RecordPage } from './RecordPage';
import { JobsPage } from './jobs/JobsPage';
import { GigsPage } from './gigs/GigsPage';
import { UnemploymentPage } from './unemployment/UnemploymentPage';
import { SharingPage } from './sharing/SharingPage';
import { ComplaintsPage } from './complaints/ComplaintsPage';
import { FairsPage } from './fairs/FairsPage';
import { FairPage } from './fairs/FairPage';

/** The plain-DOM sign-in page (login.ts) inside the React pages, after a sign-out or an expired session. */
function LoginRoute() {
  const { me } = useAuth();
  const ref = useRef<HTMLDivElement>(null);
  const client = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    setSignedInHint(false);
    return renderLogin(node, {
      onSignedIn(fresh) {
        client.removeQueries({ queryKey: ['mobile'] });
        client.setQueryData(['auth', 'me'], fresh);
        void navigate('/m', { replace: true });
      },
      onLanguage: changeLanguage,
    });
  }, [client, navigate]);
  if (me) return <Navigate to="/m" replace />;
  return <div ref={ref} />;
}

/** Only a signed-in worker passes; an unbound worker is sent to the binding page first. */
function WorkerGuard() {
  const { me, loading, logout } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  if (loading)
    return (
      <p className="m-note m-center" role="status">
        {t('mobile.loading')}
      </p>
    );
  if (!me) {
    setSignedInHint(false);
    return <Navigate to="/m/login" replace />;
  }
  if (me.user.role !== 'worker') {
    return (
      <>
        <Header />
        <main className="m-main" id="m-main">
          <h1 className="m-h1">{t('mobile.title')}</h1>
          <p className="m-note" data-testid="m-not-worker">
            {t('mobile.login.notWorker')}
          </p>
          <a className="m-button m-button-plain" href="/">
            {t('mobile.login.staffLink')}
          </a>
          <button type="button" className="m-button m-button-plain" onClick={() => void logout()}>
            <Icon name="logout" />
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
        <Route path="login" element={<LoginRoute />} />
        <Route element={<WorkerGuard />}>
          <Route path="bind" element={<BindPage />} />
          <Route element={<Shell />}>
            <Route index element={<EntitlementsPage />} />
            <Route path="claim/:programId" element={<ClaimFormPage />} />
            <Route path="claims" element={<ClaimsPage />} />
            <Route path="record" element={<RecordPage />} />
            <Route path="jobs" element={<JobsPage />} />
            <Route path="gigs" element={<GigsPage />} />
            <Route path="unemployment" element={<UnemploymentPage />} />
            <Route path="sharing" element={<SharingPage />} />
            <Route path="complaints" element={<ComplaintsPage />} />
            <Route path="fairs" element={<FairsPage />} />
            <Route path="fairs/:id" element={<FairPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/m" replace />} />
      </Routes>
    </div>
  );
}
