/**
 * Claims and their review (pure): the status union, the transition table, the review levels and
 * the reconsideration window. Services consult these tables; nothing here touches the database.
 */
import './benefits.errors.js';
import { addDays } from '../../core/dates.js';
import { defineWorkflow, rulesFromMap } from '../kernel/index.js';
import type { Decision } from '../../policy/index.js';
import type { Facts } from '../../policy/index.js';

/** Where a claim stands. */
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

/**
 * Claims still open before any payment is decided: waiting for a review, or refused and open to
 * reconsideration. A merge moves these to the surviving record (decision 108).
 */
export const openStatuses: readonly ClaimStatus[] = ['submitted', 'township_approved', 'refused', 'reconsideration_requested'];

/** Who lodged the claim. */
export const claimChannels = ['worker', 'officer', 'employer'] as const;
export type ClaimChannel = (typeof claimChannels)[number];

/** The review levels: the township office, the county bureau, and reconsideration after a refusal. */
export const reviewLevels = ['township', 'county', 'reconsideration'] as const;
export type ReviewLevel = (typeof reviewLevels)[number];

export type ReviewOutcome = 'approve' | 'refuse';

/** Every step a claim can take. */
export type ClaimEvent =
  | 'approve_township'
  | 'refuse_township'
  | 'approve_county'
  | 'refuse_county'
  | 'request_reconsideration'
  | 'approve_reconsideration'
  | 'refuse_reconsideration'
  | 'mark_paid';

/** The transition table: from a status, an event leads to exactly one status. */
export const transitions: Readonly<Record<ClaimStatus, Partial<Record<ClaimEvent, ClaimStatus>>>> = {
  submitted: { approve_township: 'township_approved', refuse_township: 'refused' },
  township_approved: { approve_county: 'approved', refuse_county: 'refused' },
  approved: { mark_paid: 'paid' },
  paid: {},
  refused: { request_reconsideration: 'reconsideration_requested' },
  reconsideration_requested: { approve_reconsideration: 'approved', refuse_reconsideration: 'refused_final' },
  refused_final: {},
};

/** The status after an event, or null when the event is not allowed from this status. */
export function nextStatus(from: ClaimStatus, event: ClaimEvent): ClaimStatus | null {
  return transitions[from][event] ?? null;
}

/** The review level that acts on a claim in this status, or null when no review is pending. */
export function pendingLevel(status: ClaimStatus): ReviewLevel | null {
  if (status === 'submitted') return 'township';
  if (status === 'township_approved') return 'county';
  if (status === 'reconsideration_requested') return 'reconsideration';
  return null;
}

/** The status a queue of one level lists. */
export function statusForLevel(level: ReviewLevel): ClaimStatus {
  return level === 'township' ? 'submitted' : level === 'county' ? 'township_approved' : 'reconsideration_requested';
}

/** The event a review outcome at a level fires. */
export function reviewEvent(level: ReviewLevel, outcome: ReviewOutcome): ClaimEvent {
  if (level === 'township') return outcome === 'approve' ? 'approve_township' : 'refuse_township';
  if (level === 'county') return outcome === 'approve' ? 'approve_county' : 'refuse_county';
  return outcome === 'approve' ? 'approve_reconsideration' : 'refuse_reconsideration';
}

/** Claim facts may change (and the decision is re-run) only before anyone has approved or refused. */
export function factsEditable(status: ClaimStatus): boolean {
  return status === 'submitted' || status === 'reconsideration_requested';
}

/** Default period for asking for reconsideration after a refusal (days), unless configured otherwise. */
export const DEFAULT_RECONSIDERATION_DAYS = 60;

/** The last business date on which reconsideration may be requested after a refusal on `refusedOn`. */
export function reconsiderationDeadline(refusedOn: string, days: number): string {
  return addDays(refusedOn, days);
}

/** True when a status is a type guard target. */
export function isClaimStatus(s: string): s is ClaimStatus {
  return (claimStatuses as readonly string[]).includes(s);
}

export function isReviewLevel(s: string): s is ReviewLevel {
  return (reviewLevels as readonly string[]).includes(s);
}

export function isClaimChannel(s: string): s is ClaimChannel {
  return (claimChannels as readonly string[]).includes(s);
}

/** One review as the API shows it. */
export interface ClaimReview {
  id: string;
  level: ReviewLevel;
  reviewerId: string;
  outcome: ReviewOutcome;
  reason: string;
  at: string;
}

/** A piece of evidence attached to a claim. */
export interface ClaimEvidence {
  id: string;
  blobHash: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

/** A claim as services return it (no personal identifiers beyond ids). */
export interface Claim {
  id: string;
  /** The readable number (都安-2026-000123). */
  number: string;
  province: string;
  region: string;
  programId: string;
  personId: string;
  enterpriseId: string | null;
  submittedBy: string;
  channel: ClaimChannel;
  status: ClaimStatus;
  asOf: string;
  facts: Facts;
  decision: Decision;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Present after a refusal: the last business date a reconsideration may be requested. */
  reconsiderationUntil: string | null;
  reviews: ClaimReview[];
  evidence: ClaimEvidence[];
  /** The person's name and masked ID number, for staff lists and pages (absent in the worker's own list). */
  person?: PersonLabel;
}

/** Who a record is for, as lists show it: the name and the masked ID number. */
export interface PersonLabel {
  name: string;
  idNumberMasked: string;
}

/**
 * Claims as a kernel workflow: the transition table above as data, each step one guarded UPDATE
 * (status and version) with its audit entry; a lost race answers `claim_state_changed`.
 */
export const claimWorkflow = defineWorkflow({
  entityType: 'claim',
  table: 'claims',
  states: claimStatuses,
  rules: rulesFromMap(transitions),
  conflictCode: 'claim_state_changed',
  invalidCode: 'claim_not_reviewable',
});
