/** Kysely row types of the enterprise registry. */

export interface EnterpriseRow {
  id: string;
  /** 2-digit province of the address: the distribution column. */
  province: string;
  /** GB 32100 unified social credit code, upper case. */
  credit_code: string;
  name: string;
  /** GB/T 4754-2017 division (2 digits) or section (letter). */
  industry_code: string;
  /** Division code of the address, 6 (county) or 9 (township) digits. */
  address_code: string;
  address: string;
  size: string | null;
  contact_name: string | null;
  /** pii.encrypt of the contact's phone; never leaves the server in clear. */
  contact_phone_enc: string | null;
  /** pii.blindIndex('phone', …) for exact look-up and change detection. */
  contact_phone_index: string | null;
  /** 1 while the enterprise is on the malicious-arrears (恶意欠薪) list. */
  arrears_flag: number;
  arrears_reason: string | null;
  /** Date of the determination, YYYY-MM-DD. */
  arrears_date: string | null;
  /** User id of the officer who flagged it. */
  arrears_by: string | null;
  /** Instant the flag was recorded. */
  arrears_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** National uniqueness of credit codes: a small reference table keyed by the code. */
export interface CreditCodeRow {
  credit_code: string;
  enterprise_id: string;
  province: string;
  created_at: string;
}

export interface EnterpriseTables {
  enterprises: EnterpriseRow;
  credit_codes: CreditCodeRow;
}
