/** All SQL of gig work. Reads by jurisdiction go through src/db/scope.ts. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { DialectName } from '../../db/database.js';
import type { GigRatingRow, GigReportRow, GigSignupRow, GigSuspensionRow, GigTaskRow } from './gig.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertTask(q: Q, row: GigTaskRow): Promise<void> {
  await q.insertInto('gig_tasks').values(row).execute();
}

export async function findTask(q: Q, id: string): Promise<GigTaskRow | undefined> {
  return q.selectFrom('gig_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTasks(q: Q, ids: readonly string[]): Promise<GigTaskRow[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('gig_tasks')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export interface TaskFilter {
  /** Staff: the jurisdiction over the place. */
  scope?: string | undefined;
  enterpriseId?: string | undefined;
  status?: readonly string[] | undefined;
  /** Places under this division code (a worker's "near me"). */
  placePrefix?: string | undefined;
  /** Tasks starting on or after this date (sign-up closes when a gig starts). */
  startsFrom?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of tasks, soonest first, with the total. */
export async function listTasks(q: Q, f: TaskFilter): Promise<{ rows: GigTaskRow[]; total: number }> {
  let base = q.selectFrom('gig_tasks');
  if (f.scope !== undefined) base = whereInScope(base, f.scope, { codes: ['place_code'], province: 'province' });
  if (f.placePrefix) base = whereInScope(base, f.placePrefix, { codes: ['place_code'] });
  if (f.enterpriseId !== undefined) base = base.where('enterprise_id', '=', f.enterpriseId);
  if (f.status && f.status.length > 0) base = base.where('status', 'in', [...f.status]);
  if (f.startsFrom) base = base.where('start_date', '>=', f.startsFrom);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('start_date').orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

/** Takes one confirmed place if one is left (the headcount rule, atomic on both databases). */
export async function takePlace(q: Q, taskId: string, at: string): Promise<boolean> {
  const r = await q
    .updateTable('gig_tasks')
    .set((eb) => ({ confirmed: eb('confirmed', '+', 1), updated_at: at }))
    .where('id', '=', taskId)
    .where('status', 'in', ['open', 'closed'])
    .whereRef('confirmed', '<', 'headcount')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSignup(q: Q, row: GigSignupRow): Promise<void> {
  await q.insertInto('gig_signups').values(row).execute();
}

export async function findSignup(q: Q, id: string): Promise<GigSignupRow | undefined> {
  return q.selectFrom('gig_signups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function signupOf(q: Q, taskId: string, personId: string): Promise<GigSignupRow | undefined> {
  return q.selectFrom('gig_signups').selectAll().where('task_id', '=', taskId).where('person_id', '=', personId).executeTakeFirst();
}

/** A task's sign-ups in the order they came (first come first). */
export async function signupsOfTask(q: Q, taskId: string): Promise<GigSignupRow[]> {
  return q.selectFrom('gig_signups').selectAll().where('task_id', '=', taskId).orderBy('created_at').orderBy('id').execute();
}

/** Sign-ups waiting for the employer, per task. */
export async function waitingCounts(q: Q, taskIds: readonly string[]): Promise<Map<string, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await q
    .selectFrom('gig_signups')
    .select(['task_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('task_id', 'in', [...taskIds])
    .where('status', '=', 'signed_up')
    .groupBy('task_id')
    .execute();
  return new Map(rows.map((r) => [r.task_id, Number(r.n)]));
}

/** A person's sign-ups (optionally of some states), newest task first. */
export async function signupsOfPerson(q: Q, personId: string, status?: readonly string[]): Promise<GigSignupRow[]> {
  let base = q.selectFrom('gig_signups').selectAll().where('person_id', '=', personId);
  if (status && status.length > 0) base = base.where('status', 'in', [...status]);
  return base.orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function insertRating(q: Q, row: GigRatingRow): Promise<void> {
  await q.insertInto('gig_ratings').values(row).execute();
}

export async function ratingsOf(q: Q, signupIds: readonly string[]): Promise<GigRatingRow[]> {
  if (signupIds.length === 0) return [];
  return q
    .selectFrom('gig_ratings')
    .selectAll()
    .where('signup_id', 'in', [...signupIds])
    .execute();
}

export async function insertReport(q: Q, row: GigReportRow): Promise<void> {
  await q.insertInto('gig_reports').values(row).execute();
}

export async function findReport(q: Q, id: string): Promise<GigReportRow | undefined> {
  return q.selectFrom('gig_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reports over places of the jurisdiction, open ones first, newest first. */
export async function listReports(q: Q, scope: string, status: string | undefined, limit: number): Promise<GigReportRow[]> {
  let base = whereInScope(q.selectFrom('gig_reports'), scope, { codes: ['place_code'], province: 'province' });
  if (status !== undefined) base = base.where('status', '=', status);
  return base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}

/** The other reports that keep an employer's gig posting suspended (on any of its tasks, in any county). */
export async function suspendedReportsOf(q: Q, enterpriseId: string, exceptId: string): Promise<GigReportRow[]> {
  return q
    .selectFrom('gig_reports as r')
    .innerJoin('gig_signups as s', 's.id', 'r.signup_id')
    .innerJoin('gig_tasks as t', 't.id', 's.task_id')
    .selectAll('r')
    .where('t.enterprise_id', '=', enterpriseId)
    .where('r.status', '=', 'suspended')
    .where('r.id', '!=', exceptId)
    .orderBy('r.id')
    .execute();
}

export async function insertSuspension(q: Q, row: GigSuspensionRow): Promise<void> {
  await q
    .insertInto('gig_suspensions')
    .values(row)
    .onConflict((oc) => oc.column('enterprise_id').doNothing())
    .execute();
}

/**
 * Locks an employer's suspension row until the transaction ends (PostgreSQL; SQLite's writes run one
 * at a time), so two reports lifted at the same moment see each other and one of them ends it.
 */
export async function lockSuspension(q: Transaction<Database>, dialect: DialectName, enterpriseId: string): Promise<void> {
  const query = q.selectFrom('gig_suspensions').select('enterprise_id').where('enterprise_id', '=', enterpriseId);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

/** Ends an employer's gig suspension; the number of rows removed (0 when none was in force). */
export async function deleteSuspension(q: Q, enterpriseId: string): Promise<number> {
  const r = await q.deleteFrom('gig_suspensions').where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function suspensionOf(q: Q, enterpriseId: string): Promise<GigSuspensionRow | undefined> {
  return q.selectFrom('gig_suspensions').selectAll().where('enterprise_id', '=', enterpriseId).executeTakeFirst();
}

/** Counts of the area's tasks and sign-ups by state (the market overview). */
export async function marketCounts(
  q: Q,
  scope: string,
): Promise<{ tasks: Array<{ status: string; n: number }>; signups: Array<{ status: string; n: number }> }> {
  const tasks = await whereInScope(q.selectFrom('gig_tasks'), scope, { codes: ['place_code'], province: 'province' })
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const signups = await whereInScope(q.selectFrom('gig_signups'), scope, { codes: ['place_code'], province: 'province' })
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return {
    tasks: tasks.map((r) => ({ status: r.status, n: Number(r.n) })),
    signups: signups.map((r) => ({ status: r.status, n: Number(r.n) })),
  };
}
