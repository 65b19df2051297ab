/** Maps stored rows of the benefits module to domain values (rows never leave the module). */
import './benefits.errors.js';
import type { Selectable } from 'kysely';
import { isFacts, type Decision, type Facts } from '../../policy/index.js';
import type { ClaimEvidenceRow, ClaimReviewRow, ClaimRow, PaymentBatchRow } from './benefits.table.js';
import { isClaimChannel, isClaimStatus, isReviewLevel, type Claim, type ClaimEvidence, type ClaimReview } from './claim.js';
import { isEntryStatus, type PaymentBatch, type PaymentEntry } from './payment.js';
import type { EntryWithStatus } from './payment.repository.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True for a stored engine decision (the fields the module reads are checked). */
export function isDecision(v: unknown): v is Decision {
  return (
    isRecord(v) &&
    typeof v.programId === 'string' &&
    typeof v.asOf === 'string' &&
    typeof v.eligible === 'boolean' &&
    typeof v.amountFen === 'number' &&
    Array.isArray(v.criteria) &&
    Array.isArray(v.values) &&
    typeof v.rulesetVersion === 'string' &&
    Array.isArray(v.parameterSnapshot)
  );
}

/** Parses a stored decision; a malformed one is a broken database, so it throws. */
export function parseDecision(text: string): Decision {
  const v: unknown = JSON.parse(text);
  if (!isDecision(v)) throw new Error('stored claim decision is malformed');
  return v;
}

export function parseFacts(text: string): Facts {
  const v: unknown = JSON.parse(text);
  if (!isFacts(v)) throw new Error('stored claim facts are malformed');
  return v;
}

export function reviewOf(r: Selectable<ClaimReviewRow>): ClaimReview {
  if (!isReviewLevel(r.level)) throw new Error(`unknown review level ${r.level}`);
  return {
    id: r.id,
    level: r.level,
    reviewerId: r.reviewer_id,
    outcome: r.outcome === 'approve' ? 'approve' : 'refuse',
    reason: r.reason,
    at: r.at,
  };
}

export function evidenceOf(r: Selectable<ClaimEvidenceRow>): ClaimEvidence {
  return {
    id: r.id,
    blobHash: r.blob_hash,
    fileName: r.file_name,
    contentType: r.content_type,
    size: Number(r.size),
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}

export function claimOf(r: Selectable<ClaimRow>, reviews: ClaimReview[], evidence: ClaimEvidence[]): Claim {
  if (!isClaimStatus(r.status)) throw new Error(`unknown claim status ${r.status}`);
  if (!isClaimChannel(r.channel)) throw new Error(`unknown claim channel ${r.channel}`);
  return {
    id: r.id,
    number: r.number ?? '',
    province: r.province,
    region: r.region,
    programId: r.program_id,
    personId: r.person_id,
    enterpriseId: r.enterprise_id,
    submittedBy: r.submitted_by,
    channel: r.channel,
    status: r.status,
    asOf: r.as_of,
    facts: parseFacts(r.facts),
    decision: parseDecision(r.decision),
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    reconsiderationUntil: r.reconsideration_until,
    reviews,
    evidence,
  };
}

export function entryOf(r: EntryWithStatus): PaymentEntry {
  if (!isEntryStatus(r.status)) throw new Error(`unknown payment status ${r.status}`);
  return {
    id: r.id,
    number: r.number ?? '',
    claimNumber: r.claim_number ?? '',
    province: r.province,
    claimId: r.claim_id,
    personId: r.person_id,
    programId: r.program_id,
    instalment: r.instalment,
    kind: r.kind === 'reversal' ? 'reversal' : 'payment',
    amountFen: Number(r.amount_fen),
    idempotencyKey: r.idempotency_key,
    familyKey: r.family_key,
    attempt: Number(r.attempt),
    reverses: r.reverses_entry_id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    status: r.status,
    bankReference: r.bank_reference,
    batchId: r.batch_id,
  };
}

export function batchOf(r: Selectable<PaymentBatchRow>): PaymentBatch {
  return {
    id: r.id,
    number: r.number ?? '',
    province: r.province,
    region: r.region,
    entryCount: Number(r.entry_count),
    totalFen: Number(r.total_fen),
    createdBy: r.created_by,
    createdAt: r.created_at,
    reconciledAt: r.reconciled_at,
  };
}

/** True for a unique or primary-key violation on either database (a concurrent writer got there first). */
export function isUniqueViolation(err: unknown): boolean {
  if (!isRecord(err)) return false;
  const code = err.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
