/** All SQL of a person's child histories: occupations, employment and insurance. */
import type { Insertable, Selectable } from 'kysely';
import type { Q } from './person.repository.js';
import { prefixRange } from '../../db/scope.js';
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

/**
 * The live records employed at an enterprise on `onDate` (an employment entry linked to it that has
 * started and not ended), optionally by name prefix, ordered by name; with the exact total.
 */
export async function employeesOf(
  q: Q,
  enterpriseId: string,
  onDate: string,
  namePrefix: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: Array<{ id: string; name: string; id_enc: string; id_masked: string | null; hukou_code: string }>; total: number }> {
  let base = q
    .selectFrom('people')
    .where('merged_into', 'is', null)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('employment_history')
        .select('employment_history.person_id')
        .where('employment_history.enterprise_id', '=', enterpriseId)
        .where('employment_history.start_date', '<=', onDate)
        .where((e) => e.or([e('employment_history.end_date', 'is', null), e('employment_history.end_date', '>=', onDate)])),
    );
  if (namePrefix) base = base.where(prefixRange('name', namePrefix));
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .select(['id', 'name', 'id_enc', 'id_masked', 'hukou_code'])
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(count?.n ?? 0) };
}
