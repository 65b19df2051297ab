/** All SQL of rapid response. Reads by jurisdiction go through src/db/scope.ts. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { RapidResponseEventRow, RapidResponseOfferRow, RapidResponseTaskRow, RapidResponseWorkerRow } from './response.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertEvent(q: Q, row: RapidResponseEventRow): Promise<void> {
  await q.insertInto('rapid_response_events').values(row).execute();
}

export async function findEvent(q: Q, id: string): Promise<RapidResponseEventRow | undefined> {
  return q.selectFrom('rapid_response_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts the task unless the event already has this template for this area; true when inserted. */
export async function insertTaskOnce(q: Q, row: RapidResponseTaskRow): Promise<boolean> {
  const r = await q
    .insertInto('rapid_response_tasks')
    .values(row)
    .onConflict((oc) => oc.columns(['event_id', 'region', 'template']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findTask(q: Q, id: string): Promise<RapidResponseTaskRow | undefined> {
  return q.selectFrom('rapid_response_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function tasksOf(q: Q, eventId: string): Promise<RapidResponseTaskRow[]> {
  return q.selectFrom('rapid_response_tasks').selectAll().where('event_id', '=', eventId).orderBy('due_on').orderBy('id').execute();
}

/** Sets the overdue mark once (a task done or already marked is left alone); true when set. */
export async function markOverdue(q: Q, id: string, at: string, today: string): Promise<boolean> {
  const r = await q
    .updateTable('rapid_response_tasks')
    .set({ overdue_at: at })
    .where('id', '=', id)
    .where('overdue_at', 'is', null)
    .where('status', '!=', 'done')
    .where('due_on', '<', today)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Tasks of a department (or every department) in a jurisdiction, open ones first by due date. */
export async function tasksInScope(
  q: Q,
  scope: string,
  f: { department: string | null; status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: RapidResponseTaskRow[]; total: number }> {
  let base = whereInScope(q.selectFrom('rapid_response_tasks'), scope, { codes: ['region'], province: 'province' });
  if (f.department !== null) base = base.where('department', '=', f.department);
  if (f.status !== undefined) base = base.where('status', '=', f.status);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('due_on').orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

/** Tasks of one department of the events of one enterprise (the employer portal). */
export async function enterpriseTasks(q: Q, enterpriseId: string): Promise<RapidResponseTaskRow[]> {
  return q
    .selectFrom('rapid_response_tasks as t')
    .innerJoin('rapid_response_events as e', 'e.id', 't.event_id')
    .selectAll('t')
    .where('e.enterprise_id', '=', enterpriseId)
    .where('t.department', '=', 'enterprise')
    .orderBy('t.due_on')
    .execute();
}

export async function insertWorkerOnce(q: Q, row: RapidResponseWorkerRow): Promise<boolean> {
  const r = await q
    .insertInto('rapid_response_workers')
    .values(row)
    .onConflict((oc) => oc.columns(['event_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findWorker(q: Q, id: string): Promise<RapidResponseWorkerRow | undefined> {
  return q.selectFrom('rapid_response_workers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The event's workers (only those whose home lies in `homeScope` when given); names come through the people port. */
export async function workersOf(q: Q, eventId: string, homeScope: string | null): Promise<RapidResponseWorkerRow[]> {
  let base = q.selectFrom('rapid_response_workers as w').where('w.event_id', '=', eventId);
  if (homeScope !== null) base = whereInScope(base, homeScope, { codes: ['w.home_region'] });
  return base.selectAll('w').orderBy('w.added_at').orderBy('w.id').execute();
}

export async function countWorkers(q: Q, eventId: string): Promise<number> {
  const r = await q
    .selectFrom('rapid_response_workers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function personIdsOf(q: Q, eventId: string): Promise<Set<string>> {
  const rows = await q.selectFrom('rapid_response_workers').select('person_id').where('event_id', '=', eventId).execute();
  return new Set(rows.map((r) => r.person_id));
}

/** True when the event lists a worker whose home lies in the scope, or a task of an area in it. */
export async function touchesScope(q: Q, eventId: string, scope: string): Promise<boolean> {
  const w = await whereInScope(q.selectFrom('rapid_response_workers').select('id').where('event_id', '=', eventId), scope, {
    codes: ['home_region'],
  })
    .limit(1)
    .executeTakeFirst();
  if (w) return true;
  const t = await whereInScope(q.selectFrom('rapid_response_tasks').select('id').where('event_id', '=', eventId), scope, {
    codes: ['region'],
  })
    .limit(1)
    .executeTakeFirst();
  return t !== undefined;
}

/** Events in a jurisdiction, or listing its workers, or holding tasks of its areas, newest first. */
export async function eventsInScope(
  q: Q,
  scope: string,
  f: { limit: number; offset: number },
): Promise<{ rows: RapidResponseEventRow[]; total: number }> {
  const own = whereInScope(q.selectFrom('rapid_response_events').select('id'), scope, { codes: ['region'], province: 'province' });
  const viaWorkers = whereInScope(q.selectFrom('rapid_response_workers').select('event_id as id'), scope, { codes: ['home_region'] });
  const viaTasks = whereInScope(q.selectFrom('rapid_response_tasks').select('event_id as id'), scope, { codes: ['region'] });
  const base = q
    .selectFrom('rapid_response_events')
    .where((eb) => eb.or([eb('id', 'in', own), eb('id', 'in', viaWorkers), eb('id', 'in', viaTasks)]));
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

export async function eventsOfEnterprise(q: Q, enterpriseId: string): Promise<RapidResponseEventRow[]> {
  return q
    .selectFrom('rapid_response_events')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

export async function insertOfferOnce(q: Q, row: RapidResponseOfferRow): Promise<boolean> {
  const r = await q
    .insertInto('rapid_response_offers')
    .values(row)
    .onConflict((oc) => oc.columns(['worker_id', 'kind', 'ref']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findOffer(q: Q, id: string): Promise<RapidResponseOfferRow | undefined> {
  return q.selectFrom('rapid_response_offers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function offersOfWorkers(q: Q, workerIds: readonly string[]): Promise<RapidResponseOfferRow[]> {
  if (workerIds.length === 0) return [];
  return q
    .selectFrom('rapid_response_offers')
    .selectAll()
    .where('worker_id', 'in', [...workerIds])
    .orderBy('kind')
    .orderBy('id')
    .execute();
}
