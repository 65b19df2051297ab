/** Kysely row types for settings, idempotency keys, the outbox and the shared rate-limit counts. */
import type { Generated } from 'kysely';

export interface SettingRow {
  key: string;
  value: string;
  updated_at: string;
}

export interface IdempotencyRow {
  /** scope (user id) + ':' + client key */
  key: string;
  request_hash: string;
  status_code: number | null;
  response: string | null;
  created_at: string;
}

export interface OutboxRow {
  id: Generated<number>;
  topic: string;
  payload: string;
  created_at: string;
  done_at: string | null;
  /** Deliveries started (a claim counts one). */
  attempts: number;
  /** After a failed delivery: not before this instant (exponential back-off). */
  next_attempt_at: string | null;
  /** A runner's lease: no other runner takes the message before this instant. */
  locked_until: string | null;
  claimed_by: string | null;
  last_error: string | null;
}

/** Requests counted under one hashed rate-limit key in one fixed window (decision 231); instants in epoch milliseconds. */
export interface RateLimitHitRow {
  key: string;
  window_start: number;
  hits: number;
  expires_at: number;
}

export interface SystemTables {
  settings: SettingRow;
  rate_limit_hits: RateLimitHitRow;
  idempotency_keys: IdempotencyRow;
  outbox: OutboxRow;
}
