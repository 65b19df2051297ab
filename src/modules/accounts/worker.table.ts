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

export interface WorkerTables {
  worker_logins: WorkerLoginRow;
  otp_codes: OtpCodeRow;
}
