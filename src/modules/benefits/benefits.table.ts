/** Kysely row types of the benefits module (claims, reviews, evidence, the payment ledger). */
import type { Generated } from 'kysely';

export interface ClaimRow {
  id: string;
  /** The readable number (都安-2026-000123; decision 170); null only before migration 0015 numbered old rows. */
  number: string | null;
  province: string;
  /** The division code whose office handles the claim (jurisdiction queues filter on its prefix). */
  region: string;
  program_id: string;
  person_id: string;
  enterprise_id: string | null;
  /** User id of whoever lodged the claim; copied onto every review row (see claim_reviews). */
  submitted_by: string;
  channel: string;
  status: string;
  /** The decision date. */
  as_of: string;
  /** JSON of the claim facts as given. */
  facts: string;
  /** JSON of the engine's Decision (ruleset version and parameter snapshot included). */
  decision: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** When the claim entered its current status (migration 0028; set by every workflow step), for its clock. */
  status_since: string | null;
  reconsideration_until: string | null;
}

export interface ClaimReviewRow {
  id: string;
  province: string;
  claim_id: string;
  level: string;
  reviewer_id: string;
  /** Copy of claims.submitted_by, held to the claim by a composite foreign key; CHECK reviewer ≠ submitter. */
  submitted_by: string;
  /** The township review (for county) or the refusing review (for reconsideration). */
  prior_review_id: string | null;
  prior_reviewer_id: string | null;
  outcome: string;
  reason: string;
  at: string;
}

export interface ClaimEvidenceRow {
  id: string;
  province: string;
  claim_id: string;
  blob_hash: string;
  file_name: string;
  content_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface PaymentEntryRow {
  id: string;
  /** The readable number (都安-2026-付000045). */
  number: string | null;
  province: string;
  claim_id: string;
  person_id: string;
  program_id: string;
  instalment: string;
  kind: string;
  amount_fen: number;
  idempotency_key: string;
  family_key: string;
  attempt: number;
  reverses_entry_id: string | null;
  created_at: string;
  created_by: string | null;
}

export interface PaymentStatusRow {
  id: Generated<number>;
  province: string;
  entry_id: string;
  status: string;
  batch_id: string | null;
  bank_reference: string | null;
  note: string | null;
  at: string;
  by_user: string | null;
}

export interface PaymentSlotRow {
  family_key: string;
  province: string;
  entry_id: string;
  status: string;
  updated_at: string;
}

export interface PaymentBatchRow {
  id: string;
  /** The readable number (都安-2026-批000007). */
  number: string | null;
  province: string;
  region: string;
  entry_count: number;
  total_fen: number;
  created_by: string | null;
  created_at: string;
  reconciled_at: string | null;
  reconciliation_hash: string | null;
}

export interface PaymentBatchEntryRow {
  entry_id: string;
  batch_id: string;
  province: string;
}

export interface BenefitsTables {
  claims: ClaimRow;
  claim_reviews: ClaimReviewRow;
  claim_evidence: ClaimEvidenceRow;
  payment_entries: PaymentEntryRow;
  payment_status: PaymentStatusRow;
  payment_slots: PaymentSlotRow;
  payment_batches: PaymentBatchRow;
  payment_batch_entries: PaymentBatchEntryRow;
}
