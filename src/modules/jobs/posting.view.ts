/** Postings as they leave the module, and the settings of the reserve. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { readSetting } from '../system/index.js';
import type { JobPostingRow } from './jobs.table.js';
import type { ContractKind, PayPeriod, PostingStatus, ScreeningFlag } from './posting.js';
import { beijingDayOver } from '../../core/clock.js';

export interface PostingView {
  id: string;
  enterpriseId: string;
  enterpriseName: string | null;
  title: string;
  occupationCode: string;
  industryCode: string;
  prioritySector: boolean;
  workCode: string;
  workAddress: string;
  headcount: number;
  filled: number;
  payMinFen: number;
  payMaxFen: number;
  payPeriod: PayPeriod;
  pieceMonthlyFen: number | null;
  contractKind: ContractKind;
  housing: boolean;
  meals: boolean;
  requirements: string;
  education: string | null;
  skills: string[];
  ageMin: number | null;
  ageMax: number | null;
  startDate: string;
  expiresOn: string;
  status: PostingStatus;
  flags: ScreeningFlag[];
  screenNote: string | null;
  createdAt: string;
  version: number;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toPostingView(r: JobPostingRow, enterpriseName: string | null = null): PostingView {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName,
    title: r.title,
    occupationCode: r.occupation_code,
    industryCode: r.industry_code,
    prioritySector: Number(r.priority_sector) === 1,
    workCode: r.work_code,
    workAddress: r.work_address,
    headcount: Number(r.headcount),
    filled: Number(r.filled),
    payMinFen: Number(r.pay_min_fen),
    payMaxFen: Number(r.pay_max_fen),
    payPeriod: r.pay_period as PayPeriod,
    pieceMonthlyFen: r.piece_monthly_fen === null ? null : Number(r.piece_monthly_fen),
    contractKind: r.contract_kind as ContractKind,
    housing: Number(r.housing) === 1,
    meals: Number(r.meals) === 1,
    requirements: r.requirements,
    education: r.education,
    skills: parseJson<string[]>(r.skills, []),
    ageMin: r.age_min === null ? null : Number(r.age_min),
    ageMax: r.age_max === null ? null : Number(r.age_max),
    startDate: r.start_date,
    expiresOn: r.expires_on,
    status: r.status as PostingStatus,
    flags: parseJson<ScreeningFlag[]>(r.flags, []),
    screenNote: r.screen_note,
    createdAt: r.created_at,
    version: Number(r.version),
  };
}

/** The reserve's settings (decision 224): days a posting stays open, days before expiry to remind, days an application may wait. */
export interface JobsSettings {
  expiryDays: number;
  reminderDays: number;
  applicationDays: number;
}

export const DEFAULT_SETTINGS: JobsSettings = { expiryDays: 30, reminderDays: 3, applicationDays: 14 };
export const SETTING_KEYS: Record<keyof JobsSettings, string> = {
  expiryDays: 'jobs.expiry_days',
  reminderDays: 'jobs.reminder_days',
  applicationDays: 'jobs.application_days',
};

export async function readJobsSettings(q: Kysely<Database> | Transaction<Database>): Promise<JobsSettings> {
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SETTING_KEYS) as Array<keyof JobsSettings>) {
    const v = Number(await readSetting(q, SETTING_KEYS[key]));
    if (Number.isInteger(v) && v > 0) out[key] = v;
  }
  return out;
}

/** The instant a posting whose last day is `expiresOn` expires: the next midnight in Beijing. */
export function expiryInstant(expiresOn: string): string {
  return beijingDayOver(expiresOn);
}

/** 09:00 Beijing on a date. */
export function morningInstant(date: string): string {
  return `${date}T01:00:00.000Z`;
}
