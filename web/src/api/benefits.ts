/**
 * Calls and types of the claims and payments routes (src/http/routes/benefits.ts, payments.ts,
 * src/http/schemas/benefits.ts). The stored decision is the engine's explained decision
 * (the same shape as POST /policy/evaluate answers), narrowed by a type guard before use.
 */
import { api, requestBlob, saveBlob } from './client';
import type { Decision } from './policy';
import type { BodyOf, QueryOf, ResponseOf } from './schema';
import type { Bilingual, Paged } from './types';

export const claimStatuses = [
  'submitted',
  'township_approved',
  'approved',
  'paid',
  'refused',
  'reconsideration_requested',
  'refused_final',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export const reviewLevels = ['township', 'county', 'reconsideration'] as const;
export type ReviewLevel = (typeof reviewLevels)[number];
export const entryStatuses = ['pending', 'batched', 'paid', 'failed', 'reversed'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/** `ClaimSchema`. `decision` is typed `unknown` by the server schema; see {@link isDecision}. */
export type Claim = ResponseOf<'/claims/{id}', 'get'>;

/** `ClaimReviewSchema`. */
export type ClaimReview = Claim['reviews'][number];

/** `ClaimEvidenceSchema`. */
export type ClaimEvidence = Claim['evidence'][number];

/** `PaymentEntrySchema`: one ledger row (reversals carry a negative amount). */
export type PaymentEntry = ResponseOf<'/payments/{id}/reverse', 'post'>;

/** `PaymentBatchSchema` with the payments left out of a new batch (payees without a bank account). */
export type NewPaymentBatch = ResponseOf<'/payment-batches', 'post'>;
export type PaymentBatch = Omit<NewPaymentBatch, 'leftOut'>;
export type LeftOutPayment = NewPaymentBatch['leftOut'][number];

/** One batch with its payments and payees (the print view). */
export type PaymentBatchDetail = ResponseOf<'/payment-batches/{id}', 'get'>;

/** Which columns of a bank's result file hold the payment number, the result and the reference (a letter or a header). */
export type ColumnMapping = ReconciliationResult['mapping'];

/** The answer of a reconciliation upload. */
export type ReconciliationResult = ResponseOf<'/payment-batches/{id}/reconciliation', 'post'>;

/** A clause of GET /policy/clauses. */
export type Clause = ResponseOf<'/policy/clauses', 'get'>['items'][number];

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && typeof Reflect.get(v, 'zh') === 'string' && typeof Reflect.get(v, 'en') === 'string';
}

/** True when the stored decision has the explained-decision shape (criteria, facts, parameters, citations). */
export function isDecision(v: unknown): v is Decision {
  if (typeof v !== 'object' || v === null) return false;
  return (
    typeof Reflect.get(v, 'eligible') === 'boolean' &&
    typeof Reflect.get(v, 'amountFen') === 'number' &&
    isBilingual(Reflect.get(v, 'programName')) &&
    Array.isArray(Reflect.get(v, 'criteria')) &&
    Array.isArray(Reflect.get(v, 'citations')) &&
    Array.isArray(Reflect.get(v, 'facts')) &&
    Array.isArray(Reflect.get(v, 'parameters')) &&
    Array.isArray(Reflect.get(v, 'messages'))
  );
}

/** The filters of GET /claims (paging apart). */
export type ClaimQuery = Omit<QueryOf<'/claims', 'get'>, 'page' | 'pageSize'>;

export type NewClaim = BodyOf<'/claims', 'post'>;

export const listClaims = (query: ClaimQuery, page: number, pageSize: number) =>
  api.get<Paged<Claim>>('/claims', { ...query, page, pageSize });
export const getClaim = (id: string) => api.get<Claim>(`/claims/${id}`);
export const submitClaim = (body: NewClaim) => api.post<Claim>('/claims', body);
export const updateClaimFacts = (id: string, body: BodyOf<'/claims/{id}/facts', 'put'>) => api.put<Claim>(`/claims/${id}/facts`, body);
export const reviewClaim = (id: string, body: BodyOf<'/claims/{id}/review', 'post'>) => api.post<Claim>(`/claims/${id}/review`, body);
export const requestReconsideration = (id: string, reason: string) => api.post<Claim>(`/claims/${id}/reconsideration`, { reason });
export function uploadEvidence(id: string, file: File): Promise<Claim> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<Claim>(`/claims/${id}/evidence`, form);
}

export const listPayments = (
  query: { status?: EntryStatus; claimId?: string; personId?: string; batchId?: string },
  page: number,
  pageSize: number,
) => api.get<Paged<PaymentEntry>>('/payments', { ...query, page, pageSize });
export const reversePayment = (id: string, reason: string) => api.post<PaymentEntry>(`/payments/${id}/reverse`, { reason });
export const reissuePayment = (id: string) => api.post<PaymentEntry>(`/payments/${id}/reissue`);
export const listBatches = (page: number, pageSize: number) => api.get<Paged<PaymentBatch>>('/payment-batches', { page, pageSize });
export const createBatch = () => api.post<NewPaymentBatch>('/payment-batches');
export const getBatch = (id: string) => api.get<PaymentBatchDetail>(`/payment-batches/${id}`);
export const listBankMappings = () => api.get<{ items: Array<{ bank: string; mapping: ColumnMapping }> }>('/payment-batches/bank-mappings');
/** Uploads the bank's result file; the bank's name and the column mapping go before the file (the server reads them first). */
export function uploadReconciliation(
  batchId: string,
  file: File,
  options: { bank?: string; mapping?: { number: string; result: string; reference?: string } } = {},
): Promise<ReconciliationResult> {
  const form = new FormData();
  if (options.bank) form.append('bank', options.bank);
  if (options.mapping) {
    form.append('numberColumn', options.mapping.number);
    form.append('resultColumn', options.mapping.result);
    if (options.mapping.reference) form.append('referenceColumn', options.mapping.reference);
  }
  form.append('file', file);
  return api.upload<ReconciliationResult>(`/payment-batches/${batchId}/reconciliation`, form);
}

/** Downloads a list as .xlsx (the same filters as the list; the server names the file). */
export async function downloadSheet(path: string, fallbackName: string, query?: Record<string, string | undefined>): Promise<void> {
  const clean = Object.fromEntries(Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const { blob, fileName } = await requestBlob(path, clean);
  saveBlob(blob, fileName ?? fallbackName);
}
/** Downloads the bank instruction file of a batch. */
export async function downloadBatch(batchId: string): Promise<void> {
  const { blob, fileName } = await requestBlob(`/payment-batches/${batchId}/export`);
  saveBlob(blob, fileName ?? `batch-${batchId}.xlsx`);
}
export const listClauses = () => api.get<{ items: Clause[] }>('/policy/clauses');
