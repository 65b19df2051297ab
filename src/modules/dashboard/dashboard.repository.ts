/**
 * The home page's read model (decision 210): aggregate SQL only — GROUP BY and COUNT/SUM over the
 * owners' indexed columns, every query scoped through src/db/scope.ts. Nothing here writes, and no
 * row leaves the database: each answer is a handful of (group, count) pairs, exact at any size.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';

type Q = Kysely<Database>;

const PERSON_CODES = ['hukou_code', 'residence_code', 'employment_code', 'insured_code'] as const;

/** A month in Beijing time and its bounds as UTC instants (ISO strings compare as instants). */
export interface MonthBucket {
  month: string;
  from: string;
  to: string;
}

function num(v: unknown): number {
  return Number(v ?? 0);
}

/** People in scope (live records only), and how many of them are poverty-registered. */
export async function peopleTotals(q: Q, scope: string): Promise<{ people: number; poverty: number }> {
  const r = await whereInScope(q.selectFrom('people'), scope, { codes: PERSON_CODES })
    .where('merged_into', 'is', null)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('poverty_registered', '=', 1).then(1).else(0).end()).as('poor'),
    ])
    .executeTakeFirst();
  return { people: num(r?.n), poverty: num(r?.poor) };
}

/**
 * People whose household registration (户籍) lies in the scope, grouped by the division `length`
 * digits long that contains it (the county's townships, the city's counties …), with the
 * poverty-registered among them. People in scope only through residence, work or insurance are the
 * difference to `peopleTotals` and are shown apart by the service.
 */
export async function peopleByArea(q: Q, scope: string, length: number): Promise<Array<{ code: string; people: number; poverty: number }>> {
  const area = sql<string>`substr(hukou_code, 1, ${sql.lit(length)})`;
  const rows = await whereInScope(q.selectFrom('people'), scope, { codes: ['hukou_code'] })
    .where('merged_into', 'is', null)
    .select((eb) => [
      area.as('code'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('poverty_registered', '=', 1).then(1).else(0).end()).as('poor'),
    ])
    .groupBy(area)
    .orderBy(area)
    .execute();
  return rows.map((r) => ({ code: r.code, people: num(r.n), poverty: num(r.poor) }));
}

/**
 * `CASE WHEN col in [from, to) THEN month …` over the buckets, NULL outside them. The bounds are
 * literals we computed (ISO instants, YYYY-MM), not parameters: PostgreSQL matches a GROUP BY
 * expression to the selected one only when both are textually the same, which numbered parameters
 * ($1 in the select, $25 in the group by) would prevent.
 */
function monthOf(column: string, months: readonly MonthBucket[]): RawBuilder<string | null> {
  const lit = (v: string) => {
    if (!/^[\d:.TZ-]+$/.test(v)) throw new Error(`not a month bound: ${v}`);
    return sql.lit(v);
  };
  const whens = months.map(
    (m) => sql`when ${sql.ref(column)} >= ${lit(m.from)} and ${sql.ref(column)} < ${lit(m.to)} then ${lit(m.month)}`,
  );
  return sql<string | null>`case ${sql.join(whens, sql` `)} else null end`;
}

/** Claims lodged in the scope (the claim's region) per program and Beijing month of lodging. */
export async function claimsByProgramMonth(
  q: Q,
  scope: string,
  months: readonly MonthBucket[],
): Promise<Array<{ programId: string; month: string; claims: number }>> {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const month = monthOf('created_at', months);
  const rows = await whereInScope(q.selectFrom('claims'), scope, { codes: ['region'], province: 'province' })
    .where('created_at', '>=', first.from)
    .where('created_at', '<', last.to)
    .select((eb) => ['program_id', month.as('month'), eb.fn.countAll<number>().as('n')])
    .groupBy(['program_id', month])
    .execute();
  return rows.flatMap((r) => (r.month === null ? [] : [{ programId: r.program_id, month: r.month, claims: num(r.n) }]));
}

/**
 * Money paid (fen) per program and Beijing month in which the bank confirmed it: payments whose
 * slot is `paid` now (a reversed or failed payment no longer counts), in the claim's region.
 */
