/**
 * The one jurisdiction layer (rules of the house, 9). A staff actor's scope is a division-code prefix
 * ('' is nationwide); a record is inside it when any of its locality codes starts with the prefix.
 * `inScope` answers that for values in memory; `scopeCondition` / `whereInScope` build the same rule
 * in SQL as prefix ranges (`col >= p and col < p⁺`), which use the plain B-tree indexes on both
 * databases. No other jurisdiction SQL or prefix test may exist in the code base.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool, type StringReference } from 'kysely';

/** The smallest string greater than every string with the prefix (last code point + 1). */
export function prefixUpperBound(prefix: string): string {
  const points = Array.from(prefix);
  const last = points.pop();
  if (last === undefined) return '\u{10FFFF}';
  return points.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}

/** True when any of the codes lies inside the jurisdiction prefix ('' = nationwide: always). */
export function inScope(jurisdiction: string, codes: ReadonlyArray<string | null | undefined>): boolean {
  if (jurisdiction === '') return true;
  return codes.some((c) => typeof c === 'string' && c.startsWith(jurisdiction));
}

/** The 2-digit province a jurisdiction lies in, or null for a nationwide one. */
export function scopeProvince(jurisdiction: string): string | null {
  return jurisdiction.length >= 2 ? jurisdiction.slice(0, 2) : null;
}

/** A prefix range on one column: the column starts with `prefix`. */
export function prefixRange(column: string, prefix: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${prefixUpperBound(prefix)})`;
}

export interface ScopeColumns<DB, TB extends keyof DB> {
  /** The locality columns: the record is in scope when any of them starts with the prefix. */
  codes: ReadonlyArray<StringReference<DB, TB>>;
  /**
   * The record's province column, added as an equality when it always equals the first two digits
   * of every code column (a claim's region, a batch's region), so the query touches one shard.
   */
  province?: StringReference<DB, TB> | undefined;
}

/**
 * The SQL condition "inside the jurisdiction" over the given columns. Nationwide → `1 = 1`.
 * Use inside `.where((eb) => scopeCondition(eb, actor.jurisdiction, { codes: [...] }))` on selects,
 * updates and deletes alike; the builder only ties the column names to the query's tables.
 */
export function scopeCondition<DB, TB extends keyof DB>(
  _eb: ExpressionBuilder<DB, TB>,
  jurisdiction: string,
  cols: ScopeColumns<DB, TB>,
): Expression<SqlBool> {
  return scopeSql(jurisdiction, cols);
}

/** Anything with a Kysely-style `where(expression)` (select, update and delete builders). */
interface Whereable<Self> {
  where(expression: Expression<SqlBool>): Self;
}

/**
 * Adds the jurisdiction condition to a query builder (unchanged for a nationwide scope). Column
 * names may be qualified (`c.region`) when the query joins tables.
 */
export function whereInScope<Q extends Whereable<Q>>(
  qb: Q,
  jurisdiction: string,
  cols: { codes: readonly string[]; province?: string | undefined },
): Q {
  if (jurisdiction === '') return qb;
  return qb.where(scopeSql(jurisdiction, cols));
}

function scopeSql(jurisdiction: string, cols: { codes: readonly string[]; province?: string | undefined }): Expression<SqlBool> {
  if (jurisdiction === '') return sql<SqlBool>`1 = 1`;
  if (cols.codes.length === 0) return sql<SqlBool>`1 = 0`;
  const any = sql<SqlBool>`(${sql.join(
    cols.codes.map((c) => prefixRange(c, jurisdiction)),
    sql` or `,
  )})`;
  const province = scopeProvince(jurisdiction);
  return cols.province !== undefined && province !== null ? sql<SqlBool>`(${sql.ref(cols.province)} = ${province} and ${any})` : any;
}
