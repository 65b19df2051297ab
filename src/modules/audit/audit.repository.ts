/** All SQL of the audit log. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';
import type { AuditRow } from './audit.table.js';
import type { Selectable } from 'kysely';

type Q = Kysely<Database> | Transaction<Database>;

export const GENESIS = '0'.repeat(64);

/** Locks (PostgreSQL) or reads (SQLite, already serialised by BEGIN IMMEDIATE) a province's chain head. */
export async function lockHead(q: Q, dialect: DialectName, province: string): Promise<{ last_seq: number; last_hash: string }> {
  await q.insertInto('audit_heads').values({ province, last_seq: 0, last_hash: GENESIS })
    .onConflict((oc) => oc.column('province').doNothing()).execute();
  let query = q.selectFrom('audit_heads').select(['last_seq', 'last_hash']).where('province', '=', province);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirstOrThrow();
}

export async function insertEntry(q: Q, row: Omit<AuditRow, 'id'>): Promise<void> {
  await q.insertInto('audit_log').values(row).execute();
  await q.updateTable('audit_heads').set({ last_seq: row.chain_seq, last_hash: row.hash }).where('province', '=', row.province).execute();
}

export async function listHeads(q: Q): Promise<Array<{ province: string; last_seq: number; last_hash: string }>> {
  return q.selectFrom('audit_heads').selectAll().orderBy('province').execute();
}

/** A page of one chain in order, for verification. */
export async function chainPage(q: Q, province: string, afterSeq: number, limit: number): Promise<Array<Selectable<AuditRow>>> {
  return q.selectFrom('audit_log').selectAll().where('province', '=', province).where('chain_seq', '>', afterSeq)
    .orderBy('chain_seq').limit(limit).execute();
}

export async function entityHistory(q: Q, entityType: string, entityId: string, limit: number): Promise<Array<Selectable<AuditRow>>> {
  return q.selectFrom('audit_log').selectAll().where('entity_type', '=', entityType).where('entity_id', '=', entityId)
    .orderBy('id', 'desc').limit(limit).execute();
}

export interface AuditFilter { province?: string | undefined; action?: string | undefined; actorId?: string | undefined; entityType?: string | undefined }

export async function search(q: Q, provinces: string | null, f: AuditFilter, limit: number, offset: number): Promise<{ rows: Array<Selectable<AuditRow>>; total: number }> {
  let base = q.selectFrom('audit_log');
  if (provinces !== null) base = base.where('province', 'in', [provinces, '00']);
  if (f.province) base = base.where('province', '=', f.province);
  if (f.action) base = base.where('action', '=', f.action);
  if (f.actorId) base = base.where('actor_id', '=', f.actorId);
  if (f.entityType) base = base.where('entity_type', '=', f.entityType);
  const rows = await base.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute();
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export type AuditFields = Omit<Selectable<AuditRow>, 'id'>;
