/** Kysely row types of the jobs module (migration 0017_jobs); the module declares them on Database itself. */
import type { Generated } from 'kysely';

export interface JobPostingRow {
  id: string;
  /** 2-digit province of the work place: the distribution column. */
  province: string;
  enterprise_id: string;
  /** Division code of the employer's address (officers of the employer's area see its postings too). */
  enterprise_code: string;
  title: string;
  /** 职业分类大典 2022 code. */
  occupation_code: string;
  /** GB/T 4754-2017 division or section. */
  industry_code: string;
  /** 1 when the industry is a priority sector of O61-1.1. */
  priority_sector: number;
  /** Division code of the work place (6 or 9 digits). */
  work_code: string;
  work_address: string;
  headcount: number;
  filled: number;
  pay_min_fen: number;
  pay_max_fen: number;
  /** 'month' | 'day' | 'hour' | 'piece' */
  pay_period: string;
  /** For piece rates: the stated monthly equivalent the employer promises. */
  piece_monthly_fen: number | null;
  /** 'regular' | 'seasonal' | 'temporary' | 'part_time' | 'gig' */
  contract_kind: string;
  housing: number;
  meals: number;
  requirements: string;
  education: string | null;
  /** JSON array of skill names. */
  skills: string;
  age_min: number | null;
  age_max: number | null;
  start_date: string;
  /** YYYY-MM-DD: the last day the posting is open unless refreshed. */
  expires_on: string;
  /** 'screening' | 'held' | 'open' | 'rejected' | 'closed' | 'expired' | 'filled' */
  status: string;
  /** JSON array of screening flags ({ kind, term?, category? }). */
  flags: string;
  screen_note: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** Instant the posting was first open (released by screening or open on submission). */
  opened_at: string | null;
  /** Instant it stopped being open (closed, expired, filled). */
  ended_at: string | null;
  version: number;
}

export interface JobTermRow {
  id: string;
  term: string;
  /** 'sex' | 'ethnicity' | 'hukou' | 'age' | 'health' */
  category: string;
  created_by: string | null;
  created_at: string;
}

export interface JobApplicationRow {
  id: string;
  posting_id: string;
  person_id: string;
  /** The posting's province (the audit chain of its steps). */
  province: string;
  /** The posting's work place and the person's household registration: the officers who see it. */
  work_code: string;
  person_code: string;
  /** 'submitted' | 'viewed' | 'interview' | 'offered' | 'hired' | 'rejected' | 'withdrawn' | 'expired' */
  status: string;
  reject_reason: string | null;
  /** User id of the officer who referred the person, or null when the worker applied. */
  referred_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface JobMessageRow {
  /** The outbox message id that made it (delivery is idempotent by it). */
  id: string;
  person_id: string | null;
  enterprise_id: string | null;
  kind: string;
  ref_id: string;
  text_zh: string;
  text_en: string;
  created_at: string;
  read_at: string | null;
}

/** One row (id 1): bumped by a trigger on every write of job_postings matching can see (migration 0029, decision 215). */
export interface JobPostingsChangesRow {
  id: number;
  n: number | string;
  /** Log rows below this counter value were pruned (migration 0031, decision 216). */
  pruned_below: Generated<number | string>;
}

/** Which posting a counted write touched, under the counter's value after it (migration 0031). */
export interface JobPostingsLogRow {
  seq: number | string;
  posting_id: string;
}

export interface JobsTables {
  job_postings: JobPostingRow;
  job_postings_changes: JobPostingsChangesRow;
  job_postings_log: JobPostingsLogRow;
  job_terms: JobTermRow;
  job_applications: JobApplicationRow;
  job_messages: JobMessageRow;
}

declare module '../../db/schema.js' {
  interface Database extends JobsTables {}
}
