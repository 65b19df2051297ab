/**
 * Dated, regional parameters. A row is a value of one key for one region from an effective date
 * (optionally to an end date), recorded on a date and citing its source. Rows are only ever added:
 * a correction is a new row with the same region and effective date and a later recordedAt, and it
 * replaces the earlier version (including its end date) for anyone reading "as recorded now", while
 * `recordedAsOf` reproduces what was known before.
 *
 * Resolution: the most specific region wins (county → prefecture → province → national); within a
 * region, the latest effective date not after `asOf` whose version is still in force on `asOf`.
 */
import { toDayNumber, isIsoDate } from '../core/dates.js';
import { fieldError, ok, refuse, type FieldError, type Result } from '../core/result.js';
import type { ClauseId } from './clauses.js';
import { isParamKey, paramDef, type ParamKey } from './param-defs.js';
import { isRegionCode, regionChain } from './types.js';

/** One recorded value of a parameter. */
export interface ParameterRow {
  key: ParamKey;
  /** 'CN' for national, else a 2-, 4- or 6-digit division code. */
  region: string;
  effectiveFrom: string;
  /** Last day in force (inclusive); open-ended when absent. */
  effectiveTo?: string;
  /** When the value was recorded: an ISO date or instant. */
  recordedAt: string;
  /** A number in the key's unit, or an ISO date for date-unit keys. */
  value: number | string;
  /** The notice or rule the value comes from, in words. */
  source: string;
  clause?: ClauseId;
  /** True for demo values that administrators must replace with the current notice. */
  illustrative?: boolean;
}

/** The outcome of resolving one key for one place and date. */
export interface ResolvedParameter {
  key: ParamKey;
  value: number | string;
  /** The value as a number: dates become day numbers, flags 0/1. */
  numeric: number;
  row: ParameterRow;
  rowId: string;
  /** The region code asked about. */
  queriedRegion: string;
}

/** A stable id for a row: key@region@effectiveFrom@recordedAt. */
export function rowId(row: ParameterRow): string {
  return `${row.key}@${row.region}@${row.effectiveFrom}@${row.recordedAt}`;
}

/** The numeric form of a row's value (day number for dates; NaN if malformed). */
export function numericValue(row: ParameterRow): number {
  if (typeof row.value === 'number') return row.value;
  return isIsoDate(row.value) ? toDayNumber(row.value) : NaN;
}

type Index = Map<string, ParameterRow[]>;
const indexes = new WeakMap<readonly ParameterRow[], { size: number; index: Index }>();

function compareRows(a: { row: ParameterRow; i: number }, b: { row: ParameterRow; i: number }): number {
  if (a.row.effectiveFrom !== b.row.effectiveFrom) return a.row.effectiveFrom < b.row.effectiveFrom ? 1 : -1;
  if (a.row.recordedAt !== b.row.recordedAt) return a.row.recordedAt < b.row.recordedAt ? 1 : -1;
  return b.i - a.i;
}

/**
 * Rows grouped by key and region, newest effective date first, newest record first; cached per array
 * (arrays of rows are treated as immutable: record new rows with recordParameters, which copies).
 */
function indexOf(params: readonly ParameterRow[]): Index {
  const cached = indexes.get(params);
  if (cached && cached.size === params.length) return cached.index;
  const groups = new Map<string, { row: ParameterRow; i: number }[]>();
  params.forEach((row, i) => {
    const k = `${row.key}|${row.region}`;
    const g = groups.get(k);
    if (g) g.push({ row, i });
    else groups.set(k, [{ row, i }]);
  });
  const index: Index = new Map();
  for (const [k, g] of groups)
    index.set(
      k,
      g.sort(compareRows).map((x) => x.row),
    );
  indexes.set(params, { size: params.length, index });
  return index;
}

function recordedBy(row: ParameterRow, bound: string | undefined): boolean {
  if (bound === undefined) return true;
  return (bound.length === 10 ? row.recordedAt.slice(0, 10) : row.recordedAt) <= bound;
}

