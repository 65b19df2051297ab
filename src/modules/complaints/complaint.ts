/**
 * Wage-arrears complaints (欠薪投诉, O61-3.5), pure: the complaint's and the legal-aid referral's
 * workflows, the deadlines in working days, and the checks on what a filing holds. Nothing here
 * touches the database.
 */
import { defineWorkflow } from '../kernel/index.js';
import { inScope } from '../../db/scope.js';
import { beijingDayOver } from '../../core/clock.js';

export const complaintStates = ['filed', 'accepted', 'investigating', 'mediated', 'transferred', 'resolved', 'closed', 'rejected'] as const;
export type ComplaintStatus = (typeof complaintStates)[number];

/** States in which the complaint is still being handled (a deadline can pass). */
export const openStates: readonly ComplaintStatus[] = ['filed', 'accepted', 'investigating', 'mediated', 'transferred'];
/** States after acceptance and before the outcome: the conclusion deadline runs. */
export const concludingStates: readonly ComplaintStatus[] = ['accepted', 'investigating', 'mediated', 'transferred'];

export const complaintWorkflow = defineWorkflow({
  entityType: 'complaint',
  table: 'complaints',
  states: complaintStates,
  rules: [
    { event: 'accept', from: 'filed', to: 'accepted' },
    { event: 'reject', from: 'filed', to: 'rejected' },
    { event: 'investigate', from: 'accepted', to: 'investigating' },
    { event: 'mediate', from: 'investigating', to: 'mediated' },
    { event: 'transfer', from: ['accepted', 'investigating', 'mediated'], to: 'transferred' },
    { event: 'resolve', from: ['mediated', 'transferred'], to: 'resolved' },
    { event: 'close', from: 'resolved', to: 'closed' },
    // A deadline passed: the complaint stays where it is, marked escalated (the timer's audited step).
    { event: 'escalate', from: 'filed', to: 'filed' },
    { event: 'escalate', from: 'accepted', to: 'accepted' },
    { event: 'escalate', from: 'investigating', to: 'investigating' },
    { event: 'escalate', from: 'mediated', to: 'mediated' },
    { event: 'escalate', from: 'transferred', to: 'transferred' },
  ],
});

export type ComplaintEvent = 'accept' | 'reject' | 'investigate' | 'mediate' | 'transfer' | 'resolve' | 'close' | 'escalate';

export const referralStates = ['referred', 'accepted', 'concluded', 'declined'] as const;
export type ReferralStatus = (typeof referralStates)[number];

export const referralWorkflow = defineWorkflow({
  entityType: 'legal_aid_referral',
  table: 'legal_aid_referrals',
  states: referralStates,
  rules: [
    { event: 'accept', from: 'referred', to: 'accepted' },
    { event: 'decline', from: 'referred', to: 'declined' },
    { event: 'conclude', from: 'accepted', to: 'concluded' },
  ],
});

/** Which deadline passed. */
export type Escalation = 'accept' | 'conclude';

/** Working days allowed, by default: accept within 5 of filing, conclude within 60 of acceptance (decision 147). */
export interface ComplaintDeadlines {
  acceptWorkingDays: number;
  concludeWorkingDays: number;
}
export const DEFAULT_DEADLINES: ComplaintDeadlines = { acceptWorkingDays: 5, concludeWorkingDays: 60 };

/** The instant a deadline date has passed: the next midnight in Beijing (the whole last day counts). */
export function deadlinePassesAt(lastDay: string): string {
  return beijingDayOver(lastDay);
}

/** A month as YYYY-MM. */
export function isMonth(s: string): boolean {
  return /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** The largest amount one worker may claim (¥10 million, in fen): a guard against typing errors. */
export const MAX_AMOUNT_FEN = 1_000_000_000;

/** The division a complaint is kept under: the office when inside a county, otherwise refused (null). */
export function complaintRegion(office: string): string | null {
  return office.length >= 6 ? office : null;
}

/**
 * The counties a worker may file at from the phone (decision 145): the county of each of their four
 * places and the employer's county. The first (household registration) is the default.
 */
export function workerOffices(placeCodes: ReadonlyArray<string | null>, employerCode: string | null): string[] {
  const out: string[] = [];
  for (const c of [...placeCodes, employerCode]) {
    if (c && c.length >= 6 && !out.includes(c.slice(0, 6))) out.push(c.slice(0, 6));
  }
  return out;
}

/** True when an office may handle a complaint kept under `region` (the scope rule, one code). */
export function handles(jurisdiction: string, region: string): boolean {
  return inScope(jurisdiction, [region]);
}
