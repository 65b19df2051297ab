/**
 * Assistance cases (O61-3.1), pure: the service standard, the plan it makes for a registration, the
 * kinds of step an officer records, the difficulty categories, and when a plan item is overdue.
 * Nothing here touches the database; the working-day arithmetic is handed in (the kernel calendar).
 */
import { addDays } from '../../core/dates.js';
import { defineWorkflow } from '../kernel/index.js';

/** The service standard (policy parameters assist.*, resolved for the registration's region and date). */
export interface ServiceStandard {
  /** First contact within this many working days of registration. */
  firstContactWorkingDays: number;
  /** The rest of the plan within this many calendar days of registration. */
  planCalendarDays: number;
  guidanceSessions: number;
  jobReferrals: number;
  /** Training or entrepreneurship offers. */
  offers: number;
}

/** What the plan asks for; each is one plan item with a due date and a target count. */
export const requirements = ['first_contact', 'guidance', 'referrals', 'offer'] as const;
export type Requirement = (typeof requirements)[number];

/** What an officer records. A public-welfare post referral is open to cases with a difficulty category. */
export const stepKinds = [
  'first_contact',
  'career_guidance',
  'job_referral',
  'training_offer',
  'entrepreneurship_offer',
  'welfare_post_referral',
  'follow_up',
] as const;
export type StepKind = (typeof stepKinds)[number];

export function isStepKind(s: string): s is StepKind {
  return (stepKinds as readonly string[]).includes(s);
}

/** The plan item a step counts toward (null: recorded, counts toward none). */
export function requirementOf(kind: StepKind): Requirement | null {
  switch (kind) {
    case 'first_contact':
      return 'first_contact';
    case 'career_guidance':
      return 'guidance';
    case 'job_referral':
      return 'referrals';
    case 'training_offer':
    case 'entrepreneurship_offer':
      return 'offer';
    default:
      return null;
  }
}

/** Difficulty categories (就业困难): the first two derived from the registry, the rest recorded by an officer. */
export const categories = ['poor_labourer', 'priority_area', 'long_term_unemployed', 'disabled', 'older_worker'] as const;
export type Category = (typeof categories)[number];
export const derivedCategories: readonly Category[] = ['poor_labourer', 'priority_area'];
export const recordedCategories = ['long_term_unemployed', 'disabled', 'older_worker'] as const;
export type RecordedCategory = (typeof recordedCategories)[number];

export function isRecordedCategory(s: string): s is RecordedCategory {
  return (recordedCategories as readonly string[]).includes(s);
}

/** Any difficulty category raises the case to high priority (and opens the public-welfare post referral). */
export function priorityOf(cats: readonly Category[]): 'high' | 'normal' {
  return cats.length > 0 ? 'high' : 'normal';
}

export interface PlanItem {
  requirement: Requirement;
  dueOn: string;
  target: number;
}

/**
 * The plan for a registration on `registeredOn`: first contact N working days on (the calendar's
 * `addWorkingDays`), the rest N calendar days on. An item with target 0 is left out.
 */
export async function planFor(
  registeredOn: string,
  s: ServiceStandard,
  addWorkingDays: (date: string, n: number) => Promise<string>,
): Promise<PlanItem[]> {
  const rest = addDays(registeredOn, s.planCalendarDays);
  const items: PlanItem[] = [
    { requirement: 'first_contact', dueOn: await addWorkingDays(registeredOn, s.firstContactWorkingDays), target: 1 },
    { requirement: 'guidance', dueOn: rest, target: s.guidanceSessions },
    { requirement: 'referrals', dueOn: rest, target: s.jobReferrals },
    { requirement: 'offer', dueOn: rest, target: s.offers },
  ];
  return items.filter((i) => i.target > 0);
}

export type ItemState = 'done' | 'done_late' | 'open' | 'overdue';

/**
 * Where a plan item stands on `today`: met on or before its due date → done; met after → done late;
 * not met and today is past the due date → overdue (the due date itself is still in time).
 */
export function itemState(item: { dueOn: string; metOn: string | null }, today: string): ItemState {
  if (item.metOn !== null) return item.metOn <= item.dueOn ? 'done' : 'done_late';
  return today > item.dueOn ? 'overdue' : 'open';
}

/** The first day an unmet item counts as overdue: the day after its due date. */
export function overdueFrom(dueOn: string): string {
  return addDays(dueOn, 1);
}

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** A case closes once, when its registration ends (employed or deregistered): a kernel workflow step (decision 178). */
export const caseWorkflow = defineWorkflow({
  entityType: 'assistance_case',
  table: 'assistance_cases',
  states: caseStatuses,
  rules: [{ event: 'close' as const, from: 'open' as const, to: 'closed' as const }],
  invalidCode: 'assistance_case_closed',
});
