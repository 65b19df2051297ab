/**
 * 欠薪投诉 on the worker's phone (issue 10, point 3; decisions 145–146): my complaints with their
 * status, amounts and history (only my own line of a group complaint), evidence photos, and filing.
 */
import { useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { PageTitle, QueryState } from '../Shell';
import { Icon } from '../Icon';
import { ReadAloud } from '../ReadAloud';
import { plainProblemText } from '../plain';
import { formatYuan } from '../../format/money';
import type { Complaint } from '../../api/complaints';
import { addEvidence, myComplaints } from './api';
import { ComplaintForm } from './ComplaintForm';
import { TEXT, type Lang } from './text';

/** The Beijing date of an instant. */
function beijingDate(at: string): string {
  return new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
}

function ComplaintCard({ item, lang }: { item: Complaint; lang: Lang }) {
  const text = TEXT[lang];
  const ref = useRef<HTMLDivElement>(null);
  const client = useQueryClient();
  const [note, setNote] = useState<string | null>(null);
  const done = item.status === 'resolved' || item.status === 'closed';
  const mine = item.workers[0];
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setNote(null);
    try {
      await addEvidence(item.id, file);
      setNote(text.evidenceDone);
      await client.invalidateQueries({ queryKey: ['mobile', 'complaints'] });
    } catch (err) {
      setNote(plainProblemText(err, lang));
    }
  };
  return (
    <section className="m-card" data-testid="m-complaint" data-status={item.status}>
      <div ref={ref}>
        <span className={done ? 'm-badge m-badge-yes' : item.status === 'rejected' ? 'm-badge m-badge-no' : 'm-badge m-badge-wait'}>
          <Icon name={done ? 'yes' : item.status === 'rejected' ? 'no' : 'clock'} />
          <span data-testid="m-complaint-status">{text.statuses[item.status]}</span>
        </span>
        <dl className="m-dl">
          <div>
            <dt>{text.number}</dt>
            <dd data-testid="m-complaint-number">{item.number}</dd>
          </div>
          <div>
            <dt>{text.employer}</dt>
            <dd>{item.employerName}</dd>
          </div>
          <div>
            <dt>{text.site}</dt>
            <dd>{item.site}</dd>
          </div>
          <div>
            <dt>{text.period}</dt>
            <dd>
              {item.periodFrom} — {item.periodTo}
            </dd>
          </div>
          <div>
            <dt>{text.owed}</dt>
            <dd>{formatYuan(mine?.owedFen ?? item.owedFen)}</dd>
          </div>
          {mine && mine.recoveredFen !== null ? (
            <div>
              <dt>{text.recovered}</dt>
              <dd data-testid="m-complaint-recovered">{formatYuan(mine.recoveredFen)}</dd>
            </div>
          ) : null}
          {item.status === 'filed' ? (
            <div>
              <dt>{text.acceptDue}</dt>
              <dd>{item.acceptDue}</dd>
            </div>
          ) : null}
        </dl>
        {item.events && item.events.length > 0 ? (
          <>
            <h3 className="m-h2">{text.history}</h3>
            <ol data-testid="m-complaint-history">
              {item.events.map((e, i) => (
                <li key={i}>
                  {beijingDate(e.at)} {text.events[e.kind] ?? ''}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
      <ReadAloud target={ref} testId={`m-read-complaint-${item.id}`} />
      {!done && item.status !== 'rejected' ? (
        <label className="m-field">
          <span className="m-label">{text.evidence}</span>
          <input
            className="m-input"
            type="file"
            accept="image/jpeg,image/png,application/pdf"
            onChange={(e) => void upload(e.target.files?.[0])}
            data-testid="m-complaint-evidence"
          />
        </label>
      ) : null}
      {note ? <p className="m-note">{note}</p> : null}
    </section>
  );
}

export function ComplaintsPage() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = TEXT[lang];
  const [filed, setFiled] = useState<string | null>(null);
  const mine = useQuery({ queryKey: ['mobile', 'complaints', 'mine'], queryFn: myComplaints });
  if (!mine.data) return <QueryState error={mine.error} onRetry={() => void mine.refetch()} />;
  const items = mine.data.items;
  return (
    <div data-testid="m-complaints">
      <PageTitle text={text.title}>{text.title}</PageTitle>
      <p className="m-note">{text.intro}</p>
      {filed ? (
        <p className="m-note" role="status" data-testid="m-complaint-filed">
          {text.done}
          {filed}
        </p>
      ) : null}
      <h2 className="m-h2">{text.mine}</h2>
      {items.length === 0 ? <p className="m-note">{text.none}</p> : null}
      {items.map((item) => (
        <ComplaintCard key={item.id} item={item} lang={lang} />
      ))}
      <ComplaintForm lang={lang} onFiled={setFiled} />
    </div>
  );
}
