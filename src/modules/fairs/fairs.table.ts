/** Kysely row types of job fairs (declared on Database here, decision 142). */

export interface JobFairRow {
  id: string;
  /** The province of the organising office (its audit chain). */
  province: string;
  /** The organising office's division (the fair's jurisdiction): officers above or at it manage it. */
  region: string;
  name: string;
  /** online | onsite | both */
  kind: string;
  starts_on: string;
  ends_on: string;
  /** Opening hours in Beijing time, HH:MM-HH:MM. */
  hours: string;
  venue_code: string | null;
  venue_address: string | null;
  /** JSON array of target groups (fair.ts). */
  target_groups: string;
  capacity: number;
  /** Registrations so far, kept beside the capacity so a guarded update refuses the one too many. */
  registered: number;
  created_at: string;
  created_by: string | null;
}

export interface JobFairEmployerRow {
  id: string;
  fair_id: string;
  enterprise_id: string;
  /** applied (by the employer, awaiting the officer) | joined (invited by or approved by the officer) */
  status: string;
  booth: string | null;
  created_at: string;
  updated_at: string;
  /** Bumped by every workflow step (migration 0028). */
  version: number;
}

export interface JobFairPostingRow {
  fair_id: string;
  posting_id: string;
  enterprise_id: string;
  added_at: string;
}

export interface JobFairRegistrationRow {
  id: string;
  fair_id: string;
  person_id: string;
  /** The short code shown on the worker's phone and typed or scanned at the door. */
  code: string;
  /** phone | door */
  channel: string;
  registered_at: string;
  checked_in_at: string | null;
  checked_in_by: string | null;
}

export interface JobFairVisitRow {
  fair_id: string;
  person_id: string;
  visited_at: string;
}

/** An application made through a fair (decision 205: the link is the fairs module's, the application the jobs module's). */
export interface JobFairApplicationRow {
  application_id: string;
  fair_id: string;
  posting_id: string;
  person_id: string;
  created_at: string;
}

export interface FairsTables {
  job_fairs: JobFairRow;
  job_fair_employers: JobFairEmployerRow;
  job_fair_postings: JobFairPostingRow;
  job_fair_registrations: JobFairRegistrationRow;
  job_fair_visits: JobFairVisitRow;
  job_fair_applications: JobFairApplicationRow;
}

declare module '../../db/schema.js' {
  interface Database extends FairsTables {}
}
