/** All SQL of the audit log. */
import { sql, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';
import { scopeCondition } from '../../db/scope.js';
import type { AuditRow } from './audit.table.js';
import { GENESIS, type ChainHead } from './audit.chain.js';

type Q = Kysely<Database> | Transaction<Database>;

export { GENESIS };

/** Locks (PostgreSQL) or reads (SQLite, already serialised by BEGIN IMMEDIATE) a province's chain head. */
export async function lockHead(
  q: Transaction<Database>,
  dialect: DialectName,
  province: string,
): Promise<{ last_seq: number; last_hash: string }> {
  // A chain created after keying began has no plain entries: legacy_seq 0.
  await q
    .insertInto('audit_heads')
    .values({ province, last_seq: 0, last_hash: GENESIS, legacy_seq: 0 })
    .onConflict((oc) => oc.column('province').doNothing())
    .execute();
  let query = q.selectFrom('audit_heads').select(['last_seq', 'last_hash']).where('province', '=', province);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirstOrThrow();
}

export async function insertEntry(q: Transaction<Database>, row: Omit<AuditRow, 'id'>): Promise<void> {
  await q.insertInto('audit_log').values(row).execute();
  await q.updateTable('audit_heads').set({ last_seq: row.chain_seq, last_hash: row.hash }).where('province', '=', row.province).execute();
}

export async function listHeads(q: Q): Promise<ChainHead[]> {
  return q.selectFrom('audit_heads').select(['province', 'last_seq', 'last_hash', 'legacy_seq']).orderBy('province').execute();
}

/** Provinces with entries in the log (to find entries of a chain whose head was removed). */
export async function chainProvinces(q: Q): Promise<string[]> {
  const rows = await q.selectFrom('audit_log').select('province').distinct().execute();
  return rows.map((r) => r.province);
}

/** A page of one chain in order, for verification. */
/** Entries after `afterSeq` up to `uptoSeq` (the head read when verification began, so entries written meanwhile wait for the next run). */
export async function chainPage(
  q: Q,
  province: string,
  afterSeq: number,
  uptoSeq: number,
  limit: number,
): Promise<Array<Selectable<AuditRow>>> {
  return q
    .selectFrom('audit_log')
    .selectAll()
    .where('province', '=', province)
    .where('chain_seq', '>', afterSeq)
    .where('chain_seq', '<=', uptoSeq)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
}

/** The hash of one entry of a chain, if it exists. */
export async function entryHash(q: Q, province: string, seq: number): Promise<string | undefined> {
  const row = await q
    .selectFrom('audit_log')
    .select('hash')
    .where('province', '=', province)
    .where('chain_seq', '=', seq)
    .executeTakeFirst();
  return row?.hash;
}

export async function entityHistory(q: Q, entityType: string, entityId: string, limit: number): Promise<Array<Selectable<AuditRow>>> {
  return q
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export interface AuditFilter {
  province?: string | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
  /** Entries by any of these users (an officer found by name); an empty list matches nothing. */
  actorIds?: readonly string[] | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Instants (UTC ISO): at ≥ from and at < to (the service turns Beijing dates into these). */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Which entries a reader may see (decision 112): every entry; every entry outside the national
 * chain '00'; or the entries whose region lies inside a jurisdiction, plus, for a jurisdiction that
 * is exactly one province, that province's entries without a region.
 */
export type AuditReadScope = { kind: 'all' } | { kind: 'provinces' } | { kind: 'jurisdiction'; jurisdiction: string };

export const NATIONAL_CHAIN = '00';

export async function search(
  q: Q,
  scope: AuditReadScope,
  f: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: Array<Selectable<AuditRow>>; total: number }> {
  let base = q.selectFrom('audit_log');
  if (scope.kind !== 'all') base = base.where('province', '<>', NATIONAL_CHAIN);
  if (scope.kind === 'jurisdiction') {
    const j = scope.jurisdiction;
    base = base.where((eb) => {
      const inRegion = scopeCondition(eb, j, { codes: ['region'] });
      return j.length === 2 ? eb.or([inRegion, eb.and([eb('region', 'is', null), eb('province', '=', j)])]) : inRegion;
    });
  }
  if (f.province) base = base.where('province', '=', f.province);
  if (f.action) base = base.where('action', '=', f.action);
  if (f.actorId) base = base.where('actor_id', '=', f.actorId);
  if (f.actorIds !== undefined)
    base = f.actorIds.length === 0 ? base.where(sql<SqlBool>`1 = 0`) : base.where('actor_id', 'in', [...f.actorIds]);
  if (f.entityType) base = base.where('entity_type', '=', f.entityType);
  if (f.entityId) base = base.where('entity_id', '=', f.entityId);
  if (f.from) base = base.where('at', '>=', f.from);
  if (f.to) base = base.where('at', '<', f.to);
  const rows = await base.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute();
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}
