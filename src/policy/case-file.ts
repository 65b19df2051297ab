/**
 * Policy cases as data: `cases/<programId>/*.json`, each with facts in and the expected decision
 * out (eligibility, amount, optional months / monthly / instalment, cited clauses, failed criteria),
 * plus optional extra parameter rows (e.g. a later notice). Officers can add cases without code.
 */
import { isIsoDate } from '../core/dates.js';
import { isRecord } from './facts-validate.js';
import { isClauseId } from './clauses.js';
import { isParamKey } from './param-defs.js';
import type { ParameterRow } from './parameters.js';

/** What a case expects. */
export interface CaseExpectation {
  eligible: boolean;
  amountFen: number;
  months?: number;
  monthlyFen?: number;
  instalment?: number;
  /** Clause ids that must be among the decision's citations. */
  citations: string[];
  /** Exactly the criteria that fail (root excluded), in any order. */
  failed: string[];
  /** Clause ids that must NOT be cited (e.g. a clause not yet in force on the date). */
  notCited?: string[];
  /** Texts that must appear in the messages (Chinese or English), e.g. "2021年9月15日". */
  messageIncludes?: string[];
  /** Texts that must not appear in the messages (e.g. "满1年后" once the subsidy is paid in full). */
  messageExcludes?: string[];
  /** Shown values: "criterion.value" → the structured value (ISO date, fen, basis points, months, count). */
  values?: Record<string, string | number | null>;
}

/** A parsed case file. */
export interface PolicyCase {
  description: string;
  asOf: string;
  facts: Record<string, unknown>;
  expected: CaseExpectation;
  /** Raw extra parameter rows, validated when recorded. */
  parameters: unknown[];
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const optNum = (x: unknown): x is number | undefined => x === undefined || typeof x === 'number';

/** Parses a case file's JSON value, or returns the reason it is malformed. */
export function parsePolicyCase(json: unknown): { ok: true; value: PolicyCase } | { ok: false; reason: string } {
  if (!isRecord(json)) return { ok: false, reason: 'not an object' };
  const { description, asOf, facts, expected, parameters } = json;
  if (typeof description !== 'string' || typeof asOf !== 'string' || !isIsoDate(asOf)) return { ok: false, reason: 'description/asOf' };
  if (!isRecord(facts) || !isRecord(expected)) return { ok: false, reason: 'facts/expected' };
  const { eligible, amountFen, months, monthlyFen, instalment, citations, failed, notCited, messageIncludes, messageExcludes, values } =
    expected;
  if (typeof eligible !== 'boolean' || typeof amountFen !== 'number' || !optNum(months) || !optNum(monthlyFen) || !optNum(instalment)) {
    return { ok: false, reason: 'expected values' };
  }
  if (!isStrings(citations) || !isStrings(failed)) return { ok: false, reason: 'expected citations/failed' };
  if (parameters !== undefined && !Array.isArray(parameters)) return { ok: false, reason: 'parameters' };
  const exp: CaseExpectation = { eligible, amountFen, citations, failed };
  if (months !== undefined) exp.months = months;
  if (monthlyFen !== undefined) exp.monthlyFen = monthlyFen;
  if (instalment !== undefined) exp.instalment = instalment;
  for (const [name, list] of [
    ['notCited', notCited],
    ['messageIncludes', messageIncludes],
    ['messageExcludes', messageExcludes],
  ] as const) {
    if (list === undefined) continue;
    if (!isStrings(list)) return { ok: false, reason: `expected ${name}` };
    exp[name] = list;
  }
  if (values !== undefined) {
    if (!isRecord(values) || !Object.values(values).every((v) => v === null || typeof v === 'string' || typeof v === 'number'))
      return { ok: false, reason: 'expected values' };
    exp.values = Object.fromEntries(
      Object.entries(values).flatMap(([k, v]) => (v === null || typeof v === 'string' || typeof v === 'number' ? [[k, v]] : [])),
    );
  }
  return { ok: true, value: { description, asOf, facts, expected: exp, parameters: parameters ?? [] } };
}

/** Extra rows of a case as parameter rows (shape-checked here; values are validated on recording). */
export function caseRows(c: PolicyCase): { ok: true; value: ParameterRow[] } | { ok: false; reason: string } {
  const rows: ParameterRow[] = [];
  for (const r of c.parameters) {
    if (!isRecord(r)) return { ok: false, reason: 'parameter row is not an object' };
    const { key, region, effectiveFrom, effectiveTo, recordedAt, value, source, clause, illustrative } = r;
    if (typeof key !== 'string' || !isParamKey(key)) return { ok: false, reason: `unknown parameter ${String(key)}` };
    if (typeof region !== 'string' || typeof effectiveFrom !== 'string' || typeof recordedAt !== 'string' || typeof source !== 'string') {
      return { ok: false, reason: `${key}: region/effectiveFrom/recordedAt/source` };
    }
    if (typeof value !== 'number' && typeof value !== 'string') return { ok: false, reason: `${key}: value` };
    const row: ParameterRow = { key, region, effectiveFrom, recordedAt, value, source };
    if (typeof effectiveTo === 'string') row.effectiveTo = effectiveTo;
    if (typeof illustrative === 'boolean') row.illustrative = illustrative;
    if (typeof clause === 'string') {
      if (!isClauseId(clause)) return { ok: false, reason: `${key}: unknown clause ${clause}` };
      row.clause = clause;
    }
    rows.push(row);
  }
  return { ok: true, value: rows };
}
