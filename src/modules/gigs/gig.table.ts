/** Kysely row types of gig work (declared on Database here, decision 142). */

export interface GigTaskRow {
  id: string;
  province: string;
  enterprise_id: string;
  title: string;
  /** 2022 occupation classification code. */
  occupation_code: string;
  /** Division code of the place (its jurisdiction). */
  place_code: string;
  address: string;
  start_date: string;
  end_date: string;
  day_rate_fen: number;
  headcount: number;
  /** Sign-ups confirmed so far (never above headcount: CHECK and a conditional UPDATE). */
  confirmed: number;
  bring: string;
  /** open | closed | cancelled */
  status: string;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface GigSignupRow {
  id: string;
  task_id: string;
  person_id: string;
  /** The task's province and place (copied: the sign-up's jurisdiction). */
  province: string;
  place_code: string;
  /** signed_up | confirmed | declined | withdrawn | recorded | completed | disputed | cancelled */
  status: string;
  days_worked: number | null;
  paid_fen: number | null;
  dispute_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface GigRatingRow {
  id: string;
  signup_id: string;
  /** Who rated: worker (rates the employer) | employer (rates the worker). */
  side: string;
  score: number;
  comment: string | null;
  created_at: string;
}

export interface GigReportRow {
  id: string;
  signup_id: string;
  province: string;
  place_code: string;
  /** Who reported: worker (about the employer) | employer (about the worker). */
  side: string;
  reason: string;
  detail: string;
  /** open | noted | warned | suspended | lifted */
  status: string;
  action_note: string | null;
  acted_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface GigSuspensionRow {
  enterprise_id: string;
  report_id: string;
  reason: string;
  at: string;
  by_user: string | null;
}

export interface GigTables {
  gig_tasks: GigTaskRow;
  gig_signups: GigSignupRow;
  gig_ratings: GigRatingRow;
  gig_reports: GigReportRow;
  gig_suspensions: GigSuspensionRow;
}

declare module '../../db/schema.js' {
  interface Database extends GigTables {}
}
