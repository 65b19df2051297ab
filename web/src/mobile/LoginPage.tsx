/** Sign-in by phone and SMS code, with a resend countdown (the server allows one code a minute). */
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import { sendCode, workerLogin } from './api';
import { Header, useErrorText } from './Shell';

const RESEND_SECONDS = 60;
const digitsOnly = (s: string) => s.replace(/\D/g, '');

export function LoginPage() {
  const { t } = useTranslation();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [wait, setWait] = useState(0);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (wait <= 0) return undefined;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  if (me?.user.role === 'worker') return <Navigate to="/m" replace />;

  const phoneOk = /^1[0-9]{10}$/.test(phone);
  const onSend = async () => {
    if (!phoneOk) return setError(t('mobile.login.phoneInvalid'));
    setError(null);
    setBusy(true);
    try {
      await sendCode(phone);
      setSent(true);
      setWait(RESEND_SECONDS);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!phoneOk) return setError(t('mobile.login.phoneInvalid'));
    if (!/^[0-9]{6}$/.test(code)) return setError(t('mobile.login.codeInvalid'));
    setError(null);
    setBusy(true);
    try {
      await workerLogin(phone, code);
      client.removeQueries({ queryKey: ['mobile'] });
      await refresh();
      void navigate('/m', { replace: true });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Header />
      <main className="m-main">
        <h1 className="m-h1">{t('mobile.login.title')}</h1>
        <p className="m-note">{t('mobile.login.hint')}</p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <label className="m-field">
            <span className="m-label">{t('mobile.login.phone')}</span>
            <input
              className="m-input"
              data-testid="m-phone"
              type="tel"
              inputMode="numeric"
              autoComplete="tel"
              maxLength={11}
              placeholder={t('mobile.login.phonePlaceholder')}
              value={phone}
              onChange={(e) => setPhone(digitsOnly(e.target.value))}
            />
          </label>
          <label className="m-field">
            <span className="m-label">{t('mobile.login.code')}</span>
            <span className="m-row">
              <input
                className="m-input"
                data-testid="m-code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                placeholder={t('mobile.login.codePlaceholder')}
                value={code}
                onChange={(e) => setCode(digitsOnly(e.target.value))}
              />
              <button
                type="button"
                className="m-button m-button-plain m-button-side"
                data-testid="m-send-code"
                disabled={busy || wait > 0}
                onClick={() => void onSend()}
              >
                {wait > 0 ? t('mobile.login.resendIn', { seconds: wait }) : t('mobile.login.send')}
              </button>
            </span>
          </label>
          {sent && !error ? (
            <p className="m-ok" role="status">
              {t('mobile.login.sent')}
            </p>
          ) : null}
          {error ? (
            <p className="m-error" role="alert" data-testid="m-login-error">
              {error}
            </p>
          ) : null}
          <button type="submit" className="m-button" data-testid="m-login-submit" disabled={busy}>
            {t('mobile.login.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
