/** Row types for worker sign-in by phone and one-time code. */
export interface WorkerLoginRow {
  /** Blind index of the phone number: one worker account per phone. */
  phone_index: string;
  user_id: string;
  phone_enc: string;
  created_at: string;
}

export interface OtpCodeRow {
  id: string;
  phone_index: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  used_at: string | null;
}

/**
 * A worker's request to be bound to a registry record by ID number and name (decision 105). The
 * locality codes are the person's when the request was filed (null when no record matched), so an
 * officer's queue is scoped in SQL; confirmation checks the live record again.
 */
export interface WorkerBindingRequestRow {
  id: string;
  user_id: string;
  status: string;
  person_id: string | null;
  /** The person's province, or '00' when the request matched no record. */
  province: string;
  hukou_code: string | null;
  residence_code: string | null;
  employment_code: string | null;
  insured_code: string | null;
  /** The ID number as submitted, encrypted. */
  id_enc: string | null;
  submitted_name: string;
  note: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
  /** Bumped by every workflow step (migration 0028); guarded with the status. */
  version: number;
}

export interface WorkerTables {
  worker_logins: WorkerLoginRow;
  otp_codes: OtpCodeRow;
  worker_binding_requests: WorkerBindingRequestRow;
}
