/** Kysely row types of wage-arrears complaints and legal-aid referrals (declared on Database here, decision 142). */

export interface ComplaintRow {
  id: string;
  /** The readable number (都安-2026-欠000012). */
  number: string;
  /** The province of the office holding the complaint (its audit chain). */
  province: string;
  /** The division the complaint is kept under: the filing office (decision 145). */
  region: string;
  /** filed | accepted | investigating | mediated | transferred | resolved | closed | rejected */
  status: string;
  /** worker (from the phone) | officer */
  channel: string;
  /** The registered employer, or null when named in free text only. */
  employer_id: string | null;
  employer_name: string;
  /** The employer's division (its address, or where the site is when unregistered), when known. */
  employer_code: string | null;
  site: string;
  period_from: string;
  period_to: string;
  /** The sum of the workers' amounts owed. */
  owed_fen: number;
  /** The sum of the workers' amounts recovered, once resolved. */
  recovered_fen: number | null;
  description: string;
  filed_on: string;
  accept_due: string;
  accepted_on: string | null;
  conclude_due: string | null;
  /** accept | conclude: the deadline that passed while the complaint was open; cleared by acceptance. */
  escalation: string | null;
  escalated_at: string | null;
  /** The rejection reason, the transfer note or the outcome. */
  outcome: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface ComplaintWorkerRow {
  id: string;
  complaint_id: string;
  person_id: string;
  owed_fen: number;
  recovered_fen: number | null;
}

export interface ComplaintEventRow {
  id: string;
  complaint_id: string;
  /** filed | accepted | rejected | investigating | mediated | transferred | resolved | closed | escalated | employer_flagged | referred | evidence_added */
  kind: string;
  note: string | null;
  amount_fen: number | null;
  at: string;
  by_user: string | null;
}

export interface ComplaintEvidenceRow {
  id: string;
  complaint_id: string;
  blob_hash: string;
  file_name: string;
  content_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface LegalAidReferralRow {
  id: string;
  complaint_id: string;
  province: string;
  /** The complaint's region: the justice department of that jurisdiction acts on it. */
  region: string;
  /** referred | accepted | concluded | declined */
  status: string;
  /** JSON array of the referred workers' person ids. */
  person_ids: string;
  note: string;
  /** The justice department's answer: why declined, or the conclusion. */
  outcome: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface ComplaintTables {
  complaints: ComplaintRow;
  complaint_workers: ComplaintWorkerRow;
  complaint_events: ComplaintEventRow;
  complaint_evidence: ComplaintEvidenceRow;
  legal_aid_referrals: LegalAidReferralRow;
}

declare module '../../db/schema.js' {
  interface Database extends ComplaintTables {}
}
