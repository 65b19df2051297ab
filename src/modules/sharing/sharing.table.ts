/** Kysely row types of labour sharing (declared on Database here, decision 142). */

export interface SharingListingRow {
  id: string;
  /** offer (surplus staff) | request (staff wanted) */
  side: string;
  enterprise_id: string;
  /** The province and division code of the firm (its jurisdiction and audit chain). */
  province: string;
  region: string;
  headcount: number;
  /** Occupation codes, comma-separated (2022 classification, e.g. 6-18-01-01). */
  occupation_codes: string;
  skills: string;
  start_date: string;
  end_date: string;
  place_code: string;
  address: string;
  wage_fen: number | null;
  /** open | matched | closed */
  status: string;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface SharingAgreementRow {
  id: string;
  lender_id: string;
  borrower_id: string;
  /** The lender's province (the audit chain) and both firms' division codes (either party's officers see it). */
  province: string;
  lender_region: string;
  borrower_region: string;
  offer_id: string | null;
  request_id: string | null;
  start_date: string;
  end_date: string;
  place_code: string;
  address: string;
  occupation_code: string;
  wage_fen: number;
  /** lender | borrower */
  wage_payer: string;
  injury_insurer: string;
  /** draft | awaiting_consent | active | ended | cancelled */
  status: string;
  activated_on: string | null;
  ended_on: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface SharingWorkerRow {
  id: string;
  agreement_id: string;
  person_id: string;
  /** pending | consented | declined */
  consent: string;
  answered_at: string | null;
}

export interface SharingTables {
  sharing_listings: SharingListingRow;
  sharing_agreements: SharingAgreementRow;
  sharing_workers: SharingWorkerRow;
}

declare module '../../db/schema.js' {
  interface Database extends SharingTables {}
}
