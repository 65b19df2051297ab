/** All SQL of the shared rate-limit counts (decision 231). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { compiledQuery } from '../../db/compiled.js';

/** One more hit under a key in a window, in one atomic upsert; every request runs it, so it is compiled once. */
const countHit = compiledQuery(3, (q, key: string, windowStart: string, expiresAt: string) =>
  q
    .insertInto('rate_limit_hits')
    .values({ key, window_start: sql<number>`${windowStart}`, hits: 1, expires_at: sql<number>`${expiresAt}` })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql<number>`rate_limit_hits.hits + 1` }))
    .returning('hits'),
);

/** Counts one hit and returns the window's hits so far (this one included). */
export async function countRateLimitHit(q: Kysely<Database>, key: string, windowStart: number, expiresAt: number): Promise<number> {
  const r = await countHit(q, key, String(windowStart), String(expiresAt));
  const hits = r.rows[0]?.hits;
  if (hits === undefined) throw new Error('rate_limit_hits: the upsert returned no row');
  return Number(hits);
}

/** Deletes at most `limit` rows whose window ended by `now`; returns how many went. */
export async function pruneRateLimitHits(q: Kysely<Database>, now: number, limit: number): Promise<number> {
  const r = await q
    .deleteFrom('rate_limit_hits')
    .where((eb) =>
      eb(
        eb.refTuple('key', 'window_start'),
        'in',
        eb
          .selectFrom('rate_limit_hits')
          .select(['key', 'window_start'])
          .where('expires_at', '<=', now)
          .limit(limit)
          .$asTuple('key', 'window_start'),
      ),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
