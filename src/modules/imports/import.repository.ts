/** All SQL of the imports module. */
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Db } from '../../db/database.js';
import { whereInScope } from '../../db/scope.js';
import type { ImportJobRow } from './import.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertJob(q: Q, row: Insertable<ImportJobRow>): Promise<void> {
  await q.insertInto('import_jobs').values(row).execute();
}

export async function findJob(q: Q, id: string): Promise<Selectable<ImportJobRow> | undefined> {
  return q.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export type JobPatch = Partial<Omit<Insertable<ImportJobRow>, 'id'>>;

export async function updateJob(q: Q, id: string, patch: JobPatch): Promise<void> {
  await q.updateTable('import_jobs').set(patch).where('id', '=', id).execute();
}

/** Adds a committed batch's counts to the job (in the batch's own transaction). */
export async function addProgress(
  q: Q,
  id: string,
  d: { processed: number; created: number; unchanged: number; updated: number; conflicts: number; errors: number },
): Promise<void> {
  await q
    .updateTable('import_jobs')
    .set((eb) => ({
      processed: eb('processed', '+', d.processed),
      created: eb('created', '+', d.created),
      unchanged: eb('unchanged', '+', d.unchanged),
      updated: eb('updated', '+', d.updated),
      conflicts: eb('conflicts', '+', d.conflicts),
      errors: eb('errors', '+', d.errors),
    }))
    .where('id', '=', id)
    .execute();
}

/**
 * Jobs started within the jurisdiction (the starter's jurisdiction at the time lies inside it): an
 * actor's own jobs included only when they lie inside, so a narrowed API token sees no more.
 */
export async function listJobs(
  q: Q,
  jurisdiction: string,
  limit: number,
  offset: number,
): Promise<{ rows: Array<Selectable<ImportJobRow>>; total: number }> {
  const base = whereInScope(q.selectFrom('import_jobs'), jurisdiction, { codes: ['jurisdiction'], province: 'province' });
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return { rows, total: Number(count?.n ?? 0) };
}

/** Finished jobs whose uploaded file is still kept and that finished at or before `cutoff` (ISO instant). */
export async function listExpired(q: Q, cutoff: string, limit: number): Promise<Array<Selectable<ImportJobRow>>> {
  return q
    .selectFrom('import_jobs')
    .selectAll()
    .where('source_purged_at', 'is', null)
    .where('status', 'in', ['done', 'failed', 'interrupted'])
    .where('finished_at', '<=', cutoff)
    .orderBy('finished_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks a job's file purged and forgets its revealing report; false when another sweep got there first. */
export async function markSourcePurged(q: Q, id: string, at: string): Promise<boolean> {
  const r = await q
    .updateTable('import_jobs')
    .set({ source_purged_at: at, report_reveal_hash: null })
    .where('id', '=', id)
    .where('source_purged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** True when a job still needs the blob: as its kept file, or as one of its reports. */
export async function blobInUse(q: Q, hash: string): Promise<boolean> {
  const row = await q
    .selectFrom('import_jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('file_hash', '=', hash), eb('source_purged_at', 'is', null)]),
        eb('report_hash', '=', hash),
        eb('report_reveal_hash', '=', hash),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Jobs still 'queued' or 'running' whose lease has lapsed (or that never had one: before leases). */
export async function listLapsed(q: Q, now: string, limit: number): Promise<Array<Selectable<ImportJobRow>>> {
  return q
    .selectFrom('import_jobs')
    .selectAll()
    .where('status', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', now)]))
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** Extends the lease of a job its owner still runs; false when the lease was lost (marked interrupted). */
export async function renewLease(q: Q, id: string, owner: string, until: string): Promise<boolean> {
  const r = await q
    .updateTable('import_jobs')
    .set({ lease_expires_at: until })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Ends an unfinished job with a final patch, only while it is still unfinished and — when `owner` is
 * given — still held by that owner, or — when `lapsedBefore` is given — its lease lapsed before that
 * instant. False when the job had already ended or another process holds it.
 */
export async function endUnfinished(q: Q, id: string, patch: JobPatch, guard: { owner?: string; lapsedBefore?: string }): Promise<boolean> {
  let upd = q
    .updateTable('import_jobs')
    .set({ ...patch, lease_owner: null, lease_expires_at: null })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running']);
  if (guard.owner !== undefined) upd = upd.where('lease_owner', '=', guard.owner);
  const lapsed = guard.lapsedBefore;
  if (lapsed !== undefined) upd = upd.where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', lapsed)]));
  const r = await upd.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Marks an interrupted or failed job seen; false when it is not one or was dismissed already. */
export async function dismissJob(q: Q, id: string, at: string): Promise<boolean> {
  const r = await q
    .updateTable('import_jobs')
    .set({ dismissed_at: at })
    .where('id', '=', id)
    .where('status', 'in', ['interrupted', 'failed'])
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
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
