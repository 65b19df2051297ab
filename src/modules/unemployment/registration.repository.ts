/** All SQL of the unemployment register. Reads by jurisdiction go through src/db/scope.ts. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { UnemploymentEventRow, UnemploymentRegistrationRow } from './registration.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertRegistration(q: Q, row: UnemploymentRegistrationRow): Promise<void> {
  await q.insertInto('unemployment_registrations').values(row).execute();
}

export async function insertEvent(q: Q, row: UnemploymentEventRow): Promise<void> {
  await q.insertInto('unemployment_registration_events').values(row).execute();
}

export async function findRegistration(q: Q, id: string): Promise<UnemploymentRegistrationRow | undefined> {
  return q.selectFrom('unemployment_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The person's registrations, newest first (the active one, if any, among them). */
export async function registrationsOf(q: Q, personId: string): Promise<UnemploymentRegistrationRow[]> {
  return q
    .selectFrom('unemployment_registrations')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The person's active registration on a date (registered on or before it, not ended by it). */
export async function activeOn(q: Q, personId: string, date: string): Promise<UnemploymentRegistrationRow | undefined> {
  return q
    .selectFrom('unemployment_registrations')
    .selectAll()
    .where('person_id', '=', personId)
    .where('registered_on', '<=', date)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', date)]))
    .orderBy('registered_on', 'desc')
    .executeTakeFirst();
}

export async function eventsOf(q: Q, registrationId: string): Promise<UnemploymentEventRow[]> {
  return eventsOfMany(q, [registrationId]);
}

/** The history lines of several registrations, in order (one query). */
export async function eventsOfMany(q: Q, registrationIds: readonly string[]): Promise<UnemploymentEventRow[]> {
  if (registrationIds.length === 0) return [];
  return q
    .selectFrom('unemployment_registration_events')
    .selectAll()
    .where('registration_id', 'in', [...registrationIds])
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** A page of registrations in a jurisdiction, newest first (the people's names come through the people port). */
export async function listInScope(
  q: Q,
  scope: string,
  f: { status?: string | undefined; limit: number; offset: number },
): Promise<{ rows: UnemploymentRegistrationRow[]; total: number }> {
  let base = whereInScope(q.selectFrom('unemployment_registrations as r'), scope, { codes: ['r.region'], province: 'r.province' });
  if (f.status !== undefined) base = base.where('r.status', '=', f.status);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll('r').orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}
