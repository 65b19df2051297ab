/** All SQL of the working-day calendar. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CalendarDayRow } from './calendar.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export type CalendarDayRecord = Selectable<CalendarDayRow>;

/** Every exception (a few hundred rows: about twenty-five a year). */
export async function allDays(q: Q): Promise<CalendarDayRecord[]> {
  return q.selectFrom('calendar_days').selectAll().orderBy('date').execute();
}

export async function findDay(q: Q, date: string): Promise<CalendarDayRecord | undefined> {
  return q.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();
}

/** Inserts a day unless the date already has one; false when it had. */
export async function insertDay(q: Q, row: CalendarDayRow): Promise<boolean> {
  const r = await q
    .insertInto('calendar_days')
    .values(row)
    .onConflict((oc) => oc.column('date').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateDay(q: Q, date: string, patch: Omit<CalendarDayRow, 'date'>): Promise<boolean> {
  const r = await q.updateTable('calendar_days').set(patch).where('date', '=', date).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteDay(q: Q, date: string): Promise<boolean> {
  const r = await q.deleteFrom('calendar_days').where('date', '=', date).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
