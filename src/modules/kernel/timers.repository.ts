/** All SQL of the kernel's timers. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';
import type { TimerRow } from './timers.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export type TimerRecord = Selectable<TimerRow>;

export async function insertTimer(q: Q, row: TimerRow): Promise<void> {
  await q.insertInto('timers').values(row).execute();
}

/** Inserts a timer unless one with the same id exists; true when this call inserted it. */
export async function insertTimerOnce(q: Q, row: TimerRow): Promise<boolean> {
  const r = await q
    .insertInto('timers')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Cancels the waiting timers of a subject (of one kind, or all); returns how many. */
export async function cancelBySubject(q: Q, subjectId: string, kind: string | undefined, at: string): Promise<number> {
  let u = q
    .updateTable('timers')
    .set({ cancelled_at: at, locked_until: null, claimed_by: null })
    .where('subject_id', '=', subjectId)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null);
  if (kind !== undefined) u = u.where('kind', '=', kind);
  const r = await u.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Takes up to `limit` due timers for one runner: waiting, due, not parked, and neither leased to
 * another runner nor backing off. SKIP LOCKED on PostgreSQL lets several servers take disjoint
 * batches; on SQLite the write transaction is the lock. Call inside a short transaction.
 */
export async function claimDue(
  trx: Transaction<Database>,
  dialect: DialectName,
  o: { now: string; leaseUntil: string; runner: string; limit: number; maxAttempts: number },
): Promise<TimerRecord[]> {
  let q = trx
    .selectFrom('timers')
    .selectAll()
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('due_at', '<=', o.now)
    .where('attempts', '<', o.maxAttempts)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', o.now)]))
    .orderBy('due_at')
    .orderBy('id')
    .limit(o.limit);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  const rows = await q.execute();
  if (rows.length === 0) return [];
  await trx
    .updateTable('timers')
    .set((eb) => ({ locked_until: o.leaseUntil, claimed_by: o.runner, attempts: eb('attempts', '+', 1) }))
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({ ...r, locked_until: o.leaseUntil, claimed_by: o.runner, attempts: r.attempts + 1 }));
}

/**
 * Marks a timer fired inside the transaction that runs its handler, if this runner still holds it
 * and nobody fired or cancelled it meanwhile: the one guard that makes a timer fire once.
 */
export async function markFired(trx: Transaction<Database>, id: string, runner: string, at: string): Promise<boolean> {
  const r = await trx
    .updateTable('timers')
    .set({ fired_at: at, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('claimed_by', '=', runner)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Releases a timer whose handler failed; `retryAt` is its back-off (kept in locked_until). */
export async function markFailed(q: Q, id: string, runner: string, retryAt: string, error: string): Promise<void> {
  await q
    .updateTable('timers')
    .set({ locked_until: retryAt, claimed_by: null, last_error: error })
    .where('id', '=', id)
    .where('claimed_by', '=', runner)
    .where('fired_at', 'is', null)
    .execute();
}

/** The timers of a subject, oldest due first. */
export async function timersOf(q: Q, subjectId: string): Promise<TimerRecord[]> {
  return q.selectFrom('timers').selectAll().where('subject_id', '=', subjectId).orderBy('due_at').orderBy('id').execute();
}
