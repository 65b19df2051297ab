/** All SQL of the outbox. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';

type Q = Kysely<Database> | Transaction<Database>;

/** A claimed message, as the runner delivers it. */
export interface ClaimedMessage {
  id: number;
  topic: string;
  payload: string;
  /** Deliveries started, this one included. */
  attempts: number;
}

export async function enqueue(q: Q, topic: string, payload: string, at: string): Promise<void> {
  await q
    .insertInto('outbox')
    .values({
      topic,
      payload,
      created_at: at,
      done_at: null,
      attempts: 0,
      next_attempt_at: null,
      locked_until: null,
      claimed_by: null,
      last_error: null,
    })
    .execute();
}

/**
 * Takes up to `limit` deliverable messages for one runner: not done, not parked, past their back-off
 * and not leased to another runner. Rows are locked with SKIP LOCKED on PostgreSQL, so concurrent
 * runners take disjoint batches; on SQLite the write transaction (BEGIN IMMEDIATE) is the lock.
 * Call inside a short transaction and commit before delivering.
 */
export async function claimBatch(
  trx: Transaction<Database>,
  dialect: DialectName,
  o: { now: string; leaseUntil: string; runner: string; limit: number; maxAttempts: number },
): Promise<ClaimedMessage[]> {
  let q = trx
    .selectFrom('outbox')
    .select(['id', 'topic', 'payload', 'attempts'])
    .where('done_at', 'is', null)
    .where('attempts', '<', o.maxAttempts)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', o.now)]))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', o.now)]))
    .orderBy('id')
    .limit(o.limit);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  const rows = await q.execute();
  if (rows.length === 0) return [];
  await trx
    .updateTable('outbox')
    .set((eb) => ({ locked_until: o.leaseUntil, claimed_by: o.runner, attempts: eb('attempts', '+', 1) }))
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({ id: r.id, topic: r.topic, payload: r.payload, attempts: r.attempts + 1 }));
}

/** Marks a delivered message done, if this runner still holds it; false when its lease was lost. */
export async function markDone(q: Q, id: number, runner: string, at: string): Promise<boolean> {
  const r = await q
    .updateTable('outbox')
    .set({ done_at: at, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('claimed_by', '=', runner)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Releases a message whose delivery failed, to be tried again from `nextAttemptAt`. */
export async function markFailed(q: Q, id: number, runner: string, nextAttemptAt: string, error: string): Promise<void> {
  await q
    .updateTable('outbox')
    .set({ next_attempt_at: nextAttemptAt, last_error: error, locked_until: null, claimed_by: null })
    .where('id', '=', id)
    .where('claimed_by', '=', runner)
    .where('done_at', 'is', null)
    .execute();
}
