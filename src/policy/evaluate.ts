/**
 * One person, one program, one date: the decision with a full explanation (every criterion with
 * pass/fail, the facts and parameter values used with their sources, citations, messages), plus the
 * ruleset version and the parameter snapshot that reproduce it.
 */
import { fromDayNumber, isIsoDate } from '../core/dates.js';
import { fieldError, ok, refuse, type Result } from '../core/result.js';
import { analyse, type FlatNode } from './analyse.js';
import { clauseById, clauseInForce, type ClauseId } from './clauses.js';
import type { CriterionNode, Program } from './criteria.js';
import type { CriterionResult, Decision, FactUse, ParameterUse, ValueResult } from './decision.js';
import { FACT_KEYS, FACT_SPECS } from './fact-specs.js';
import type { Facts } from './facts.js';
import { missingFacts, validateFacts } from './facts-validate.js';
import { Env } from './interpret.js';
import { ILLUSTRATIVE_NOTE, fillTemplate } from './messages.js';
import { decisionReasons, fillDetail, reasonValue, withDetail } from './reasons.js';
import { toFen } from './ops.js';
import { paramDef } from './param-defs.js';
import { rowId, type ParameterRow } from './parameters.js';
import { rulesetVersion } from './version.js';

/** Options: see parameters as recorded by a date (reproducing what was known then). */
export interface EvaluateOptions {
  recordedAsOf?: string;
}

function evalNode(env: Env, flat: readonly FlatNode[], i: number, out: CriterionResult[]): boolean {
  const f = flat[i];
  if (!f) throw new Error('criterion index out of range');
  const node: CriterionNode = f.node;
  const result: CriterionResult = {
    id: node.id,
    kind: node.kind,
    label: node.label,
    clause: node.clause,
    depth: f.depth,
    locality: f.locality,
    passed: false,
    bit: f.bit,
  };
  const parent = flat[f.parent];
  if (parent) result.parent = parent.node.id;
  out[i] = result;
  let passed: boolean;
  if (node.kind === 'check') {
    passed = env.bool(node.test, f.locality);
    for (const x of node.exceptions ?? []) {
      const applies = env.bool(x.when, f.locality); // evaluated always, so the explanation shows its inputs
      if (!passed && applies) {
        passed = true;
        result.exception = { id: x.id, label: x.label, clause: x.clause };
      }
    }
  } else {
    const children: boolean[] = [];
    for (let j = i + 1; j < flat.length; j++) if (flat[j]?.parent === i) children.push(evalNode(env, flat, j, out));
    if (node.kind === 'all') passed = children.every(Boolean);
    else if (node.kind === 'any') passed = children.some(Boolean);
    else passed = children[0] !== true;
  }
  result.passed = passed;
  const code = env.region(f.locality);
  if (code !== undefined) result.region = code;
  if (!inForce(node.clause, env.asOf)) result.clauseNotInForce = true;
  if (node.shows?.length) {
    result.values = node.shows.map((s) => {
      if ('since' in s) return reasonValue(s, [...env.paramReads.values()].find((r) => r.key === s.since)?.row?.effectiveFrom ?? null);
      const x = env.num(s.expr, f.locality);
      return reasonValue(s, Number.isNaN(x) ? null : s.kind === 'date' ? fromDayNumber(x) : x);
    });
    if (node.detail) result.detail = fillDetail(node.detail, result.values);
  }
  return passed;
}

/** A clause is cited only on dates it is in force. */
function inForce(id: ClauseId, on: string): boolean {
  const c = clauseById(id);
  return c !== undefined && clauseInForce(c, on);
}

