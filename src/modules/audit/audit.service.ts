/**
 * The append-only, hash-chained audit log. `record` is called inside the caller's transaction, so an
 * audit row exists exactly when the change it describes was committed.
 */
import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { isoInstant } from '../../core/clock.js';
import * as repo from './audit.repository.js';

export interface AuditInput {
  province: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Changed fields and non-personal values. Personal values must be given as '[changed]'. */
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  province: string;
  chainSeq: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  requestId: string | null;
}

export interface VerifyReport {
  ok: boolean;
  chains: number;
  entries: number;
  problems: Array<{ province: string; chainSeq: number; problem: string }>;
}

function hashOf(prev: string, row: Omit<repo.AuditFields, 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([row.province, row.chain_seq, row.at, row.actor_id, row.actor_role, row.action, row.entity_type, row.entity_id, row.details, row.request_id]);
  return crypto.createHash('sha256').update(prev).update(canonical).digest('hex');
}

function parseDetails(s: string): Record<string, unknown> {
  const v: unknown = JSON.parse(s);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};
}

export function createAuditService(deps: Deps) {
  const { db, clock } = deps;
  return {
    /** Appends one entry to the province's chain inside the given transaction. */
    async record(trx: Transaction<Database> | Kysely<Database>, actor: Actor, input: AuditInput): Promise<void> {
      const head = await repo.lockHead(trx, db.dialect, input.province);
      const row = {
        province: input.province,
        chain_seq: head.last_seq + 1,
        at: isoInstant(clock.now()),
        actor_id: actor.userId,
        actor_role: actor.role,
        action: input.action,
        entity_type: input.entityType,
        entity_id: input.entityId,
        details: JSON.stringify(input.details ?? {}),
        request_id: actor.requestId,
      };
      await repo.insertEntry(trx, { ...row, prev_hash: head.last_hash, hash: hashOf(head.last_hash, row) });
    },

    /** Recomputes every chain; reports changed, removed or reordered rows. */
    async verify(): Promise<VerifyReport> {
      const heads = await repo.listHeads(db.kysely);
      const problems: VerifyReport['problems'] = [];
      let entries = 0;
      for (const head of heads) {
        let prev = repo.GENESIS;
        let seq = 0;
        for (;;) {
          const page = await repo.chainPage(db.kysely, head.province, seq, 5000);
          if (page.length === 0) break;
          for (const r of page) {
            entries++;
            if (r.chain_seq !== seq + 1) problems.push({ province: head.province, chainSeq: seq + 1, problem: 'missing entry' });
            if (r.prev_hash !== prev) problems.push({ province: head.province, chainSeq: r.chain_seq, problem: 'broken link to previous entry' });
            if (hashOf(r.prev_hash, r) !== r.hash) problems.push({ province: head.province, chainSeq: r.chain_seq, problem: 'entry content changed' });
            prev = r.hash;
            seq = r.chain_seq;
          }
        }
        if (seq !== head.last_seq || prev !== head.last_hash) {
          problems.push({ province: head.province, chainSeq: head.last_seq, problem: 'chain ends before its recorded head (entries removed)' });
        }
      }
      return { ok: problems.length === 0, chains: heads.length, entries, problems };
    },

    /** The history of one record, newest first. Callers check the actor may see the record. */
    async history(entityType: string, entityId: string, limit = 200): Promise<AuditEntry[]> {
      const rows = await repo.entityHistory(db.kysely, entityType, entityId, limit);
      return rows.map(toEntry);
    },

    /** Audit search for auditors and administrators, scoped to the actor's province. */
    async search(actor: Actor, filter: repo.AuditFilter, page: number, pageSize: number): Promise<{ items: AuditEntry[]; total: number }> {
      const scope = actor.jurisdiction === '' ? null : actor.jurisdiction.slice(0, 2);
      const { rows, total } = await repo.search(db.kysely, scope, filter, pageSize, (page - 1) * pageSize);
      return { items: rows.map(toEntry), total };
    },
  };
}

function toEntry(r: repo.AuditFields & { id: number }): AuditEntry {
  return {
    id: r.id, province: r.province, chainSeq: r.chain_seq, at: r.at, actorId: r.actor_id, actorRole: r.actor_role,
    action: r.action, entityType: r.entity_type, entityId: r.entity_id, details: parseDetails(r.details), requestId: r.request_id,
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
