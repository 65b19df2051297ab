/**
 * Postings (岗位): domain types, the posting workflow, and the pure rules of screening — pay against
 * the local minimum wage per pay period, discriminatory terms, and unlawful age limits
 * (decisions 220 and 221).
 */
import { defineWorkflow } from '../kernel/index.js';
import './jobs.errors.js';
import { splitBilingual } from '../../core/bilingual-text.js';

export const payPeriods = ['month', 'day', 'hour', 'piece'] as const;
export type PayPeriod = (typeof payPeriods)[number];
export const contractKinds = ['regular', 'seasonal', 'temporary', 'part_time', 'gig'] as const;
export type ContractKind = (typeof contractKinds)[number];
export const termCategories = ['sex', 'ethnicity', 'hukou', 'age', 'health'] as const;
export type TermCategory = (typeof termCategories)[number];

export const postingStatuses = ['screening', 'held', 'open', 'rejected', 'closed', 'expired', 'filled'] as const;
export type PostingStatus = (typeof postingStatuses)[number];
export type PostingEvent = 'release' | 'reject' | 'refresh' | 'close' | 'expire' | 'fill';

/**
 * screening: flagged by the dictionary (or an age limit) → an officer releases or rejects;
 * held: the employer is on the malicious-arrears list → an officer releases or rejects;
 * open → refreshed (stays open, new expiry), closed by the employer, expired by its timer, filled by hires.
 */
export const postingWorkflow = defineWorkflow({
  entityType: 'job_posting',
  table: 'job_postings',
  states: postingStatuses,
  rules: [
    { event: 'release', from: ['screening', 'held'], to: 'open' },
    { event: 'reject', from: ['screening', 'held'], to: 'rejected' },
    { event: 'refresh', from: 'open', to: 'open' },
    { event: 'close', from: ['open', 'screening', 'held'], to: 'closed' },
    { event: 'expire', from: 'open', to: 'expired' },
    { event: 'fill', from: 'open', to: 'filled' },
  ],
  invalidCode: 'job_posting_not_open',
  conflictCode: 'job_posting_state_changed',
});

/** What an employer (or an officer for one) submits. Money in fen. */
export interface PostingInput {
  enterpriseId?: string | undefined;
  title: string;
  occupationCode: string;
  industryCode?: string | undefined;
  workCode: string;
  workAddress: string;
  headcount: number;
  payMinFen: number;
  payMaxFen: number;
  payPeriod: PayPeriod;
  pieceMonthlyFen?: number | null | undefined;
  contractKind: ContractKind;
  housing: boolean;
  meals: boolean;
  requirements: string;
  education?: string | null | undefined;
  skills: string[];
  ageMin?: number | null | undefined;
  ageMax?: number | null | undefined;
  startDate: string;
}

/** A screening flag: why a posting waits for an officer. */
export type ScreeningFlag =
  { kind: 'term'; term: string; category: TermCategory } | { kind: 'age_limit'; ageMax: number } | { kind: 'arrears' };

/** The minimum wages in force at the work place on the start date (fen), with where they come from. */
export interface MinimumWage {
  monthlyFen: number;
  hourlyFen: number;
  /** The region whose parameter applied (e.g. 441900) and the source document of each figure. */
  region: string;
  monthlySource: string;
  hourlySource: string;
  effectiveFrom: string;
}

/** Hours in a standard working day (劳动法 art. 36): daily pay is compared with 8 × the hourly minimum. */
export const HOURS_PER_DAY = 8;
/** Working days in a month (劳社部发〔2008〕3号: 21.75) and hours (174), for monthly equivalents. */
export const DAYS_PER_MONTH = 21.75;
export const HOURS_PER_MONTH = 174;

/** What the pay is compared with, per period: the floor, and which minimum it comes from. */
export interface WageFloor {
  floorFen: number;
  basis: 'monthly' | 'hourly' | 'daily';
  /** The pay compared (the lower end of the range, or a piece rate's stated monthly equivalent). */
  comparedFen: number;
}

/**
 * The floor for a pay period: monthly pay against the monthly minimum, hourly against the hourly
 * minimum, daily against 8 × the hourly minimum, piece rates by their stated monthly equivalent
 * against the monthly minimum (decision 220).
 */
