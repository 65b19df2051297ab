/**
 * "What am I entitled to?" (pure, decision 193): every program a person claims for themselves,
 * decided on their registry facts alone, in one of three answers:
 *
 * - 可以享受 (eligible): every fact the program reads is known, the decision grants, with the amount;
 * - 暂不符合 (not eligible): a criterion that reads only known facts already refuses the claim, so
 *   no answer to the missing questions can change it — with the blocking reasons;
 * - 需要补充 (needs facts): nothing known refuses it, and the facts the registry lacks decide it —
 *   listing every one of them (the claim form asks exactly these).
 *
 * The middle answer is found by three-valued evaluation of the criteria tree: a check whose facts
 * (its test, its exceptions, the values and parameter places it reads) are all known takes its
 * result from a decision run with stand-in values for the missing facts; any other check is
 * unknown; all / any / not combine as Kleene logic. Employer and project rules are not listed.
 */
import {
  FACT_SPECS,
  LOCALITY_FACT,
  PROGRAMS,
  analyse,
  evaluate,
  type Bilingual,
  type BoolExpr,
  type CriterionNode,
  type CriterionResult,
  type Decision,
  type FactKey,
  type Facts,
  type Locality,
  type NumExpr,
  type ParameterRow,
  type Program,
} from '../../policy/index.js';

/** What is missing before a program can be decided. */
export interface NeededFact {
  key: FactKey;
  label: Bilingual;
  reason: Bilingual;
}

/** One program's answer for a person. */
export interface Entitlement {
  programId: string;
  programName: Bilingual;
  summary: Bilingual;
  status: 'eligible' | 'not_eligible' | 'needs_facts';
  amountFen: number;
  /** Why (eligible: what is payable; not eligible: what blocks it), Chinese first. */
  messages: Bilingual[];
  /** Facts the registry does not hold that the program reads (the claim asks them). */
  needed: NeededFact[];
  citations: string[];
  usesIllustrativeValues: boolean;
  /** The full decision when one could be made on known facts alone. */
  decision?: Decision;
}

/** Programs a worker claims for themselves (not an employer's or a project's rule). */
export function personalPrograms(): Program[] {
  return PROGRAMS.filter((p) => p.subject === 'person');
}

function neededFact(key: FactKey): NeededFact {
  const label = FACT_SPECS[key].label;
  return {
    key,
    label,
    reason: { zh: `登记信息中没有“${label.zh}”，申请时请填写。`, en: `The registry does not hold “${label.en}”; give it when you apply.` },
  };
}

/** The facts one expression reads, with the values (refs) and parameter places it uses. */
class FactReader {
  private readonly valueFacts = new Map<string, Set<FactKey>>();
  constructor(program: Program) {
    for (const v of program.values) {
      const out = new Set<FactKey>();
      this.num(v.expr, v.locality ?? program.payer, out);
      this.valueFacts.set(v.name, out);
    }
  }

  private place(l: Locality, out: Set<FactKey>): void {
    out.add(LOCALITY_FACT[l]);
  }

  num(e: NumExpr, loc: Locality, out: Set<FactKey>): void {
    switch (e.op) {
      case 'const':
      case 'asOf':
        return;
      case 'fact':
      case 'date':
        out.add(e.fact);
        return;
      case 'param': {
        this.place(e.locality ?? loc, out);
        const on: unknown = Reflect.get(e, 'on');
        if (typeof on === 'string' && on in FACT_SPECS) out.add(on as FactKey);
        return;
      }
      case 'ref':
        for (const f of this.valueFacts.get(e.name) ?? []) out.add(f);
        return;
      case 'mulBp':
        this.num(e.a, loc, out);
        this.num(e.bp, loc, out);
        return;
      case 'monthsBetween':
        this.num(e.from, loc, out);
        this.num(e.to, loc, out);
        return;
      case 'addMonths':
        this.num(e.date, loc, out);
        this.num(e.months, loc, out);
        return;
      case 'if':
        this.bool(e.cond, loc, out);
        this.num(e.then, loc, out);
        this.num(e.else, loc, out);
        return;
      default:
        this.num(e.a, loc, out);
        this.num(e.b, loc, out);
    }
  }

  bool(e: BoolExpr, loc: Locality, out: Set<FactKey>): void {
    switch (e.op) {
      case 'flag':
      case 'is':
        out.add(e.fact);
        return;
      case 'cmp':
        this.num(e.a, loc, out);
        this.num(e.b, loc, out);
        return;
      case 'and':
      case 'or':
        for (const i of e.items) this.bool(i, loc, out);
        return;
      case 'not':
        this.bool(e.item, loc, out);
        return;
      case 'sameArea':
        this.place(e.a, out);
        this.place(e.b, out);
        return;
    }
  }
}

/** A value the fact accepts, to stand in for a missing one (the checks that read it are unknown anyway). */
function standIn(key: FactKey, facts: Facts): unknown {
  const spec = FACT_SPECS[key];
  switch (spec.type) {
    case 'int':
      return spec.min;
    case 'bool':
      return false;
    case 'date':
      return '2000-01-01';
    case 'enum':
      return spec.values[0];
    case 'region':
      return facts.hukouRegion ?? facts.residenceRegion ?? '110000';
  }
}

