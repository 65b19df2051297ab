/** The frame of the phone pages: a header with the language switch, and three large tabs at the bottom. */
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import { changeLanguage } from '../i18n';
import { ApiError } from '../api/client';
import { pickMessage } from '../api/errors';

/** Title bar: app name, language switch and (when signed in) sign-out. */
export function Header() {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const other = i18n.language.startsWith('en') ? 'zh' : 'en';
  const signOut = async () => {
    await logout();
    client.removeQueries({ queryKey: ['mobile'] });
    void navigate('/m/login');
  };
  return (
    <header className="m-header">
      <span className="m-header-title">{t('mobile.title')}</span>
      <button type="button" className="m-header-button" data-testid="m-language" onClick={() => void changeLanguage(other)}>
        {t('mobile.switchLanguage')}
      </button>
      {me ? (
        <button type="button" className="m-header-button" onClick={() => void signOut()}>
          {t('mobile.signOut')}
        </button>
      ) : null}
    </header>
  );
}

/** Header, the page, and the bottom tabs. */
export function Shell() {
  const { t } = useTranslation();
  const tab = ({ isActive }: { isActive: boolean }) => (isActive ? 'm-tab m-tab-active' : 'm-tab');
  return (
    <>
      <Header />
      <main className="m-main m-main-tabs">
        <Outlet />
      </main>
      <nav className="m-tabs">
        <NavLink to="/m" end className={tab} data-testid="m-tab-entitlements">
          {t('mobile.tabs.entitlements')}
        </NavLink>
        <NavLink to="/m/claims" className={tab} data-testid="m-tab-claims">
          {t('mobile.tabs.claims')}
        </NavLink>
        <NavLink to="/m/record" className={tab} data-testid="m-tab-record">
          {t('mobile.tabs.record')}
        </NavLink>
      </nav>
    </>
  );
}

/** The message of a failed call in the current language (server problem, or the thrown error). */
export function useErrorText(): (err: unknown) => string {
  const { i18n } = useTranslation();
  return (err: unknown) => {
    if (err instanceof ApiError) return pickMessage(err.problem.message, i18n.language);
    return err instanceof Error ? err.message : String(err);
  };
}

/** A loading line, or an error with a retry button, for a query that has not produced data. */
export function QueryState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error) return <p className="m-note m-center">{t('mobile.loading')}</p>;
  return (
    <div className="m-card">
      <p className="m-error" role="alert">
        {text(error)}
      </p>
      <button type="button" className="m-button m-button-plain" onClick={onRetry}>
        {t('mobile.retry')}
      </button>
    </div>
  );
}
