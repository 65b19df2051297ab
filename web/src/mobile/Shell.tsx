/** The frame of the phone pages: a header with the language switch, and three large tabs at the bottom. */
import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import { useTranslation, changeLanguage } from './i18n';
import { plainProblemText } from './plain';
import { setSignedInHint } from './login';
import { forgetAnswers } from './answers';
import { Icon } from './Icon';

/** Title bar: app name, language switch and (when signed in) sign-out. */
export function Header() {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const other = i18n.language === 'en' ? 'zh' : 'en';
  const signOut = async () => {
    setSignedInHint(false);
    forgetAnswers();
    await logout();
    client.removeQueries({ queryKey: ['mobile'] });
    void navigate('/m/login');
  };
  return (
    <header className="m-header">
      <span className="m-header-title">{t('mobile.title')}</span>
      <button
        type="button"
        className="m-header-button"
        data-testid="m-language"
        lang={other === 'en' ? 'en' : 'zh-CN'}
        onClick={() => changeLanguage(other)}
      >
        <Icon name="globe" />
        {t('mobile.switchLanguage')}
      </button>
      {me ? (
        <button type="button" className="m-header-button" onClick={() => void signOut()}>
          <Icon name="logout" />
          {t('mobile.signOut')}
        </button>
      ) : null}
    </header>
  );
}

/**
 * The page's one heading: sets the document title ("page · 务工服务") and takes the focus after a
 * navigation, so a screen reader announces the new page instead of staying on the old link.
 */
export function PageTitle({ children, text }: { children: ReactNode; text: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const appTitle = t('mobile.title');
  useEffect(() => {
    document.title = `${text} · ${appTitle}`;
  }, [text, appTitle]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 className="m-h1" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

/** Header, the page, and the bottom tabs. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const tab = ({ isActive }: { isActive: boolean }) => (isActive ? 'm-tab m-tab-active' : 'm-tab');
  return (
    <>
      <a className="m-skip" href="#m-main">
        {t('mobile.skip')}
      </a>
      <Header />
      <main className="m-main m-main-tabs" id="m-main">
        <Outlet />
      </main>
      <nav className="m-tabs" aria-label={t('mobile.tabs.label')}>
        <NavLink to="/m" end className={tab} data-testid="m-tab-entitlements">
          <Icon name="money" />
          {t('mobile.tabs.entitlements')}
        </NavLink>
        <NavLink to="/m/jobs" className={tab} data-testid="m-tab-jobs">
          <Icon name="list" />
          {i18n.language === 'en' ? 'Jobs' : '找工作'}
        </NavLink>
        <NavLink to="/m/claims" className={tab} data-testid="m-tab-claims">
          <Icon name="list" />
          {t('mobile.tabs.claims')}
        </NavLink>
        <NavLink to="/m/unemployment" className={tab} data-testid="m-tab-unemployment">
          <Icon name="clock" />
          {t('mobile.tabs.unemployment')}
        </NavLink>
        <NavLink to="/m/record" className={tab} data-testid="m-tab-record">
          <Icon name="person" />
          {t('mobile.tabs.record')}
        </NavLink>
      </nav>
    </>
  );
}

/** The message of a failed call in the current language, in plain words. */
export function useErrorText(): (err: unknown) => string {
  const { i18n } = useTranslation();
  return (err: unknown) => plainProblemText(err, i18n.language);
}

/** A loading line, or an error with a retry button, for a query that has not produced data. */
export function QueryState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error)
    return (
      <p className="m-note m-center" role="status">
        {t('mobile.loading')}
      </p>
    );
  return (
    <div className="m-card">
      <p className="m-error" role="alert">
        {text(error)}
      </p>
      <button type="button" className="m-button m-button-plain" onClick={onRetry}>
        <Icon name="refresh" />
        {t('mobile.retry')}
      </button>
    </div>
  );
}
