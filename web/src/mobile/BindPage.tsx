/**
 * An unbound worker asks to be bound to their registry record (decision 105): ID number, name and a
 * note go to the township office as a request; the page then shows the request's state (waiting, or
 * not confirmed with the officer's reason). Nothing of the record is shown until an officer confirms;
 * then the account is bound and the guard sends the worker on to their benefits.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from './i18n';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import { myBinding, requestBinding, type BindingRequest } from './api';
import { Header, PageTitle, QueryState, useErrorText } from './Shell';

function RequestCard({
  request,
  onCheck,
  onAgain,
  busy,
}: {
  request: BindingRequest;
  onCheck: () => void;
  onAgain: () => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const time = new Date(request.submittedAt).toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
  });
  const rejected = request.status === 'rejected';
  return (
    <section className="m-card" data-testid="m-bind-request" data-status={request.status}>
      <p>
        <strong>{rejected ? t('mobile.bind.rejected') : t('mobile.bind.pending')}</strong>
      </p>
      <p className="m-note">{t('mobile.bind.submittedAt', { time })}</p>
      {rejected && request.reason ? <p data-testid="m-bind-reason">{t('mobile.bind.reason', { reason: request.reason })}</p> : null}
      {rejected ? null : (
        <button type="button" className="m-button" data-testid="m-bind-check" disabled={busy} onClick={onCheck}>
          {t('mobile.bind.check')}
        </button>
      )}
      <button type="button" className="m-button m-button-plain" data-testid="m-bind-again" onClick={onAgain}>
        {t('mobile.bind.again')}
      </button>
    </section>
  );
}

export function BindPage() {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const client = useQueryClient();
  const errorText = useErrorText();
  const state = useQuery({ queryKey: ['mobile', 'binding'], queryFn: myBinding });
  const [editing, setEditing] = useState(false);
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (idNumber.length < 15 || name.trim() === '') return setError(t('mobile.claim.required'));
    setBusy(true);
    setError(null);
    try {
      const answer = await requestBinding(idNumber, name.trim(), note);
      client.setQueryData(['mobile', 'binding'], { bound: false, request: answer.request });
      setSent(true);
      setEditing(false);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  // Once an officer confirms, the session's user carries the record and the guard moves on to /m.
  const check = async () => {
    setBusy(true);
    try {
      await state.refetch();
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const request = state.data?.request ?? null;
  const showRequest = !editing && request !== null && (request.status === 'pending' || request.status === 'rejected');
  return (
    <>
      <Header />
      <main className="m-main" id="m-main">
        <PageTitle text={t('mobile.bind.title')}>{t('mobile.bind.title')}</PageTitle>
        {!state.data ? <QueryState error={state.error} onRetry={() => void state.refetch()} /> : null}
        {sent && showRequest ? (
          <p className="m-note" role="status" data-testid="m-bind-sent">
            {t('mobile.bind.sent')}
          </p>
        ) : null}
        {state.data && showRequest && request ? (
          <RequestCard
            request={request}
            busy={busy}
            onCheck={() => void check()}
            onAgain={() => {
              setSent(false);
              setEditing(true);
            }}
          />
        ) : null}
        {state.data && !showRequest ? (
          <>
            <p className="m-note">{t('mobile.bind.hint')}</p>
            <form onSubmit={(e) => void onSubmit(e)} noValidate>
              <label className="m-field">
                <span className="m-label">{t('mobile.bind.idNumber')}</span>
                <input
                  className="m-input"
                  data-testid="m-id-number"
                  autoComplete="off"
                  maxLength={18}
                  placeholder={t('mobile.bind.idPlaceholder')}
                  value={idNumber}
                  onChange={(e) => setIdNumber(e.target.value.replace(/[^0-9xX]/g, '').toUpperCase())}
                />
              </label>
              <label className="m-field">
                <span className="m-label">{t('mobile.bind.name')}</span>
                <input
                  className="m-input"
                  data-testid="m-name"
                  autoComplete="name"
                  maxLength={50}
                  placeholder={t('mobile.bind.namePlaceholder')}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </label>
              <label className="m-field">
                <span className="m-label">{t('mobile.bind.note')}</span>
                <textarea
                  className="m-input"
                  data-testid="m-bind-note"
                  rows={2}
                  maxLength={500}
                  placeholder={t('mobile.bind.notePlaceholder')}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
              </label>
              {error ? (
                <p className="m-error" role="alert">
                  {error}
                </p>
              ) : null}
              <button type="submit" className="m-button" data-testid="m-bind-submit" disabled={busy}>
                {t('mobile.bind.submit')}
              </button>
            </form>
          </>
        ) : null}
        <p className="m-note">{t('mobile.bind.help')}</p>
      </main>
    </>
  );
}
