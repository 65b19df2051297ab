/** My claims: status in plain words, the refusal reason, and reconsideration within the period. */
import { useRef, useState } from 'react';
import { useTranslation } from './i18n';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { pick as pickMessage } from './text';
import {
  askReconsideration,
  decisionAmountFen,
  decisionProgramName,
  myClaims,
  programs,
  yuanText,
  type Claim,
  type ClaimStatus,
  uploadEvidence,
} from './api';
import { beijingDate, beijingToday } from '../format/time';
import { PageTitle, QueryState, useErrorText } from './Shell';
import { EvidencePicker } from './EvidencePicker';
import { ReadAloud } from './ReadAloud';
import { Icon } from './Icon';
import type { IconName } from './icon-paths';

const badge: Record<ClaimStatus, string> = {
  submitted: 'm-badge m-badge-wait',
  township_approved: 'm-badge m-badge-wait',
  approved: 'm-badge m-badge-yes',
  paid: 'm-badge m-badge-yes',
  refused: 'm-badge m-badge-no',
  reconsideration_requested: 'm-badge m-badge-wait',
  refused_final: 'm-badge m-badge-no',
};

const badgeIcon: Record<ClaimStatus, IconName> = {
  submitted: 'clock',
  township_approved: 'clock',
  approved: 'yes',
  paid: 'money',
  refused: 'no',
  reconsideration_requested: 'clock',
  refused_final: 'no',
};

/** The reason of the latest refusing review, if any. */
function refusalReason(claim: Claim): string | null {
  const refusals = claim.reviews.filter((r) => r.outcome === 'refuse').sort((a, b) => a.at.localeCompare(b.at));
  const last = refusals[refusals.length - 1];
  return last ? last.reason : null;
}

function Reconsider({ claim, today }: { claim: Claim; today: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const until = claim.reconsiderationUntil;
  if (claim.status !== 'refused' || until === null || until < today) return null;
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      // The documents first, so the officer who takes up the request sees them with it.
      for (const file of files) await uploadEvidence(claim.id, file);
      await askReconsideration(claim.id, reason.trim());
      await client.invalidateQueries({ queryKey: ['mobile', 'claims'] });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>{t('mobile.claims.reconsiderUntil', { date: until })}</p>
      {open ? (
        <>
          <label className="m-field">
            <span className="m-label">{t('mobile.claims.reconsiderReason')}</span>
            <textarea
              className="m-input"
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="m-reconsider-reason"
            />
          </label>
          <EvidencePicker files={files} onChange={setFiles} hint={t('mobile.claims.reconsiderDocs')} />
          <button type="button" className="m-button" disabled={busy} onClick={() => void send()} data-testid="m-reconsider-send">
            <Icon name="send" />
            {busy && files.length > 0 ? t('mobile.claim.uploading') : t('mobile.claims.reconsiderSend')}
          </button>
        </>
      ) : (
        <button type="button" className="m-button m-button-plain" onClick={() => setOpen(true)} data-testid="m-reconsider">
          <Icon name="refresh" />
          {t('mobile.claims.reconsider')}
        </button>
      )}
      {error ? (
        <p className="m-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function ClaimCard({ claim, programName, today }: { claim: Claim; programName: string; today: string }) {
  const { t } = useTranslation();
  const amount = decisionAmountFen(claim.decision);
  const refused = claim.status === 'refused' || claim.status === 'refused_final';
  const reason = refused ? refusalReason(claim) : null;
  const ref = useRef<HTMLDivElement>(null);
  return (
    <section className="m-card" data-testid={`m-claim-${claim.id}`} data-status={claim.status}>
      <div ref={ref}>
        <h2 className="m-h2">{programName}</h2>
        {claim.number ? (
          <p className="m-number" data-testid="m-claim-number">
            {t('mobile.claims.number', { number: claim.number })}
          </p>
        ) : null}
        <span className={badge[claim.status]} data-testid="m-claim-status">
          <Icon name={badgeIcon[claim.status]} />
          {t(`mobile.claims.status.${claim.status}`)}
        </span>
        <p className="m-note">{t('mobile.claims.submittedOn', { date: beijingDate(claim.createdAt) })}</p>
        {amount > 0 && !refused ? <p className="m-amount">{t('mobile.claims.amount', { amount: yuanText(amount) })}</p> : null}
        {refused ? (
          <p className="m-error" data-testid="m-refusal-reason">
            {reason ? t('mobile.claims.reason', { reason }) : t('mobile.claims.noReason')}
          </p>
        ) : null}
        {claim.evidence.length > 0 ? <p className="m-note">{t('mobile.claims.evidenceCount', { count: claim.evidence.length })}</p> : null}
      </div>
      <ReadAloud target={ref} testId={`m-read-claim-${claim.id}`} />
      <Reconsider claim={claim} today={today} />
    </section>
  );
}

export function ClaimsPage() {
  const { t, i18n } = useTranslation();
  const claims = useQuery({ queryKey: ['mobile', 'claims'], queryFn: myClaims });
  const catalogue = useQuery({ queryKey: ['mobile', 'programs'], queryFn: programs, staleTime: 600_000 });
  if (!claims.data) return <QueryState error={claims.error} onRetry={() => void claims.refetch()} />;
  const today = beijingToday();
  const nameOf = (c: Claim) => {
    const fromCatalogue = catalogue.data?.items.find((p) => p.id === c.programId)?.name;
    const name = fromCatalogue ?? decisionProgramName(c.decision);
    return name ? pickMessage(name, i18n.language) : c.programId;
  };
  return (
    <div data-testid="m-claims">
      <PageTitle text={t('mobile.claims.title')}>{t('mobile.claims.title')}</PageTitle>
      {claims.data.items.length === 0 ? <p className="m-note">{t('mobile.claims.empty')}</p> : null}
      {claims.data.items.map((c) => (
        <ClaimCard key={c.id} claim={c} programName={nameOf(c)} today={today} />
      ))}
    </div>
  );
}
