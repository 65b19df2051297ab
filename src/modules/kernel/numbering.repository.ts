/** All SQL of readable numbering: the counter row, incremented in the caller's transaction. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Takes the next number of a counter: one upsert that either creates the counter at 1 or adds one
 * and returns the new value. The row stays locked until the caller's transaction ends (PostgreSQL
 * row lock; SQLite's single writer), so a concurrent allocation waits and sees the committed value,
 * and a rolled-back allocation gives its number back.
 */
export async function nextInSequence(q: Q, key: { kind: string; scope: string; year: number }): Promise<number> {
  const r = await q
    .insertInto('number_sequences')
    .values({ ...key, last: 1 })
    .onConflict((oc) => oc.columns(['kind', 'scope', 'year']).doUpdateSet({ last: sql<number>`number_sequences.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(r.last);
}

/** The current value of a counter (0 when none was taken). */
export async function currentSequence(q: Q, key: { kind: string; scope: string; year: number }): Promise<number> {
  const r = await q
    .selectFrom('number_sequences')
    .select('last')
    .where('kind', '=', key.kind)
    .where('scope', '=', key.scope)
    .where('year', '=', key.year)
    .executeTakeFirst();
  return Number(r?.last ?? 0);
}
