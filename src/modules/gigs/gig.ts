/**
 * Gig work (零工, O61-1.3), pure: the states of a task, a sign-up and an abuse report as kernel
 * workflows, the fixed lists (report reasons, actions), and the rules of a task's dates and of a
 * completion record. Nothing here touches the database.
 */
import { defineWorkflow } from '../kernel/index.js';
import { addDays, isIsoDate, toDayNumber } from '../../core/dates.js';
import './gigs.errors.js';

export const taskStatuses = ['open', 'closed', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** open → closed (no more sign-ups) or cancelled (with its confirmed sign-ups). */
export const taskWorkflow = defineWorkflow({
  entityType: 'gig_task',
  table: 'gig_tasks',
  states: taskStatuses,
  rules: [
    { event: 'close', from: 'open', to: 'closed' },
    { event: 'cancel', from: ['open', 'closed'], to: 'cancelled' },
  ],
  invalidCode: 'gig_step_invalid',
  conflictCode: 'gig_state_changed',
});

export const signupStatuses = [
  'signed_up',
  'confirmed',
  'declined',
  'withdrawn',
  'recorded',
  'completed',
  'disputed',
  'cancelled',
] as const;
export type SignupStatus = (typeof signupStatuses)[number];
export type SignupEvent = 'confirm' | 'decline' | 'withdraw' | 'record' | 'accept' | 'dispute' | 'cancel';

/**
 * signed_up → confirmed by the employer (up to the headcount) or declined, or withdrawn by the worker;
 * confirmed → recorded (days worked and amount paid, by the employer); recorded → completed when the
 * worker confirms it, or disputed; a disputed record may be recorded again. A cancelled task cancels
 * its waiting and confirmed sign-ups.
 */
export const signupWorkflow = defineWorkflow({
  entityType: 'gig_signup',
  table: 'gig_signups',
  states: signupStatuses,
  rules: [
    { event: 'confirm', from: 'signed_up', to: 'confirmed' },
    { event: 'decline', from: 'signed_up', to: 'declined' },
    { event: 'withdraw', from: 'signed_up', to: 'withdrawn' },
    { event: 'record', from: ['confirmed', 'disputed'], to: 'recorded' },
    { event: 'accept', from: 'recorded', to: 'completed' },
    { event: 'dispute', from: 'recorded', to: 'disputed' },
    { event: 'cancel', from: ['signed_up', 'confirmed'], to: 'cancelled' },
  ],
  invalidCode: 'gig_step_invalid',
  conflictCode: 'gig_state_changed',
});

/** Sign-ups after the work: the ones both sides may rate and report on. */
export const finishedStatuses: readonly SignupStatus[] = ['completed', 'disputed'];

export const reportReasons = ['unpaid', 'underpaid', 'unsafe', 'no_show', 'harassment', 'false_information', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];
export const reportStatuses = ['open', 'noted', 'warned', 'suspended', 'lifted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportActions = ['note', 'warn', 'suspend', 'lift'] as const;
export type ReportAction = (typeof reportActions)[number];

/**
 * An officer notes, warns, or (a report about an employer only) suspends the employer's gig posting,
 * and may later lift that suspension (the report then reads 已解除暂停).
 */
export const reportWorkflow = defineWorkflow({
  entityType: 'gig_report',
  table: 'gig_reports',
  states: reportStatuses,
  rules: [
    { event: 'note', from: 'open', to: 'noted' },
    { event: 'warn', from: ['open', 'noted'], to: 'warned' },
    { event: 'suspend', from: ['open', 'noted', 'warned'], to: 'suspended' },
    { event: 'lift', from: 'suspended', to: 'lifted' },
  ],
  invalidCode: 'gig_step_invalid',
  conflictCode: 'gig_state_changed',
});

/** The longest task: a gig is a day or a few days (longer work is a posting). */
export const MAX_GIG_DAYS = 7;
export const MAX_HEADCOUNT = 200;

/** Days from start to end, both counted. */
export function gigDays(startDate: string, endDate: string): number {
  return toDayNumber(endDate) - toDayNumber(startDate) + 1;
}

/** What is wrong with a task's dates (JSON pointer and reason), or null: start today or later, end on or after start, at most 7 days. */
export function dateProblem(startDate: string, endDate: string, today: string): { path: string; zh: string; en: string } | null {
  if (!isIsoDate(startDate) || startDate < today)
    return { path: '/startDate', zh: '开工日期须为今天或以后', en: 'The start date must be today or later' };
  if (!isIsoDate(endDate) || endDate < startDate)
    return { path: '/endDate', zh: '结束日期不能早于开工日期', en: 'The end date cannot be before the start date' };
  if (gigDays(startDate, endDate) > MAX_GIG_DAYS)
    return { path: '/endDate', zh: `零工最长${MAX_GIG_DAYS}天`, en: `A gig lasts at most ${MAX_GIG_DAYS} days` };
  return null;
}

/** The day before the start: when the reminder goes out (none when that day has already begun). */
export function reminderDay(startDate: string, today: string): string | null {
  const day = addDays(startDate, -1);
  return day > today ? day : null;
}
