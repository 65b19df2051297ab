/** All SQL of the imports module. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Db } from '../../db/database.js';
import { likePrefix } from '../../db/dialect.js';
import { sql } from 'kysely';
import type { ImportJobRow } from './import.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertJob(q: Q, row: ImportJobRow): Promise<void> {
  await q.insertInto('import_jobs').values(row).execute();
}

export async function findJob(q: Q, id: string): Promise<Selectable<ImportJobRow> | undefined> {
  return q.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export type JobPatch = Partial<Omit<ImportJobRow, 'id'>>;

export async function updateJob(q: Q, id: string, patch: JobPatch): Promise<void> {
  await q.updateTable('import_jobs').set(patch).where('id', '=', id).execute();
}

/** Adds a committed batch's counts to the job (in the batch's own transaction). */
export async function addProgress(q: Q, id: string, d: { processed: number; created: number; unchanged: number; updated: number; conflicts: number; errors: number }): Promise<void> {
  await q.updateTable('import_jobs').set((eb) => ({
    processed: eb('processed', '+', d.processed),
    created: eb('created', '+', d.created),
    unchanged: eb('unchanged', '+', d.unchanged),
    updated: eb('updated', '+', d.updated),
    conflicts: eb('conflicts', '+', d.conflicts),
    errors: eb('errors', '+', d.errors),
  })).where('id', '=', id).execute();
}

/** Jobs the actor started, or any job started within the jurisdiction prefix (null: only own). */
export async function listJobs(q: Q, scope: { actorId: string | null; jurisdiction: string | null }, limit: number, offset: number): Promise<{ rows: Array<Selectable<ImportJobRow>>; total: number }> {
  let base = q.selectFrom('import_jobs');
  if (scope.jurisdiction !== null) {
    const j = scope.jurisdiction;
    base = base.where(sql<boolean>`jurisdiction like ${likePrefix(j)} escape '\\'`);
  } else {
    base = scope.actorId === null ? base.where('actor_id', 'is', null) : base.where('actor_id', '=', scope.actorId);
  }
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return { rows, total: Number(count?.n ?? 0) };
}

/** Jobs left 'running' or 'queued' by a process that stopped. */
export async function listUnfinished(q: Q): Promise<Array<Selectable<ImportJobRow>>> {
  return q.selectFrom('import_jobs').selectAll().where('status', 'in', ['queued', 'running']).execute();
}

/**
 * Gives a SQLite connection a larger page cache (KiB) for the length of an import, so the pages
 * of the people indexes a transaction touches stay in memory between transactions; returns the
 * function that restores the previous size. PostgreSQL (or kib <= 0): nothing to do.
 */
export function widenSqliteCache(db: Db, kib: number): () => void {
  const handle = db.sqlite;
  if (!handle || kib <= 0) return () => {};
  const before = handle.pragma('cache_size', { simple: true });
  handle.pragma(`cache_size = -${Math.floor(kib)}`);
  return () => {
    if (typeof before === 'number') handle.pragma(`cache_size = ${before}`);
  };
}
