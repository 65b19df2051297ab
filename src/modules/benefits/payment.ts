/**
 * The payment ledger's vocabulary (pure): instalments, family keys, entry and status kinds, and the
 * plan of payment instructions an approved decision creates.
 */
import type { Decision } from '../../policy/index.js';

/** Entry kinds: a payment, or a reversing entry (negative amount) that corrects one. Never edits. */
export type EntryKind = 'payment' | 'reversal';

/** Status events appended for an entry: created, sent in a batch, and the bank's answer. */
export const entryStatuses = ['pending', 'batched', 'paid', 'failed', 'reversed'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/** Slot status: the one payment in effect for a family, or a freed slot that may be re-issued. */
export type SlotStatus = 'pending' | 'paid' | 'failed' | 'reversed';

export function isEntryStatus(s: string): s is EntryStatus {
  return (entryStatuses as readonly string[]).includes(s);
}

/** One payment instruction to create. */
export interface PlannedPayment {
  instalment: string;
  amountFen: number;
}

/** person|program|instalment: at most one payment in effect per family (the slot's key). */
export function familyKey(personId: string, programId: string, instalment: string): string {
  return `${personId}|${programId}|${instalment}`;
}

/** The idempotency key of an attempt: the family key, with `#n` from the second attempt on. */
export function attemptKey(family: string, attempt: number): string {
  return attempt <= 1 ? family : `${family}#${attempt}`;
}

/** 'YYYY-MM' of the month `i` months after the month of `date`. */
export function periodAfter(date: string, i: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + i;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** Programs paid as the start-up subsidy: an advance and a balance. */
const INSTALMENT_PROGRAMS = new Set(['entrepreneurship-subsidy']);
/** Programs paid per worker-month claimed by an employer: one entry for the claim's month. */
const MONTH_OF_CLAIM_PROGRAMS = new Set(['on-the-job-training']);

/**
 * The payment instructions for an eligible decision:
 * - monthly benefits (the decision grants `months` × `monthlyFen`): one entry per month from the
 *   decision's month;
 * - the start-up subsidy: 'advance' (instalment 1) or 'balance' (instalment 2) of the payable amount;
 * - 以工代训: the claim's month;
 * - everything else: 'once'.
 * An ineligible decision or a zero amount plans nothing.
 */
export function planPayments(d: Decision): PlannedPayment[] {
  if (!d.eligible || d.amountFen <= 0) return [];
  if (d.months !== undefined && d.monthlyFen !== undefined && d.months > 0 && d.monthlyFen > 0) {
    const out: PlannedPayment[] = [];
    for (let i = 0; i < d.months; i++) out.push({ instalment: periodAfter(d.asOf, i), amountFen: d.monthlyFen });
    return out;
  }
  if (INSTALMENT_PROGRAMS.has(d.programId)) return [{ instalment: d.instalment === 2 ? 'balance' : 'advance', amountFen: d.amountFen }];
  if (MONTH_OF_CLAIM_PROGRAMS.has(d.programId)) return [{ instalment: d.asOf.slice(0, 7), amountFen: d.amountFen }];
  return [{ instalment: 'once', amountFen: d.amountFen }];
}

/** The decision's named full amount (the start-up subsidy's ceiling), when it has one. */
export function fullAmountOf(d: Decision): number | null {
  const v = d.values.find((x) => x.name === 'fullAmount');
  return v && typeof v.value === 'number' ? v.value : null;
}

/** One ledger entry as services return it. */
export interface PaymentEntry {
  id: string;
  /** The readable number (都安-2026-付000045). */
  number: string;
  /** The readable number of the claim it pays. */
  claimNumber: string;
  province: string;
  claimId: string;
  personId: string;
  programId: string;
  instalment: string;
  kind: EntryKind;
  amountFen: number;
  idempotencyKey: string;
  familyKey: string;
  attempt: number;
  reverses: string | null;
  createdAt: string;
  createdBy: string | null;
  /** Latest appended status. */
  status: EntryStatus;
  bankReference: string | null;
  batchId: string | null;
  /** The payee's name and masked ID number (staff lists). */
  person?: { name: string; idNumberMasked: string };
}

/** A bank batch. */
export interface PaymentBatch {
  id: string;
  /** The readable number (都安-2026-批000007). */
  number: string;
  province: string;
  region: string;
  entryCount: number;
  totalFen: number;
  createdBy: string | null;
  createdAt: string;
  reconciledAt: string | null;
}
