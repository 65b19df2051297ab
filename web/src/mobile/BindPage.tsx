/** First sign-in: find my registry record by ID number and name, then go to my benefits. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { bindRecord } from './api';
import { Header, useErrorText } from './Shell';

export function BindPage() {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (idNumber.length < 15 || name.trim() === '') return setError(t('mobile.claim.required'));
    setBusy(true);
    setError(null);
    try {
      await bindRecord(idNumber, name.trim());
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
        <h1 className="m-h1">{t('mobile.bind.title')}</h1>
        <p className="m-note">{t('mobile.bind.hint')}</p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <label className="m-field">
            <span className="m-label">{t('mobile.bind.idNumber')}</span>
            <input className="m-input" data-testid="m-id-number" autoComplete="off" maxLength={18} placeholder={t('mobile.bind.idPlaceholder')}
              value={idNumber} onChange={(e) => setIdNumber(e.target.value.replace(/[^0-9xX]/g, '').toUpperCase())} />
          </label>
          <label className="m-field">
            <span className="m-label">{t('mobile.bind.name')}</span>
            <input className="m-input" data-testid="m-name" autoComplete="name" maxLength={50} placeholder={t('mobile.bind.namePlaceholder')}
              value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          {error ? <p className="m-error" role="alert">{error}</p> : null}
          <button type="submit" className="m-button" data-testid="m-bind-submit" disabled={busy}>{t('mobile.bind.submit')}</button>
        </form>
        <p className="m-note">{t('mobile.bind.help')}</p>
      </main>
    </>
  );
}
