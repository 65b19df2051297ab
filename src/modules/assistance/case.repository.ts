/** All SQL of assistance cases. Reads by jurisdiction go through src/db/scope.ts. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { DialectName } from '../../db/database.js';
import type { AssistanceCaseRow, AssistancePlanItemRow, AssistanceReminderRow, AssistanceStepRow } from './case.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertCase(q: Q, row: AssistanceCaseRow, items: readonly AssistancePlanItemRow[]): Promise<void> {
  await q.insertInto('assistance_cases').values(row).execute();
  if (items.length > 0)
    await q
      .insertInto('assistance_plan_items')
      .values([...items])
      .execute();
}

export async function findCase(q: Q, id: string): Promise<AssistanceCaseRow | undefined> {
  return q.selectFrom('assistance_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The case, and on PostgreSQL its row locked until the transaction ends, so that a close and a
 * step recorded at the same moment happen one after the other (SQLite's writes already do).
 */
export async function lockCase(q: Transaction<Database>, dialect: DialectName, id: string): Promise<AssistanceCaseRow | undefined> {
  const query = q.selectFrom('assistance_cases').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export async function itemsOf(q: Q, caseId: string): Promise<AssistancePlanItemRow[]> {
  return q.selectFrom('assistance_plan_items').selectAll().where('case_id', '=', caseId).orderBy('due_on').orderBy('requirement').execute();
}

export async function stepsOf(q: Q, caseId: string): Promise<AssistanceStepRow[]> {
  return q.selectFrom('assistance_steps').selectAll().where('case_id', '=', caseId).orderBy('on_date').orderBy('recorded_at').execute();
}

export async function insertStep(q: Q, row: AssistanceStepRow): Promise<void> {
  await q.insertInto('assistance_steps').values(row).execute();
}

/**
 * Counts a step toward its plan item; the item is met on the date of the step that reaches the
 * target. One UPDATE that adds to the stored count, so two steps recorded at once both count
 * (a read-then-write lost one under PostgreSQL's READ COMMITTED).
 */
export async function countStep(q: Q, caseId: string, requirement: string, onDate: string): Promise<void> {
  await q
    .updateTable('assistance_plan_items')
    .set({
      done: sql<number>`done + 1`,
      met_on: sql<string | null>`case when met_on is null and done + 1 >= target then ${onDate} else met_on end`,
    })
    .where('case_id', '=', caseId)
    .where('requirement', '=', requirement)
    .execute();
}

/** Moves the case with its registration (a transfer to another place). */
export async function moveCase(q: Q, id: string, region: string, province: string, at: string): Promise<void> {
  await q.updateTable('assistance_cases').set({ region, province, updated_at: at }).where('id', '=', id).execute();
  // Its reminders go with it: the new office's officers see them.
  await q.updateTable('assistance_reminders').set({ region, province }).where('case_id', '=', id).execute();
}

/** Sets the officer-recorded categories and the priority, guarded by the version; false on a lost race. */
export async function setCategories(q: Q, id: string, version: number, recorded: string, priority: string, at: string): Promise<boolean> {
  const r = await q
    .updateTable('assistance_cases')
    .set({ recorded_categories: recorded, priority, updated_at: at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function touchCase(q: Q, id: string, at: string): Promise<void> {
  await q
    .updateTable('assistance_cases')
    .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export type CaseListRow = AssistanceCaseRow & { number: string };

/** A page of cases in a jurisdiction (optionally one officer's), high priority first, with the registration number. */
export async function listInScope(
  q: Q,
  scope: string,
  f: { status?: string | undefined; officerId?: string | undefined; limit: number; offset: number },
): Promise<{ rows: CaseListRow[]; total: number }> {
  let base = whereInScope(q.selectFrom('assistance_cases as c'), scope, { codes: ['c.region'], province: 'c.province' });
  if (f.status !== undefined) base = base.where('c.status', '=', f.status);
  if (f.officerId !== undefined) base = base.where('c.officer_id', '=', f.officerId);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .innerJoin('unemployment_registrations as r', 'r.id', 'c.id')
    .selectAll('c')
    .select(['r.number as number'])
    .orderBy('c.status', 'desc')
    .orderBy('c.priority')
    .orderBy('c.opened_on', 'desc')
    .orderBy('c.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(count?.n ?? 0) };
}

export type OverdueRow = AssistancePlanItemRow & {
  region: string;
  priority: string;
  officer_id: string | null;
  person_id: string;
  number: string;
};

/** Unmet plan items of open cases whose due date is before `today`, in a jurisdiction, oldest first. */
export async function overdueInScope(
  q: Q,
  scope: string,
  today: string,
  f: { officerId?: string | undefined; limit: number },
): Promise<OverdueRow[]> {
  let base = whereInScope(q.selectFrom('assistance_cases as c'), scope, { codes: ['c.region'], province: 'c.province' })
    .innerJoin('assistance_plan_items as i', 'i.case_id', 'c.id')
    .where('c.status', '=', 'open')
    .where('i.met_on', 'is', null)
    .where('i.due_on', '<', today);
  if (f.officerId !== undefined) base = base.where('c.officer_id', '=', f.officerId);
  return base
    .innerJoin('unemployment_registrations as r', 'r.id', 'c.id')
    .selectAll('i')
    .select(['c.region as region', 'c.priority as priority', 'c.officer_id as officer_id', 'c.person_id as person_id'])
    .select(['r.number as number'])
    .orderBy('i.due_on')
    .orderBy('c.priority')
    .orderBy('i.case_id')
    .limit(f.limit)
    .execute();
}

/** Records a reminder once per case and plan item; false when it was there already. */
export async function insertReminderOnce(q: Q, row: AssistanceReminderRow): Promise<boolean> {
  const r = await q
    .insertInto('assistance_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'requirement']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export type ReminderListRow = AssistanceReminderRow & { person_id: string; number: string; met_on: string | null };

/** Reminders in a jurisdiction, newest first, with whether the item has since been met. */
export async function remindersInScope(q: Q, scope: string, limit: number): Promise<ReminderListRow[]> {
  return whereInScope(q.selectFrom('assistance_reminders as m'), scope, { codes: ['m.region'], province: 'm.province' })
    .innerJoin('assistance_cases as c', 'c.id', 'm.case_id')
    .innerJoin('unemployment_registrations as r', 'r.id', 'c.id')
    .leftJoin('assistance_plan_items as i', (j) => j.onRef('i.case_id', '=', 'm.case_id').onRef('i.requirement', '=', 'm.requirement'))
    .selectAll('m')
    .select(['c.person_id as person_id', 'r.number as number', 'i.met_on as met_on'])
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id')
    .limit(limit)
    .execute();
}

/** Registrations without a case (those made before cases existed), oldest first. */
export async function registrationsWithoutCase(q: Q, limit: number) {
  return q
    .selectFrom('unemployment_registrations as r')
    .leftJoin('assistance_cases as c', 'c.id', 'r.id')
    .where('c.id', 'is', null)
    .select(['r.id', 'r.person_id', 'r.province', 'r.region', 'r.registered_on', 'r.created_by', 'r.status', 'r.ended_on', 'r.end_reason'])
    .orderBy('r.created_at')
    .limit(limit)
    .execute();
}

/** One case with the registration's number (the person comes through the people port). */
export async function findCaseDetail(q: Q, id: string): Promise<(AssistanceCaseRow & { number: string }) | undefined> {
  return q
    .selectFrom('assistance_cases as c')
    .innerJoin('unemployment_registrations as r', 'r.id', 'c.id')
    .selectAll('c')
    .select(['r.number as number'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
