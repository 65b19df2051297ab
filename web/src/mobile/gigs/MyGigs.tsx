/** My gig sign-ups on the phone: the steps that are mine (withdraw, confirm or dispute the record, rate, report). */
import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useErrorText } from '../Shell';
import { gigsApi, gigYuan, type MyGig, type ReportReason } from '../../api/gigs';
import { fill, GIG_TEXT, type GigLang } from './text';

const REASONS: ReportReason[] = ['unpaid', 'underpaid', 'unsafe', 'harassment', 'false_information', 'other'];

function MyGigCard({ item, lang }: { item: MyGig; lang: GigLang }) {
  const text = GIG_TEXT[lang];
  const client = useQueryClient();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [open, setOpen] = useState<'dispute' | 'report' | null>(null);
  const [words, setWords] = useState('');
  const [reason, setReason] = useState<ReportReason>('unpaid');
  const [comment, setComment] = useState('');
  const run = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await work();
      setOpen(null);
      setWords('');
      if (done) setNote(done);
      await client.invalidateQueries({ queryKey: ['mobile', 'gigs'] });
    } catch (err) {
      setError(errorText(err));
    }
  };
  const button = (label: string, onClick: () => void, testId: string, plain = false): ReactNode => (
    <button type="button" className={plain ? 'm-button m-button-plain' : 'm-button'} onClick={onClick} data-testid={testId}>
      {label}
    </button>
  );
  const finished = item.status === 'completed' || item.status === 'disputed';
  return (
    <li className="m-card" data-testid="m-my-gig" data-status={item.status}>
      <h3 className="m-h2">{item.task.title}</h3>
      <p>
        {item.task.startDate} · {item.task.enterpriseName}
      </p>
      <p>
        <strong>{text.statuses[item.status]}</strong>
      </p>
      {item.daysWorked !== null && item.paidFen !== null ? (
        <p data-testid="m-my-gig-record">{fill(text.record, { d: item.daysWorked, p: gigYuan(item.paidFen) })}</p>
      ) : null}
      {item.status === 'signed_up'
        ? button(text.withdraw, () => void run(() => gigsApi.step(item.id, 'withdraw', item.version)), 'm-gig-withdraw', true)
        : null}
      {item.status === 'recorded' ? (
        <div className="m-choice">
          {button(text.accept, () => void run(() => gigsApi.step(item.id, 'accept', item.version)), 'm-gig-accept')}
          {button(text.dispute, () => setOpen('dispute'), 'm-gig-dispute', true)}
        </div>
      ) : null}
      {finished && item.workerRating === null ? (
        <fieldset className="m-card" style={{ border: 'none', padding: 0 }}>
          <legend className="m-label">{text.rateIt}</legend>
          <label className="m-field">
            <span className="m-label">{text.comment}</span>
            <input className="m-input" value={comment} maxLength={300} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className="m-choice">
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                type="button"
                className="m-button m-button-plain"
                onClick={() => void run(() => gigsApi.rate(item.id, n, comment.trim() || undefined))}
                data-testid={`m-gig-rate-${n}`}
              >
                {fill(text.star, { n })}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      {item.workerRating !== null ? <p data-testid="m-gig-rated">{fill(text.rated, { n: item.workerRating })}</p> : null}
      {finished || item.status === 'confirmed' ? button(text.report, () => setOpen('report'), 'm-gig-report', true) : null}
      {open !== null ? (
        <div className="m-card">
          {open === 'report' ? (
            <label className="m-field">
              <span className="m-label">{text.reportReason}</span>
              <select className="m-input" value={reason} onChange={(e) => setReason(e.target.value as ReportReason)}>
                {REASONS.map((r) => (
                  <option key={r} value={r}>
                    {text.reasons[r]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="m-field">
            <span className="m-label">{open === 'report' ? text.reportDetail : text.disputeReason}</span>
            <textarea className="m-input" value={words} maxLength={500} rows={3} onChange={(e) => setWords(e.target.value)} />
          </label>
          {button(
            text.send,
            () =>
              void run(
                () => (open === 'report' ? gigsApi.report(item.id, reason, words) : gigsApi.dispute(item.id, item.version, words)),
                open === 'report' ? text.reported : undefined,
              ),
            'm-gig-send',
          )}
        </div>
      ) : null}
      {note ? (
        <p className="m-note" role="status">
          {note}
        </p>
      ) : null}
      {error ? (
        <p className="m-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function MyGigs({ items, lang }: { items: MyGig[] | undefined; lang: GigLang }) {
  const text = GIG_TEXT[lang];
  return (
    <>
      <h2 className="m-h2">{text.mine}</h2>
      {items === undefined ? null : items.length === 0 ? (
        <p className="m-note">{text.noMine}</p>
      ) : (
        <ul className="m-list" style={{ listStyle: 'none', padding: 0 }} data-testid="m-my-gigs">
          {items.map((s) => (
            <MyGigCard key={s.id} item={s} lang={lang} />
          ))}
        </ul>
      )}
      <a className="m-button m-button-plain" href={gigsApi.myHistoryFile} download data-testid="m-gig-history">
        {text.history}
      </a>
    </>
  );
}
