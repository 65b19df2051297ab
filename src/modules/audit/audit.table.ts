/** Kysely row types of the audit log: one hash chain per province. */
import type { Generated } from 'kysely';

export interface AuditRow {
  id: Generated<number>;
  /** 2-digit province of the chain; '00' for national records (accounts, settings). */
  province: string;
  chain_seq: number;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** JSON: changed fields and non-personal values; personal values never appear in plaintext. */
  details: string;
  request_id: string | null;
  /** Division code of the record the entry describes (reads are scoped by it); null when unknown. */
  region: string | null;
  /** How `hash` was made: 'hmac-sha256' (keyed, decision 110) or 'sha256' (entries from before it). */
  alg: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadRow {
  province: string;
  last_seq: number;
  last_hash: string;
  /** How many plain-SHA-256 entries the chain had when keying began (migration 0011); never more. */
  legacy_seq: Generated<number>;
}

export interface AuditTables {
  audit_log: AuditRow;
  audit_heads: AuditHeadRow;
}