/** A sentence with the values that decided a criterion, when the engine gives one. */
function detailOf(result: CriterionResult | undefined): Bilingual | undefined {
  const d: unknown = result ? Reflect.get(result, 'detail') : undefined;
  if (typeof d !== 'object' || d === null) return undefined;
  const zh: unknown = Reflect.get(d, 'zh');
  const en: unknown = Reflect.get(d, 'en');
  return typeof zh === 'string' && typeof en === 'string' && zh !== '' ? { zh, en } : undefined;
}

function withDetail(message: Bilingual, detail: Bilingual | undefined): Bilingual {
  if (!detail || message.zh.includes(detail.zh)) return message;
  return { zh: `${message.zh}${detail.zh}`, en: `${message.en} ${detail.en}` };
}

type Tri = { value: boolean | null; reasons: Bilingual[] };

/** Three-valued outcome of a node: known checks from the stand-in decision, the rest unknown. */
function tri(
  node: CriterionNode,
  locality: Locality,
  known: (node: CriterionNode, loc: Locality) => boolean,
  results: Map<string, CriterionResult>,
): Tri {
  const loc = node.locality ?? locality;
  if (node.kind === 'check') {
    if (!known(node, loc)) return { value: null, reasons: [] };
    const r = results.get(node.id);
    const passed = r?.passed ?? false;
    return { value: passed, reasons: passed ? [] : [withDetail(node.fail, detailOf(r))] };
  }
  if (node.kind === 'not') {
    const inner = tri(node.item, loc, known, results);
    if (inner.value === null) return inner;
    return { value: !inner.value, reasons: inner.value ? [withDetail(node.fail, detailOf(results.get(node.id)))] : [] };
  }
  const parts = node.items.map((i) => tri(i, loc, known, results));
  if (node.kind === 'all') {
    const failed = parts.filter((p) => p.value === false);
    if (failed.length) return { value: false, reasons: failed.flatMap((p) => p.reasons) };
    return { value: parts.every((p) => p.value === true) ? true : null, reasons: [] };
  }
  if (parts.some((p) => p.value === true)) return { value: true, reasons: [] };
  if (parts.every((p) => p.value === false)) return { value: false, reasons: [withDetail(node.fail, detailOf(results.get(node.id)))] };
  return { value: null, reasons: [] };
}

/** One program's answer for registry facts on a date. */
export function entitlementFor(program: Program, facts: Facts, asOf: string, params: readonly ParameterRow[]): Entitlement {
  const base = { programId: program.id, programName: program.name, summary: program.summary };
  const missing = analyse(program).facts.filter((k) => facts[k] === undefined);
  if (missing.length === 0) {
    const d = evaluate(program, facts, asOf, params);
    if (d.ok) {
      const v = d.value;
      return {
        ...base,
        status: v.eligible ? 'eligible' : 'not_eligible',
        amountFen: v.amountFen,
        messages: v.messages,
        needed: [],
        citations: [...v.citations],
        usesIllustrativeValues: v.usesIllustrativeValues,
        decision: v,
      };
    }
    // Known facts the engine still refuses (a missing parameter): the office has to look at it.
    return {
      ...base,
      status: 'needs_facts',
      amountFen: 0,
      messages: [d.reason.message],
      needed: [],
      citations: [],
      usesIllustrativeValues: false,
    };
  }
  const filled: Facts = { ...facts };
  for (const k of missing) Object.assign(filled, { [k]: standIn(k, facts) });
  const d = evaluate(program, filled, asOf, params);
  const results = new Map<string, CriterionResult>(d.ok ? d.value.criteria.map((c) => [c.id, c]) : []);
  const reader = new FactReader(program);
  const absent = new Set<FactKey>(missing);
  const known = (node: CriterionNode, loc: Locality): boolean => {
    if (!d.ok || node.kind !== 'check') return false;
    const read = new Set<FactKey>();
    reader.bool(node.test, loc, read);
    for (const x of node.exceptions ?? []) reader.bool(x.when, loc, read);
    return [...read].every((k) => !absent.has(k));
  };
  const outcome = tri(program.criteria, program.payer, known, results);
  const needed = missing.map(neededFact);
  if (outcome.value === false) {
    return {
      ...base,
      status: 'not_eligible',
      amountFen: 0,
      messages: outcome.reasons.length ? outcome.reasons : [program.criteria.fail],
      needed,
      citations: d.ok ? [...d.value.citations] : [],
      usesIllustrativeValues: false,
    };
  }
  if (outcome.value === true && d.ok) {
    // Granted whatever the missing answers are; the amount counts only if it reads none of them.
    const read = new Set<FactKey>();
    for (const e of [program.amount, program.months, program.monthlyFen, program.instalment]) if (e) reader.num(e, program.payer, read);
    if ([...read].every((k) => !absent.has(k))) {
      const v = d.value;
      return {
        ...base,
        status: 'eligible',
        amountFen: v.amountFen,
        messages: v.messages,
        needed,
        citations: [...v.citations],
        usesIllustrativeValues: v.usesIllustrativeValues,
      };
    }
  }
  return { ...base, status: 'needs_facts', amountFen: 0, messages: [], needed, citations: [], usesIllustrativeValues: false };
}

/** Decides every personal program for registry facts on a date. */
export function entitlementsFor(facts: Facts, asOf: string, params: readonly ParameterRow[]): Entitlement[] {
  return personalPrograms().map((program) => entitlementFor(program, facts, asOf, params));
}
