/** Kysely row types of the accounts module. */
export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  /** Division-code prefix; '' means nationwide. */
  jurisdiction: string;
  department: string | null;
  person_id: string | null;
  enterprise_id: string | null;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  jurisdiction: string;
  created_at: string;
  /** Every token expires (migration 0009 gave the older ones 90 days). */
  expires_at: string;
  revoked_at: string | null;
  /** Why it was revoked: owner, administrator, password_changed, password_reset, disabled. */
  revoked_reason: string | null;
  /** The user who revoked it (the owner, an administrator, or null for a system action). */
  revoked_by: string | null;
  last_used_at: string | null;
  /** When the token's expiry was written to the audit log (once). */
  expiry_recorded_at: string | null;
}

export interface AccountTables {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
}