export function wageFloor(p: Pick<PostingInput, 'payMinFen' | 'payPeriod' | 'pieceMonthlyFen'>, min: MinimumWage): WageFloor {
  switch (p.payPeriod) {
    case 'month':
      return { floorFen: min.monthlyFen, basis: 'monthly', comparedFen: p.payMinFen };
    case 'hour':
      return { floorFen: min.hourlyFen, basis: 'hourly', comparedFen: p.payMinFen };
    case 'day':
      return { floorFen: min.hourlyFen * HOURS_PER_DAY, basis: 'daily', comparedFen: p.payMinFen };
    case 'piece':
      return { floorFen: min.monthlyFen, basis: 'monthly', comparedFen: p.pieceMonthlyFen ?? 0 };
  }
}

/** ¥1,234.50 from fen. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

const periodWords: Record<WageFloor['basis'], { zh: string; en: string }> = {
  monthly: { zh: '月最低工资标准', en: 'monthly minimum wage' },
  hourly: { zh: '小时最低工资标准', en: 'hourly minimum wage' },
  daily: { zh: '小时最低工资标准×8小时', en: 'hourly minimum wage × 8 hours' },
};

/** The refusal text naming the figure, the region and the source; null when the pay is at or above the floor. */
export function belowMinimumMessage(
  p: Pick<PostingInput, 'payMinFen' | 'payPeriod' | 'pieceMonthlyFen'>,
  min: MinimumWage,
  placeName: string,
): { zh: string; en: string } | null {
  const f = wageFloor(p, min);
  if (f.comparedFen >= f.floorFen) return null;
  const words = periodWords[f.basis];
  const source = splitBilingual(f.basis === 'monthly' ? min.monthlySource : min.hourlySource);
  return {
    zh: `工资${yuan(f.comparedFen)}低于${placeName}${words.zh}${yuan(f.floorFen)}（${source.zh}，${min.effectiveFrom}起执行）`,
    en: `The pay ${yuan(f.comparedFen)} is below the ${words.en} of ${placeName}, ${yuan(f.floorFen)} (${source.en}, from ${min.effectiveFrom})`,
  };
}

/** The monthly equivalent of a pay figure (for matching against expectations). */
export function monthlyEquivalent(fen: number, period: PayPeriod, pieceMonthlyFen: number | null): number {
  switch (period) {
    case 'month':
      return fen;
    case 'day':
      return Math.round(fen * DAYS_PER_MONTH);
    case 'hour':
      return Math.round(fen * HOURS_PER_MONTH);
    case 'piece':
      return pieceMonthlyFen ?? 0;
  }
}

/** Normalises text for the dictionary: full-width to half-width, lower case, no spaces. */
export function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Dictionary terms found in the title and requirements (each term once, in dictionary order). */
export function findTerms(
  text: string,
  terms: ReadonlyArray<{ term: string; category: TermCategory }>,
): Array<{ kind: 'term'; term: string; category: TermCategory }> {
  const hay = normaliseText(text);
  return terms
    .filter((t) => t.term !== '' && hay.includes(normaliseText(t.term)))
    .map((t) => ({ kind: 'term', term: t.term, category: t.category }));
}

/** Below this upper age limit an officer looks at the posting (an age ceiling of 45 or less excludes most migrant workers). */
export const AGE_CEILING_FLAG = 45;
/** The lawful minimum working age (劳动法 art. 15). */
export const MIN_WORKING_AGE = 16;

/** All flags of a submission: dictionary terms, a low age ceiling, the arrears list. */
export function screeningFlags(
  input: Pick<PostingInput, 'title' | 'requirements' | 'ageMax'>,
  terms: ReadonlyArray<{ term: string; category: TermCategory }>,
  arrears: boolean,
): ScreeningFlag[] {
  const flags: ScreeningFlag[] = [...findTerms(`${input.title} ${input.requirements}`, terms)];
  if (input.ageMax != null && input.ageMax <= AGE_CEILING_FLAG) flags.push({ kind: 'age_limit', ageMax: input.ageMax });
  if (arrears) flags.push({ kind: 'arrears' });
  return flags;
}

/** Where a new posting goes: held (arrears) before screening (terms, age) before open. */
export function initialStatus(flags: readonly ScreeningFlag[]): PostingStatus {
  if (flags.some((f) => f.kind === 'arrears')) return 'held';
  return flags.length > 0 ? 'screening' : 'open';
}
