/** SQL of the policy administration module: the append-only parameter table. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PolicyParameterRow } from './policy.table.js';

export type Q = Kysely<Database> | Transaction<Database>;

/** Appends one parameter row (never updates). */
export async function insertParameter(q: Q, row: PolicyParameterRow): Promise<void> {
  await q.insertInto('policy_parameters').values(row).execute();
}

/** Every stored row, oldest record first (the table is small: one row per notice and region). */
export async function listParameterRows(
  q: Q,
  filter: { key?: string | undefined; region?: string | undefined } = {},
): Promise<PolicyParameterRow[]> {
  let query = q.selectFrom('policy_parameters').selectAll();
  if (filter.key) query = query.where('key', '=', filter.key);
  if (filter.region !== undefined) query = query.where('region_code', '=', filter.region);
  return query.orderBy('recorded_at').orderBy('id').execute();
}

/** How many values were ever recorded (the table is append-only): a cheap freshness stamp for caches. */
export async function countParameterRows(q: Q): Promise<number> {
  const r = await q
    .selectFrom('policy_parameters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
