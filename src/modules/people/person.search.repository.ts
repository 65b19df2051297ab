/**
 * People search (all SQL). Prefixes are index ranges (`col >= p AND col < next(p)`), which both
 * SQLite (binary collation) and PostgreSQL (columns in the "C" collation) answer from B-tree
 * indexes; paging follows the (column, id) index so no sort step is needed.
 */
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { prefixRange, scopeCondition } from '../../db/scope.js';
import type { Person, Q } from './person.repository.js';

/** How the free-text term is matched (decided by the service from the input). */
export type SearchTerm =
  | { kind: 'none' }
  | { kind: 'name'; prefix: string }
  | { kind: 'initials'; prefix: string }
  | { kind: 'pinyin'; prefix: string }
  | { kind: 'idIndex'; value: string }
  | { kind: 'phoneIndex'; value: string };

export interface SearchFilter {
  /** The actor's jurisdiction prefix ('' = nationwide): any of the four localities inside it. */
  scope: string;
  term: SearchTerm;
  hukouCode?: string | undefined;
  residenceCode?: string | undefined;
  employmentCode?: string | undefined;
  insuredCode?: string | undefined;
  povertyRegistered?: boolean | undefined;
  dibao?: boolean | undefined;
  sex?: string | undefined;
  education?: string | undefined;
  willingToGoOut?: boolean | undefined;
  /** Birth dates in [bornFrom, bornTo] (from an age range). */
  bornFrom?: string | undefined;
  bornTo?: string | undefined;
  includeMerged?: boolean | undefined;
}

/** Totals are counted exactly up to this many rows; beyond, the total is reported as capped. */
export const COUNT_CAP = 10_000;

type PeopleColumn = 'name' | 'name_initials' | 'name_pinyin' | 'hukou_code' | 'residence_code' | 'employment_code' | 'insured_code';
type EB = ExpressionBuilder<Database, 'people'>;

function prefixOf(_eb: EB, column: PeopleColumn, prefix: string): Expression<SqlBool> {
  return prefixRange(column, prefix);
}

/** The columns that place a person in a jurisdiction: any of the four localities. */
export const PERSON_SCOPE = { codes: ['hukou_code', 'residence_code', 'employment_code', 'insured_code'] } as const;

/**
 * An ID number through the identity table (its primary key is the blind index; people has no index
 * of its own on it). A merged record's identity is released, so with merged records included they
 * are matched on their own column too — few rows, read through the partial merged_into index.
 */
function byIdIndex(eb: EB, value: string, includeMerged: boolean): Expression<SqlBool> {
  const live = eb(
    'id',
    'in',
    eb.selectFrom('person_identities').select('person_identities.person_id').where('person_identities.id_index', '=', value),
  );
  return includeMerged ? eb.or([live, eb.and([eb('merged_into', 'is not', null), eb('id_index', '=', value)])]) : live;
}

function conditions(eb: EB, f: SearchFilter): Expression<SqlBool> {
  const all: Array<Expression<SqlBool>> = [];
  const t = f.term;
  if (t.kind === 'name') all.push(prefixOf(eb, 'name', t.prefix));
  if (t.kind === 'initials') all.push(prefixOf(eb, 'name_initials', t.prefix));
  if (t.kind === 'pinyin') all.push(prefixOf(eb, 'name_pinyin', t.prefix));
  if (t.kind === 'idIndex') all.push(byIdIndex(eb, t.value, f.includeMerged === true));
  if (t.kind === 'phoneIndex') all.push(eb('phone_index', '=', t.value));
  if (f.scope !== '') all.push(scopeCondition(eb, f.scope, PERSON_SCOPE));
  if (!f.includeMerged) all.push(eb('merged_into', 'is', null));
  if (f.hukouCode) all.push(prefixOf(eb, 'hukou_code', f.hukouCode));
  if (f.residenceCode) all.push(prefixOf(eb, 'residence_code', f.residenceCode));
  if (f.employmentCode) all.push(prefixOf(eb, 'employment_code', f.employmentCode));
  if (f.insuredCode) all.push(prefixOf(eb, 'insured_code', f.insuredCode));
  if (f.povertyRegistered !== undefined) all.push(eb('poverty_registered', '=', f.povertyRegistered ? 1 : 0));
  if (f.dibao !== undefined) all.push(eb('dibao', '=', f.dibao ? 1 : 0));
  if (f.willingToGoOut !== undefined) all.push(eb('willing_to_go_out', '=', f.willingToGoOut ? 1 : 0));
  if (f.sex) all.push(eb('sex', '=', f.sex));
  if (f.education) all.push(eb('education', '=', f.education));
  if (f.bornFrom) all.push(eb('birth_date', '>=', f.bornFrom));
  if (f.bornTo) all.push(eb('birth_date', '<=', f.bornTo));
  return eb.and(all);
}

function orderColumn(t: SearchTerm): 'name' | 'name_initials' | 'name_pinyin' {
  return t.kind === 'initials' ? 'name_initials' : t.kind === 'pinyin' ? 'name_pinyin' : 'name';
}

/** One page of matching people and the total (exact up to COUNT_CAP). */
export async function searchPeople(
  q: Q,
  f: SearchFilter,
  limit: number,
  offset: number,
): Promise<{ rows: Person[]; total: number; capped: boolean }> {
  const order = orderColumn(f.term);
  const rows = await q
    .selectFrom('people')
    .selectAll()
    .where((eb) => conditions(eb, f))
    .orderBy(order)
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  // A short page is the last one: the total is known without counting (most name searches inside a
  // county fit on the first page). An empty page past the first says nothing, so it is counted.
  if (rows.length < limit && (rows.length > 0 || offset === 0)) {
    const n = offset + rows.length;
    return { rows, total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
  }
  const counted = await q
    .selectFrom((qb) =>
      qb
        .selectFrom('people')
        .select('id')
        .where((eb) => conditions(eb, f))
        .limit(COUNT_CAP + 1)
        .as('m'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  return { rows, total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}
