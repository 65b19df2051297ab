/**
 * Bulk, system-level reads of the registry for the policy module: one person's record with
 * histories, and live people of a jurisdiction in id order (keyset pages) with the columns policy
 * facts need. All SQL; no decryption (no personal numbers are read).
 */
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Q } from './person.repository.js';
import { PERSON_SCOPE } from './person.search.repository.js';
import { scopeCondition } from '../../db/scope.js';

/** The person columns policy facts are made from. */
export interface FactPersonRow {
  id: string;
  birth_date: string;
  hukou_code: string;
  residence_code: string | null;
  employment_code: string | null;
  insured_code: string | null;
  poverty_registered: number;
  poverty_from: string | null;
  poverty_to: string | null;
  dibao: number;
  dibao_from: string | null;
  dibao_to: string | null;
}

export interface FactEmploymentRow {
  person_id: string;
  division_code: string;
  start_date: string;
  end_date: string | null;
}
export interface FactInsuranceRow {
  person_id: string;
  kind: string;
  division_code: string;
  start_month: string;
  end_month: string | null;
  contribution_months: number;
}

const PERSON_COLUMNS = [
  'id',
  'birth_date',
  'hukou_code',
  'residence_code',
  'employment_code',
  'insured_code',
  'poverty_registered',
  'poverty_from',
  'poverty_to',
  'dibao',
  'dibao_from',
  'dibao_to',
] as const;

type EB = ExpressionBuilder<Database, 'people'>;

function inScope(eb: EB, scope: string): Expression<SqlBool> {
  return scopeCondition(eb, scope, PERSON_SCOPE);
}

/** One live (not merged) person's fact columns. */
export async function factPerson(q: Q, id: string): Promise<(FactPersonRow & { merged_into: string | null }) | undefined> {
  return q
    .selectFrom('people')
    .select([...PERSON_COLUMNS, 'merged_into'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The next page of live people in the scope after `afterId` (id order). */
export async function factPeoplePage(q: Q, scope: string, afterId: string, limit: number): Promise<FactPersonRow[]> {
  return q
    .selectFrom('people')
    .select([...PERSON_COLUMNS])
    .where((eb) => eb.and([eb('merged_into', 'is', null), eb('id', '>', afterId), ...(scope === '' ? [] : [inScope(eb, scope)])]))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Live people in the scope. */
export async function countFactPeople(q: Q, scope: string): Promise<number> {
  const r = await q
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and([eb('merged_into', 'is', null), ...(scope === '' ? [] : [inScope(eb, scope)])]))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Employment records of these people. */
export async function factEmployment(q: Q, ids: readonly string[]): Promise<FactEmploymentRow[]> {
  if (!ids.length) return [];
  return q
    .selectFrom('employment_history')
    .select(['person_id', 'division_code', 'start_date', 'end_date'])
    .where('person_id', 'in', ids)
    .orderBy('start_date', 'desc')
    .execute();
}

/** Insurance records of these people. */
export async function factInsurance(q: Q, ids: readonly string[]): Promise<FactInsuranceRow[]> {
  if (!ids.length) return [];
  return q
    .selectFrom('insurance_history')
    .select(['person_id', 'kind', 'division_code', 'start_month', 'end_month', 'contribution_months'])
    .where('person_id', 'in', ids)
    .execute();
}

/** Every distinct 6-digit place the registry names (people's four localities and history places). */
export async function distinctCounties(q: Q): Promise<string[]> {
  const out = new Set<string>();
  for (const c of ['hukou_code', 'residence_code', 'employment_code', 'insured_code'] as const) {
    const rows = await q.selectFrom('people').select(c).distinct().where(c, 'is not', null).execute();
    for (const r of rows) {
      const v = r[c];
      if (v) out.add(v.slice(0, 6));
    }
  }
  for (const r of await q.selectFrom('employment_history').select('division_code').distinct().execute())
    out.add(r.division_code.slice(0, 6));
  for (const r of await q.selectFrom('insurance_history').select('division_code').distinct().execute())
    out.add(r.division_code.slice(0, 6));
  return [...out].sort();
}