function parameterUses(env: Env): { uses: ParameterUse[]; rows: ParameterRow[] } {
  const uses: ParameterUse[] = [];
  const rows: ParameterRow[] = [];
  for (const r of env.paramReads.values()) {
    const use: ParameterUse = {
      key: r.key,
      label: paramDef(r.key).label,
      locality: r.locality,
      region: r.region ?? '',
      value: r.row ? r.row.value : null,
      illustrative: r.row?.illustrative === true,
    };
    if (r.on !== undefined) use.on = r.on;
    if (r.row) {
      use.rowId = rowId(r.row);
      use.rowRegion = r.row.region;
      use.effectiveFrom = r.row.effectiveFrom;
      use.source = r.row.source;
      use.clause = r.row.clause ?? paramDef(r.key).clause;
      if (!rows.includes(r.row)) rows.push(r.row);
    }
    uses.push(use);
  }
  return { uses, rows };
}

function factUses(env: Env): FactUse[] {
  const out: FactUse[] = [];
  for (const key of FACT_KEYS) {
    const value = env.facts[key];
    if (env.factReads.has(key) && value !== undefined) out.push({ key, label: FACT_SPECS[key].label, value });
  }
  return out;
}

/**
 * Evaluates a program for one set of facts on a date against parameter rows. Refuses (as a value)
 * an invalid date or facts that are malformed or missing for this program.
 */
export function evaluate(
  program: Program,
  facts: Facts,
  asOf: string,
  params: readonly ParameterRow[],
  opts: EvaluateOptions = {},
): Result<Decision> {
  if (!isIsoDate(asOf)) return refuse('policy_date_invalid', { errors: [fieldError('/asOf', 'policy_date_invalid')] });
  const analysis = analyse(program);
  const errors = [...validateFacts({ ...facts }), ...missingFacts(facts, analysis.facts)];
  if (errors.length) return refuse('policy_facts_invalid', { errors });

  const env = new Env(facts, asOf, params, opts.recordedAsOf);
  const values: ValueResult[] = [];
  for (const v of program.values) {
    const x = env.num(v.expr, v.locality ?? program.payer);
    env.values.set(v.name, x);
    values.push({ name: v.name, label: v.label, unit: v.unit, value: Number.isNaN(x) ? null : v.unit === 'date' ? fromDayNumber(x) : x });
  }
  const criteria: CriterionResult[] = [];
  const eligible = evalNode(env, analysis.nodes, 0, criteria);
  const out = (e: Program['amount'] | undefined) => (e && eligible ? toFen(env.num(e, program.payer)) : 0);
  const amountFen = out(program.amount);
  const months = out(program.months);
  const monthlyFen = out(program.monthlyFen);
  let reasonMask = 0;
  for (const c of criteria) if (!c.passed && c.bit >= 0) reasonMask |= 1 << c.bit;

  const { uses, rows } = parameterUses(env);
  // Cited: the clauses of the criteria and of the parameter rows used, each only if in force that day
  // (a parameter row resolved on another date, e.g. a project's approval date, is cited as of that date).
  const citations: ClauseId[] = analysis.clauses.filter((c) => inForce(c, asOf));
  for (const u of uses) if (u.clause && !citations.includes(u.clause) && inForce(u.clause, u.on ?? asOf)) citations.push(u.clause);
  const illustrative = uses.some((u) => u.illustrative);
  const reasons = decisionReasons(analysis.nodes, criteria, eligible);
  const messages = eligible
    ? [fillTemplate(program.eligibleMessage, { amount: amountFen, monthly: monthlyFen, months })]
    : reasons.map((r) => withDetail(r.message, r.detail));
  if (illustrative) messages.push(ILLUSTRATIVE_NOTE);

  const decision: Decision = {
    programId: program.id,
    programName: program.name,
    asOf,
    eligible,
    amountFen,
    criteria,
    values,
    facts: factUses(env),
    parameters: uses,
    citations,
    messages,
    reasons,
    reasonMask: reasonMask >>> 0,
    rulesetVersion: rulesetVersion(program),
    parameterSnapshot: rows,
    factsSnapshot: { ...facts },
    usesIllustrativeValues: illustrative,
  };
  if (program.months) decision.months = months;
  if (program.monthlyFen) decision.monthlyFen = monthlyFen;
  if (program.instalment) decision.instalment = out(program.instalment);
  return ok(decision);
}
