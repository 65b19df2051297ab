/**
 * Calls and types of the claims and payments routes (src/http/routes/benefits.ts, payments.ts,
 * src/http/schemas/benefits.ts). The stored decision is the engine's explained decision
 * (the same shape as POST /policy/evaluate answers), narrowed by a type guard before use.
 */
import { api, requestBlob, saveBlob } from './client';
import type { Decision } from './policy';
import type { Bilingual, Paged } from './types';

export const claimStatuses = ['submitted', 'township_approved', 'approved', 'paid', 'refused', 'reconsideration_requested', 'refused_final'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export const reviewLevels = ['township', 'county', 'reconsideration'] as const;
export type ReviewLevel = (typeof reviewLevels)[number];
export const entryStatuses = ['pending', 'batched', 'paid', 'failed', 'reversed'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/** `ClaimReviewSchema`. */
export interface ClaimReview {
  id: string;
  level: ReviewLevel;
  reviewerId: string;
  outcome: 'approve' | 'refuse';
  reason: string;
  at: string;
}

/** `ClaimEvidenceSchema`. */
export interface ClaimEvidence {
  id: string;
  blobHash: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

/** `PaymentEntrySchema`: one ledger row (reversals carry a negative amount). */
export interface PaymentEntry {
  id: string;
  province: string;
  claimId: string;
  personId: string;
  programId: string;
  instalment: string;
  kind: 'payment' | 'reversal';
  amountFen: number;
  idempotencyKey: string;
  familyKey: string;
  attempt: number;
  reverses: string | null;
  createdAt: string;
  createdBy: string | null;
  status: EntryStatus;
  bankReference: string | null;
  batchId: string | null;
}

/** `ClaimSchema`. `decision` is typed `unknown` by the server schema; see {@link decisionOf}. */
export interface Claim {
  id: string;
  province: string;
  region: string;
  programId: string;
  personId: string;
  enterpriseId: string | null;
  submittedBy: string;
  /** Display names of the submitter and reviewers by user id (single-claim responses). */
  names?: Record<string, string>;
  channel: 'worker' | 'officer' | 'employer';
  status: ClaimStatus;
  asOf: string;
  facts: Record<string, unknown>;
  decision: unknown;
  version: number;
  createdAt: string;
  updatedAt: string;
  reconsiderationUntil: string | null;
  reviews: ClaimReview[];
  evidence: ClaimEvidence[];
  payments?: PaymentEntry[];
}

/** `PaymentBatchSchema`. */
export interface PaymentBatch {
  id: string;
  province: string;
  entryCount: number;
  totalFen: number;
  createdBy: string | null;
  createdAt: string;
  reconciledAt: string | null;
}

/** The answer of a reconciliation upload. */
export interface ReconciliationResult {
  paid: number;
  failed: number;
  skipped: number;
}

/** A clause of GET /policy/clauses. */
export interface Clause {
  id: string;
  document: Bilingual;
  summary: Bilingual;
  validFrom: string;
  validTo?: string;
}

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && typeof Reflect.get(v, 'zh') === 'string' && typeof Reflect.get(v, 'en') === 'string';
}

/** True when the stored decision has the explained-decision shape (criteria, facts, parameters, citations). */
export function isDecision(v: unknown): v is Decision {
  if (typeof v !== 'object' || v === null) return false;
  return typeof Reflect.get(v, 'eligible') === 'boolean' && typeof Reflect.get(v, 'amountFen') === 'number'
    && isBilingual(Reflect.get(v, 'programName')) && Array.isArray(Reflect.get(v, 'criteria')) && Array.isArray(Reflect.get(v, 'citations'))
    && Array.isArray(Reflect.get(v, 'facts')) && Array.isArray(Reflect.get(v, 'parameters')) && Array.isArray(Reflect.get(v, 'messages'));
}

export interface ClaimQuery {
  level?: ReviewLevel;
  status?: ClaimStatus;
  program?: string;
}

export interface NewClaim {
  programId: string;
  personId: string;
  enterpriseId?: string;
  asOf?: string;
  facts: Record<string, unknown>;
}

export const listClaims = (query: ClaimQuery, page: number, pageSize: number) => api.get<Paged<Claim>>('/claims', { ...query, page, pageSize });
export const getClaim = (id: string) => api.get<Claim>(`/claims/${id}`);
export const submitClaim = (body: NewClaim) => api.post<Claim>('/claims', body);
export const updateClaimFacts = (id: string, body: { facts: Record<string, unknown>; version: number }) => api.put<Claim>(`/claims/${id}/facts`, body);
export const reviewClaim = (id: string, body: { outcome: 'approve' | 'refuse'; reason: string }) => api.post<Claim>(`/claims/${id}/review`, body);
export const requestReconsideration = (id: string, reason: string) => api.post<Claim>(`/claims/${id}/reconsideration`, { reason });
export function uploadEvidence(id: string, file: File): Promise<Claim> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<Claim>(`/claims/${id}/evidence`, form);
}

export const listPayments = (query: { status?: EntryStatus; claimId?: string }, page: number, pageSize: number) => api.get<Paged<PaymentEntry>>('/payments', { ...query, page, pageSize });
export const reversePayment = (id: string, reason: string) => api.post<PaymentEntry>(`/payments/${id}/reverse`, { reason });
export const reissuePayment = (id: string) => api.post<PaymentEntry>(`/payments/${id}/reissue`);
export const listBatches = (page: number, pageSize: number) => api.get<Paged<PaymentBatch>>('/payment-batches', { page, pageSize });
export const createBatch = () => api.post<PaymentBatch>('/payment-batches');
export function uploadReconciliation(batchId: string, file: File): Promise<ReconciliationResult> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<ReconciliationResult>(`/payment-batches/${batchId}/reconciliation`, form);
}
/** Downloads the bank instruction file of a batch. */
export async function downloadBatch(batchId: string): Promise<void> {
  const { blob, fileName } = await requestBlob(`/payment-batches/${batchId}/export`);
  saveBlob(blob, fileName ?? `batch-${batchId}.xlsx`);
}
export const listClauses = () => api.get<{ items: Clause[] }>('/policy/clauses');
