/** All SQL of a person's child histories: occupations, employment and insurance. */
import type { Insertable, Selectable } from 'kysely';
import type { Q } from './person.repository.js';
import type { EmploymentHistoryRow, InsuranceHistoryRow, PersonOccupationRow } from './person.table.js';

export type OccupationRec = Selectable<PersonOccupationRow>;
export type EmploymentRec = Selectable<EmploymentHistoryRow>;
export type InsuranceRec = Selectable<InsuranceHistoryRow>;

export async function insertOccupation(q: Q, row: Insertable<PersonOccupationRow>): Promise<void> {
  await q.insertInto('person_occupations').values(row).execute();
}

export async function insertEmployment(q: Q, row: Insertable<EmploymentHistoryRow>): Promise<void> {
  await q.insertInto('employment_history').values(row).execute();
}

export async function insertInsurance(q: Q, row: Insertable<InsuranceHistoryRow>): Promise<void> {
  await q.insertInto('insurance_history').values(row).execute();
}

export async function listOccupations(q: Q, personId: string): Promise<OccupationRec[]> {
  return q.selectFrom('person_occupations').selectAll().where('person_id', '=', personId).orderBy('created_at').orderBy('id').execute();
}

export async function listEmployment(q: Q, personId: string): Promise<EmploymentRec[]> {
  return q
    .selectFrom('employment_history')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .execute();
}

export async function listInsurance(q: Q, personId: string): Promise<InsuranceRec[]> {
  return q
    .selectFrom('insurance_history')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('start_month', 'desc')
    .orderBy('id')
    .execute();
}

export type HistoryTable = 'person_occupations' | 'employment_history' | 'insurance_history';

/** Deletes one child row of a person; returns whether it existed. */
export async function deleteChild(q: Q, table: HistoryTable, personId: string, id: string): Promise<boolean> {
  const r = await q.deleteFrom(table).where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** True when the person has an employment entry linked to the enterprise that holds on `onDate` (started, not ended before it). */
export async function employedAt(q: Q, personId: string, enterpriseId: string, onDate: string): Promise<boolean> {
  const row = await q
    .selectFrom('employment_history')
    .select('id')
    .where('person_id', '=', personId)
    .where('enterprise_id', '=', enterpriseId)
    .where('start_date', '<=', onDate)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', onDate)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