export async function paidByProgramMonth(
  q: Q,
  scope: string,
  months: readonly MonthBucket[],
): Promise<Array<{ programId: string; month: string; paidFen: number; payments: number }>> {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const month = monthOf('s.updated_at', months);
  const rows = await whereInScope(
    q
      .selectFrom('payment_slots as s')
      .innerJoin('payment_entries as e', 'e.id', 's.entry_id')
      .innerJoin('claims as c', 'c.id', 'e.claim_id'),
    scope,
    { codes: ['c.region'], province: 'c.province' },
  )
    .where('s.status', '=', 'paid')
    .where('s.updated_at', '>=', first.from)
    .where('s.updated_at', '<', last.to)
    .select((eb) => [
      'e.program_id as program_id',
      month.as('month'),
      eb.fn.sum<number>('e.amount_fen').as('fen'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['e.program_id', month])
    .execute();
  return rows.flatMap((r) =>
    r.month === null ? [] : [{ programId: r.program_id, month: r.month, paidFen: num(r.fen), payments: num(r.n) }],
  );
}

/**
 * Claims waiting in each status in the scope, and how many of them entered it before `overdueBefore`:
 * counted from `status_since` (set by each workflow step), so an edit of a claim's facts does not
 * restart its clock (decision 164); `updated_at` only for a row written without it.
 */
export async function claimsWaiting(
  q: Q,
  scope: string,
  statuses: readonly string[],
  overdueBefore: string,
): Promise<Array<{ status: string; waiting: number; overdue: number }>> {
  if (statuses.length === 0) return [];
  const rows = await whereInScope(q.selectFrom('claims'), scope, { codes: ['region'], province: 'province' })
    .where('status', 'in', [...statuses])
    .select((eb) => [
      'status',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when(eb.fn.coalesce('status_since', 'updated_at'), '<', overdueBefore).then(1).else(0).end()).as('late'),
    ])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, waiting: num(r.n), overdue: num(r.late) }));
}

/** Payment batches in the scope the bank has not yet answered (reconciled), with their totals. */
export async function batchesToReconcile(q: Q, scope: string): Promise<{ batches: number; entries: number; totalFen: number }> {
  const r = await whereInScope(q.selectFrom('payment_batches'), scope, { codes: ['region'], province: 'province' })
    .where('reconciled_at', 'is', null)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('entry_count').as('entries'),
      eb.fn.sum<number>('total_fen').as('fen'),
    ])
    .executeTakeFirst();
  return { batches: num(r?.n), entries: num(r?.entries), totalFen: num(r?.fen) };
}

/** Approved payments not yet put into a bank batch (pending, unbatched) in the scope. */
export async function paymentsToBatch(q: Q, scope: string): Promise<number> {
  const r = await whereInScope(
    q
      .selectFrom('payment_slots as s')
      .innerJoin('payment_entries as e', 'e.id', 's.entry_id')
      .innerJoin('claims as c', 'c.id', 'e.claim_id')
      .leftJoin('payment_batch_entries as b', 'b.entry_id', 'e.id'),
    scope,
    { codes: ['c.region'], province: 'c.province' },
  )
    .where('s.status', '=', 'pending')
    .where('e.kind', '=', 'payment')
    .where('b.batch_id', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return num(r?.n);
}

/** Pending requests to bind a phone to a record, inside the scope (any of the record's localities). */
export async function bindingRequestsPending(q: Q, scope: string): Promise<number> {
  const r = await whereInScope(q.selectFrom('worker_binding_requests as r'), scope, {
    codes: ['r.hukou_code', 'r.residence_code', 'r.employment_code', 'r.insured_code'],
    province: 'r.province',
  })
    .where('r.status', '=', 'pending')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return num(r?.n);
}

/** Kernel timers past due and neither fired nor cancelled (system-wide: timers carry no jurisdiction). */
export async function timersOverdue(q: Q, now: string): Promise<number> {
  const r = await q
    .selectFrom('timers')
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('due_at', '<', now)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return num(r?.n);
}