/** The row in force for one region exactly (no fallback), or undefined. */
function rowInRegion(rows: readonly ParameterRow[], asOf: string, recordedAsOf: string | undefined): ParameterRow | undefined {
  let handled: string | undefined;
  for (const row of rows) {
    if (!recordedBy(row, recordedAsOf) || row.effectiveFrom === handled) continue;
    handled = row.effectiveFrom; // the first visible row for an effective date is its current version
    if (row.effectiveFrom > asOf) continue;
    if (row.effectiveTo === undefined || asOf <= row.effectiveTo) return row;
  }
  return undefined;
}

/** The winning row with fallback national → province → prefecture → county, or undefined. Hot path of table building. */
export function findParameterRow(
  params: readonly ParameterRow[],
  key: ParamKey,
  regionCode: string,
  asOf: string,
  recordedAsOf?: string,
): ParameterRow | undefined {
  const index = indexOf(params);
  for (const region of regionChain(regionCode)) {
    const rows = index.get(`${key}|${region}`);
    const row = rows ? rowInRegion(rows, asOf, recordedAsOf) : undefined;
    if (row) return row;
  }
  return undefined;
}

/**
 * Resolves a parameter for a region code (6-digit county or 9-digit township; shorter codes work too)
 * on a date, optionally as recorded by a date. Returns the value and the row it came from.
 */
export function resolveParameter(
  params: readonly ParameterRow[],
  key: ParamKey,
  regionCode: string,
  asOf: string,
  recordedAsOf?: string,
): Result<ResolvedParameter> {
  const row = findParameterRow(params, key, regionCode, asOf, recordedAsOf);
  if (!row) {
    return refuse('policy_parameter_missing', {
      zh: `参数 ${key} 在 ${regionCode} 于 ${asOf} 没有取值`,
      en: `Parameter ${key} has no value for ${regionCode} on ${asOf}`,
    });
  }
  return ok({ key, value: row.value, numeric: numericValue(row), row, rowId: rowId(row), queriedRegion: regionCode });
}

/** Checks rows before they are recorded: known key, unit-correct value, region code, ISO dates. */
export function validateParameterRows(rows: readonly ParameterRow[]): FieldError[] {
  const errors: FieldError[] = [];
  rows.forEach((row, i) => {
    const at = (field: string) => `/${i}/${field}`;
    if (!isParamKey(row.key)) {
      errors.push(fieldError(at('key'), 'policy_parameter_invalid'));
      return;
    }
    if (!isRegionCode(row.region) || row.region.length > 6) errors.push(fieldError(at('region'), 'policy_parameter_invalid'));
    if (!isIsoDate(row.effectiveFrom)) errors.push(fieldError(at('effectiveFrom'), 'policy_parameter_invalid'));
    if (row.effectiveTo !== undefined && !(isIsoDate(row.effectiveTo) && row.effectiveTo >= row.effectiveFrom)) {
      errors.push(fieldError(at('effectiveTo'), 'policy_parameter_invalid'));
    }
    if (!isIsoDate(row.recordedAt.slice(0, 10))) errors.push(fieldError(at('recordedAt'), 'policy_parameter_invalid'));
    if (!row.source.trim()) errors.push(fieldError(at('source'), 'policy_parameter_invalid'));
    const unit = paramDef(row.key).unit;
    const valid =
      unit === 'date'
        ? typeof row.value === 'string' && isIsoDate(row.value)
        : typeof row.value === 'number' && Number.isSafeInteger(row.value) && row.value >= 0 && (unit !== 'flag' || row.value <= 1);
    if (!valid) errors.push(fieldError(at('value'), 'policy_parameter_invalid'));
  });
  return errors;
}

/** Appends rows after validation; history is never overwritten. Returns a new array. */
export function recordParameters(params: readonly ParameterRow[], rows: readonly ParameterRow[]): Result<readonly ParameterRow[]> {
  const errors = validateParameterRows(rows);
  if (errors.length) return refuse('policy_parameter_invalid', { errors });
  return ok([...params, ...rows]);
}
