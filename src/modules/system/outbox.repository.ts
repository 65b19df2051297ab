/** All SQL of the outbox. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function enqueue(q: Q, topic: string, payload: string, at: string): Promise<void> {
  await q.insertInto('outbox').values({ topic, payload, created_at: at, done_at: null, attempts: 0 }).execute();
}

/** Pending messages, locked for this worker on PostgreSQL (other servers skip them). */
export async function takePending(trx: Transaction<Database>, dialect: DialectName, limit: number, maxAttempts: number) {
  let q = trx.selectFrom('outbox').selectAll().where('done_at', 'is', null).where('attempts', '<', maxAttempts).orderBy('id').limit(limit);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  return q.execute();
}

export async function markDone(q: Q, id: number, at: string): Promise<void> {
  await q.updateTable('outbox').set({ done_at: at }).where('id', '=', id).execute();
}

export async function markFailed(q: Q, id: number, attempts: number): Promise<void> {
  await q.updateTable('outbox').set({ attempts }).where('id', '=', id).execute();
}
