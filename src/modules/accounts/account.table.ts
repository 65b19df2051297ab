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
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AccountTables {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
}
