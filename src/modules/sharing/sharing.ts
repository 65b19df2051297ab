/**
 * Labour sharing between firms (用工余缺调剂, O61-1.3), pure: offers of surplus staff and requests
 * for staff (one listing type, two sides), agreements between a lender and a borrower with each
 * lent worker's own consent, their workflows, and the rule that pairs an offer with a request.
 */
import { defineWorkflow } from '../kernel/index.js';
import './sharing.errors.js';
import { beijingDayOver, beijingMidnightUtc } from '../../core/clock.js';

export const listingSides = ['offer', 'request'] as const;
export type ListingSide = (typeof listingSides)[number];

export const listingStatuses = ['open', 'matched', 'closed'] as const;
export type ListingStatus = (typeof listingStatuses)[number];

/** open → matched when an agreement is drafted from it, back to open if that agreement is cancelled; closed by its firm or when the agreement ends. */
export const listingWorkflow = defineWorkflow({
  entityType: 'sharing_listing',
  table: 'sharing_listings',
  states: listingStatuses,
  rules: [
    { event: 'match', from: 'open', to: 'matched' },
    { event: 'reopen', from: 'matched', to: 'open' },
    { event: 'close', from: ['open', 'matched'], to: 'closed' },
  ],
  invalidCode: 'sharing_listing_not_open',
  conflictCode: 'sharing_state_changed',
});

export const agreementStatuses = ['draft', 'awaiting_consent', 'active', 'ended', 'cancelled'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/**
 * draft → awaiting_consent when the firm sends it to the workers; → active on the start date once
 * at least one worker consented (or on the first consent after that date); → ended by the period's
 * timer; cancelled by a party before it ends, or when every worker declined.
 */
export const agreementWorkflow = defineWorkflow({
  entityType: 'sharing_agreement',
  table: 'sharing_agreements',
  states: agreementStatuses,
  rules: [
    { event: 'send', from: 'draft', to: 'awaiting_consent' },
    { event: 'activate', from: 'awaiting_consent', to: 'active' },
    { event: 'end', from: 'active', to: 'ended' },
    { event: 'cancel', from: ['draft', 'awaiting_consent', 'active'], to: 'cancelled' },
  ],
  invalidCode: 'sharing_agreement_wrong_state',
  conflictCode: 'sharing_state_changed',
});

export const consentStatuses = ['pending', 'consented', 'declined'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/** Who pays the wages, and who carries work-injury insurance (工伤保险). */
export const parties = ['lender', 'borrower'] as const;
export type Party = (typeof parties)[number];

export interface ListingInput {
  /** The firm; taken from the account for an employer, required for an officer. */
  enterpriseId?: string | undefined;
  side: ListingSide;
  headcount: number;
  occupationCodes: string[];
  skills: string;
  startDate: string;
  endDate: string;
  placeCode: string;
  address: string;
  /** Pay offered per month (fen): required on a request, left out on an offer. */
  wageFen?: number | null | undefined;
}

export interface AgreementInput {
  /** The lender's offer and the borrower's request it comes from (a proposal), or the two firms. */
  offerId?: string | undefined;
  requestId?: string | undefined;
  lenderId?: string | undefined;
  borrowerId?: string | undefined;
  startDate: string;
  endDate: string;
  placeCode: string;
  address: string;
  occupationCode: string;
  wageFen: number;
  wagePayer: Party;
  injuryInsurer: Party;
  /** People employed by the lender (employment records) on the start date. */
  workerIds: string[];
}

/** True when two periods (inclusive days) share at least one day. */
export function overlaps(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** Days two inclusive periods share (0 when apart). */
export function overlapDays(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): number {
  const from = a.startDate > b.startDate ? a.startDate : b.startDate;
  const to = a.endDate < b.endDate ? a.endDate : b.endDate;
  if (from > to) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The instant a Beijing date begins (00:00 +08:00): when an agreement starts. */
export function startInstant(date: string): Date {
  return new Date(beijingMidnightUtc(date));
}

/** The instant after the last day of a period (00:00 Beijing the next day): when an agreement ends. */
export function endInstant(lastDay: string): Date {
  return new Date(beijingDayOver(lastDay));
}
