/** All SQL of divisions and priority designations. */
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';
import type { DivisionRow, PriorityDesignationRow } from './region.table.js';
import { likePrefix } from '../../db/dialect.js';

type Q = Kysely<Database> | Transaction<Database>;
export type DivisionRecord = Selectable<DivisionRow>;
export type DesignationRecord = Selectable<PriorityDesignationRow>;

/** Rows per INSERT: 6 columns × 1000 stays far below both databases' bound-parameter limits. */
const INSERT_BATCH = 1000;

export interface DivisionFilter {
  codePrefix?: string;
  /** Substring of the Chinese name. */
  nameContains?: string;
  /** Prefix of the full pinyin or of the initials (lower-case ASCII). */
  pinyinPrefix?: string;
  level?: string;
  parentCode?: string;
}

/** Divisions matching a filter, coarse levels first, then by code. */
export async function searchDivisions(
  q: Q,
  f: DivisionFilter,
  limit: number,
  offset: number,
): Promise<{ rows: DivisionRecord[]; total: number }> {
  let base = q.selectFrom('divisions');
  if (f.codePrefix !== undefined) base = base.where('code', 'like', likePrefix(f.codePrefix));
  // ESCAPE so that % and _ typed by a user match themselves on both databases.
  if (f.nameContains !== undefined) base = base.where(sql<boolean>`name like ${`%${likePrefix(f.nameContains)}`} escape '\\'`);
  if (f.pinyinPrefix !== undefined) {
    const p = likePrefix(f.pinyinPrefix);
    base = base.where((eb) => eb.or([eb('pinyin', 'like', p), eb('initials', 'like', p)]));
  }
  if (f.level !== undefined) base = base.where('level', '=', f.level);
  if (f.parentCode !== undefined) base = base.where('parent_code', '=', f.parentCode);
  const rows = await base
    .selectAll()
    .orderBy(sql`length(code)`)
    .orderBy('code')
    .limit(limit)
    .offset(offset)
    .execute();
  const t = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(t.n) };
}

export async function findDivision(q: Q, code: string): Promise<DivisionRecord | undefined> {
  return q.selectFrom('divisions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Several divisions by code, coarse levels first. */
export async function findDivisions(q: Q, codes: string[]): Promise<DivisionRecord[]> {
  if (codes.length === 0) return [];
  return q
    .selectFrom('divisions')
    .selectAll()
    .where('code', 'in', codes)
    .orderBy(sql`length(code)`)
    .orderBy('code')
    .execute();
}

export async function childDivisions(q: Q, parentCode: string): Promise<DivisionRecord[]> {
  return q.selectFrom('divisions').selectAll().where('parent_code', '=', parentCode).orderBy('code').execute();
}

export async function countDivisions(q: Q): Promise<number> {
  const r = await q
    .selectFrom('divisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Serialises reference loads across processes sharing a PostgreSQL database (SQLite transactions
 * already start with BEGIN IMMEDIATE, which takes the write lock).
 */
export async function lockDivisionsForReload(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`lock table divisions in exclusive mode`.execute(trx);
}

/** Replaces the whole division table (reference data: nothing else writes it). */
export async function replaceDivisions(trx: Transaction<Database>, rows: Array<Insertable<DivisionRow>>): Promise<void> {
  await trx.deleteFrom('divisions').execute();
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await trx
      .insertInto('divisions')
      .values(rows.slice(i, i + INSERT_BATCH))
      .execute();
  }
}

/** Inserts designations whose id is not yet present; existing rows (closed or not) are left alone. */
export async function insertMissingDesignations(
  trx: Transaction<Database>,
  rows: Array<Insertable<PriorityDesignationRow>>,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const r = await trx
      .insertInto('priority_designations')
      .values(rows.slice(i, i + INSERT_BATCH))
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function insertDesignation(q: Q, row: Insertable<PriorityDesignationRow>): Promise<void> {
  await q.insertInto('priority_designations').values(row).execute();
}

export async function findDesignation(q: Q, id: string): Promise<DesignationRecord | undefined> {
  return q.selectFrom('priority_designations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Closes an open designation; returns the number of rows changed (0 when it was already closed). */
export async function closeDesignation(
  q: Q,
  id: string,
  patch: { valid_to: string; closed_at: string; closed_by: string | null; close_reason: string },
): Promise<number> {
  const r = await q.updateTable('priority_designations').set(patch).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Every designation (a few hundred rows at most): cached per process by the service. */
export async function allDesignations(q: Q): Promise<DesignationRecord[]> {
  return q.selectFrom('priority_designations').selectAll().orderBy('code').orderBy('valid_from').orderBy('id').execute();
}
