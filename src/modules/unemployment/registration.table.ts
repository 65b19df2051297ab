/** Kysely row types of the unemployment register (declared on Database here, decision 142). */

export interface UnemploymentRegistrationRow {
  id: string;
  /** The readable number (都安-2026-失000012). */
  number: string;
  person_id: string;
  /** The province of the office holding the registration (its audit chain); follows a transfer. */
  province: string;
  /** The division the registration is kept under (its jurisdiction). */
  region: string;
  /** hukou | residence | employment | insured */
  place_kind: string;
  place_code: string;
  /** registered | receiving_services | employed | deregistered */
  status: string;
  registered_on: string;
  ended_on: string | null;
  /** A deregistration reason (fixed list) or the employer of the new job. */
  end_reason: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface UnemploymentEventRow {
  id: string;
  registration_id: string;
  /** registered | transferred | services_started | employed | deregistered */
  kind: string;
  place_kind: string | null;
  place_code: string | null;
  note: string | null;
  on_date: string;
  at: string;
  by_user: string | null;
}

export interface UnemploymentTables {
  unemployment_registrations: UnemploymentRegistrationRow;
  unemployment_registration_events: UnemploymentEventRow;
}

declare module '../../db/schema.js' {
  interface Database extends UnemploymentTables {}
}
