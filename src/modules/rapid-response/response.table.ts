/** Kysely row types of rapid response (declared on Database here, decision 142). */

export interface RapidResponseEventRow {
  id: string;
  /** The readable number (东莞-2026-响000001). */
  number: string;
  /** layoff | closure | epidemic | disaster */
  kind: string;
  enterprise_id: string | null;
  /** The province of the place (its audit chain). */
  province: string;
  /** Where it happens (finest code known): the event belongs to this place's county. */
  region: string;
  occurred_on: string;
  description: string;
  workers_affected: number;
  /** employer | officer */
  reported_via: string;
  reported_by: string | null;
  /** The business date the event was recorded: task deadlines count from it. */
  recorded_on: string;
  created_at: string;
  updated_at: string;
}

export interface RapidResponseTaskRow {
  id: string;
  event_id: string;
  province: string;
  /** The area whose department acts: the event's place, or a listed worker's home county. */
  region: string;
  /** employment_bureau | enterprise | a department code */
  department: string;
  /** The template key (what to do). */
  template: string;
  due_on: string;
  /** open | in_progress | done */
  status: string;
  /** The user who took the task on (null: the department as a whole). */
  owner_user_id: string | null;
  note: string | null;
  done_on: string | null;
  /** Set once by the overdue timer. */
  overdue_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RapidResponseWorkerRow {
  id: string;
  event_id: string;
  person_id: string;
  /** The worker's home (household registration, finest code): their home county sees them. */
  home_region: string;
  /** picked | imported */
  added_via: string;
  added_at: string;
  added_by: string | null;
}

export interface RapidResponseOfferRow {
  id: string;
  event_id: string;
  worker_id: string;
  /** registration | referral | relief */
  kind: string;
  /** '' (registration), a posting id (referral) or a program id (relief). */
  ref: string;
  label_zh: string;
  label_en: string;
  amount_fen: number | null;
  /** offered | taken_up | declined */
  status: string;
  offered_on: string;
  closed_on: string | null;
  /** What was taken up (a registration number, a note). */
  note: string | null;
  version: number;
  updated_at: string;
}

export interface RapidResponseTables {
  rapid_response_events: RapidResponseEventRow;
  rapid_response_tasks: RapidResponseTaskRow;
  rapid_response_workers: RapidResponseWorkerRow;
  rapid_response_offers: RapidResponseOfferRow;
}

declare module '../../db/schema.js' {
  interface Database extends RapidResponseTables {}
}
