/** Kysely row types for settings, idempotency keys and the outbox. */
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
  attempts: number;
}

export interface SystemTables {
  settings: SettingRow;
  idempotency_keys: IdempotencyRow;
  outbox: OutboxRow;
}
