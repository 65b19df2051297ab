/**
 * Filing a wage-arrears complaint from the phone: the employer and site come from my employment
 * record when the registry has it; I say the months and the amount, choose the bureau (my home
 * county first) and send. Evidence photos can be added once it is filed.
 */
import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { parseYuan } from '../../format/money';
import { plainProblemText } from '../plain';
import { Icon } from '../Icon';
import { fileMine, myPrefill } from './api';
import { TEXT, type Lang } from './text';

function thisMonth(): string {
  const beijing = new Date(Date.now() + 8 * 3_600_000);
  return beijing.toISOString().slice(0, 7);
}

export function ComplaintForm({ lang, onFiled }: { lang: Lang; onFiled: (number: string) => void }) {
  const text = TEXT[lang];
  const id = useId();
  const client = useQueryClient();
  const prefill = useQuery({ queryKey: ['mobile', 'complaints', 'prefill'], queryFn: myPrefill });
  const [employer, setEmployer] = useState<string | null>(null);
  const [site, setSite] = useState<string | null>(null);
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [amount, setAmount] = useState('');
  const [office, setOffice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const p = prefill.data;
  const employerName = employer ?? p?.employerName ?? '';
  const siteText = site ?? p?.site ?? '';
  const officeCode = office ?? p?.offices[0]?.code ?? '';
  const fromRegistry = employer === null && Boolean(p?.employerId);

  const submit = async () => {
    setError(null);
    const fen = parseYuan(amount);
    if (fen === null || fen <= 0) {
      setError(text.amountInvalid);
      return;
    }
    if (employerName.trim() === '' || siteText.trim() === '' || !from || !to) {
      setError(text.required);
      return;
    }
    setBusy(true);
    try {
      const filed = await fileMine({
        ...(fromRegistry && p?.employerId ? { employerId: p.employerId } : { employerName: employerName.trim() }),
        ...(!fromRegistry && p?.employerCode ? { employerCode: p.employerCode } : {}),
        site: siteText.trim(),
        periodFrom: from,
        periodTo: to,
        owedFen: fen,
        ...(officeCode ? { officeCode } : {}),
      });
      await client.invalidateQueries({ queryKey: ['mobile', 'complaints'] });
      onFiled(filed.number);
    } catch (err) {
      setError(plainProblemText(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="m-card" data-testid="m-complaint-form">
      <h2 className="m-h2">{text.file}</h2>
      <label className="m-field">
        <span className="m-label">{text.employerName}</span>
        <input className="m-input" value={employerName} onChange={(e) => setEmployer(e.target.value)} data-testid="m-complaint-employer" />
      </label>
      <label className="m-field">
        <span className="m-label">{text.site}</span>
        <input
          className="m-input"
          value={siteText}
          placeholder={text.siteHint}
          onChange={(e) => setSite(e.target.value)}
          data-testid="m-complaint-site"
        />
      </label>
      <label className="m-field">
        <span className="m-label">{text.from}</span>
        <input className="m-input" type="month" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="m-complaint-from" />
      </label>
      <label className="m-field">
        <span className="m-label">{text.to}</span>
        <input className="m-input" type="month" value={to} onChange={(e) => setTo(e.target.value)} data-testid="m-complaint-to" />
      </label>
      <label className="m-field">
        <span className="m-label">{text.amount}</span>
        <input
          className="m-input"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          data-testid="m-complaint-amount"
        />
      </label>
      {p && p.offices.length > 1 ? (
        <>
          <p className="m-label" id={`${id}-office`}>
            {text.office}
          </p>
          <div className="m-choice" role="group" aria-labelledby={`${id}-office`} style={{ flexDirection: 'column' }}>
            {p.offices.map((o) => (
              <button
                key={o.code}
                type="button"
                aria-pressed={officeCode === o.code}
                onClick={() => setOffice(o.code)}
                data-testid={`m-complaint-office-${o.code}`}
              >
                {o.name}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {error ? (
        <p className="m-error" role="alert" data-testid="m-complaint-error">
          {error}
        </p>
      ) : null}
      <button type="button" className="m-button" disabled={busy} onClick={() => void submit()} data-testid="m-complaint-submit">
        <Icon name="send" />
        {busy ? text.sending : text.submit}
      </button>
    </section>
  );
}
