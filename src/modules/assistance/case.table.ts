/** Kysely row types of assistance cases (declared on Database here, decision 142). */

export interface AssistanceCaseRow {
  /** The unemployment registration's id: one case per registration (decision 156). */
  id: string;
  person_id: string;
  /** Follows the registration (its province and region; a transfer moves both). */
  province: string;
  region: string;
  /** open | closed */
  status: string;
  opened_on: string;
  closed_on: string | null;
  /** employed | deregistered */
  close_reason: string | null;
  /** high | normal */
  priority: string;
  /** JSON array of categories derived from the registry when the case opened. */
  derived_categories: string;
  /** JSON array of categories an officer recorded. */
  recorded_categories: string;
  /** JSON of the service standard in force when the case opened. */
  standard: string;
  /** The responsible officer (the registering officer; null for a worker's own registration). */
  officer_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AssistancePlanItemRow {
  case_id: string;
  /** first_contact | guidance | referrals | offer */
  requirement: string;
  due_on: string;
  target: number;
  done: number;
  /** The date of the step that met the target. */
  met_on: string | null;
}

export interface AssistanceStepRow {
  id: string;
  case_id: string;
  kind: string;
  on_date: string;
  officer_id: string | null;
  officer_name: string;
  outcome: string;
  /** The job application a referral made (unique: a referral counts once). */
  application_id: string | null;
  posting_title: string | null;
  recorded_at: string;
}

export interface AssistanceReminderRow {
  id: string;
  case_id: string;
  requirement: string;
  province: string;
  region: string;
  officer_id: string | null;
  due_on: string;
  created_at: string;
}

export interface AssistanceTables {
  assistance_cases: AssistanceCaseRow;
  assistance_plan_items: AssistancePlanItemRow;
  assistance_steps: AssistanceStepRow;
  assistance_reminders: AssistanceReminderRow;
}

declare module '../../db/schema.js' {
  interface Database extends AssistanceTables {}
}
