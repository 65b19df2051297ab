/**
 * Static analysis of a program definition: nodes in pre-order with their reason bits and resolved
 * localities, the facts and parameters it needs, the clauses it cites. Cached per program object.
 * Malformed definitions are programming errors and throw (the test suite analyses every program).
 */
import type { ClauseId } from './clauses.js';
import type { CriterionNode, Program } from './criteria.js';
import type { BoolExpr, NumExpr } from './expr.js';
import { LOCALITY_FACT, isOptionalFact } from './fact-specs.js';
import type { FactKey } from './facts.js';
import type { ParamKey } from './param-defs.js';
import type { Locality } from './types.js';

/** A criterion node in pre-order. The root has bit -1; node i > 0 has bit i - 1. */
export interface FlatNode {
  node: CriterionNode;
  index: number;
  parent: number;
  depth: number;
  locality: Locality;
  bit: number;
}

/** A parameter used at a locality. */
export interface ParamUseSite {
  key: ParamKey;
  locality: Locality;
}

/** What a program needs and cites. */
export interface Analysis {
  nodes: readonly FlatNode[];
  /** The facts the program requires. */
  facts: readonly FactKey[];
  /** Date facts it reads when given (absent = no such date), e.g. the day a business closed. */
  optionalFacts: readonly FactKey[];
  params: readonly ParamUseSite[];
  clauses: readonly ClauseId[];
  localities: readonly Locality[];
}

/** At most 32 reason bits fit a Uint32 mask. */
export const MAX_REASON_BITS = 32;

const cache = new WeakMap<Program, Analysis>();

class Collector {
  readonly facts = new Set<FactKey>();
  readonly optional = new Set<FactKey>();
  readonly params = new Map<string, ParamUseSite>();
  readonly localities = new Set<Locality>();
  constructor(private readonly known: Set<string>) {}

  private useLocality(l: Locality): void {
    this.localities.add(l);
    this.facts.add(LOCALITY_FACT[l]);
  }

  num(e: NumExpr, loc: Locality): void {
    switch (e.op) {
      case 'const':
      case 'asOf':
        return;
      case 'fact':
        this.facts.add(e.fact);
        return;
      case 'date':
        (isOptionalFact(e.fact) ? this.optional : this.facts).add(e.fact);
        return;
      case 'param': {
        const l = e.locality ?? loc;
        this.useLocality(l);
        if (e.on) this.facts.add(e.on);
        this.params.set(`${e.key}|${l}`, { key: e.key, locality: l });
        return;
      }
      case 'ref':
        if (!this.known.has(e.name)) throw new Error(`unknown or later value "${e.name}"`);
        return;
      case 'mulBp':
        this.num(e.a, loc);
        this.num(e.bp, loc);
        return;
      case 'monthsBetween':
        this.num(e.from, loc);
        this.num(e.to, loc);
        return;
      case 'addMonths':
        this.num(e.date, loc);
        this.num(e.months, loc);
        return;
      case 'if':
        this.bool(e.cond, loc);
        this.num(e.then, loc);
        this.num(e.else, loc);
        return;
      default:
        this.num(e.a, loc);
        this.num(e.b, loc);
    }
  }

  bool(e: BoolExpr, loc: Locality): void {
    switch (e.op) {
      case 'flag':
      case 'is':
        this.facts.add(e.fact);
        return;
      case 'cmp':
        this.num(e.a, loc);
        this.num(e.b, loc);
        return;
      case 'and':
      case 'or':
        for (const i of e.items) this.bool(i, loc);
        return;
      case 'not':
        this.bool(e.item, loc);
        return;
      case 'sameArea':
        this.useLocality(e.a);
        this.useLocality(e.b);
        return;
    }
  }
}

function flatten(root: CriterionNode, payer: Locality): FlatNode[] {
  const out: FlatNode[] = [];
  const visit = (node: CriterionNode, parent: number, depth: number, inherited: Locality): void => {
    const locality = node.locality ?? inherited;
    const index = out.length;
    out.push({ node, index, parent, depth, locality, bit: index - 1 });
    if (node.kind === 'all' || node.kind === 'any') for (const c of node.items) visit(c, index, depth + 1, locality);
    else if (node.kind === 'not') visit(node.item, index, depth + 1, locality);
  };
  visit(root, -1, 0, payer);
  return out;
}

/** Analyses a program (cached). Throws on malformed definitions. */
export function analyse(program: Program): Analysis {
  const hit = cache.get(program);
  if (hit) return hit;
  const known = new Set<string>();
  const col = new Collector(known);
  for (const v of program.values) {
    if (known.has(v.name)) throw new Error(`${program.id}: duplicate value ${v.name}`);
    col.num(v.expr, v.locality ?? program.payer);
    known.add(v.name);
  }
  const nodes = flatten(program.criteria, program.payer);
  if (nodes.length - 1 > MAX_REASON_BITS) throw new Error(`${program.id}: more than ${MAX_REASON_BITS} criteria`);
  const ids = new Set<string>();
  const clauses: ClauseId[] = [];
  const cite = (c: ClauseId) => {
    if (!clauses.includes(c)) clauses.push(c);
  };
  for (const f of nodes) {
    if (ids.has(f.node.id)) throw new Error(`${program.id}: duplicate criterion ${f.node.id}`);
    ids.add(f.node.id);
    cite(f.node.clause);
    if (f.node.kind === 'check') {
      col.bool(f.node.test, f.locality);
      for (const x of f.node.exceptions ?? []) {
        col.bool(x.when, f.locality);
        cite(x.clause);
      }
    }
  }
  for (const e of [program.amount, program.months, program.monthlyFen, program.instalment]) if (e) col.num(e, program.payer);
  // Shown values only explain: their own reads are checked (names, refs) but required of nobody.
  const shown = new Collector(known);
  for (const f of nodes) {
    const names = new Set<string>();
    for (const s of f.node.shows ?? []) {
      if (names.has(s.name)) throw new Error(`${program.id}: ${f.node.id} shows ${s.name} twice`);
      names.add(s.name);
      if ('expr' in s) shown.num(s.expr, f.locality);
    }
    for (const text of f.node.detail ? [f.node.detail.zh, f.node.detail.en] : [])
      for (const m of text.matchAll(/\{(\w+)\}/g))
        if (!names.has(m[1] ?? '')) throw new Error(`${program.id}: ${f.node.id} detail names unknown value ${m[1] ?? ''}`);
  }
  const analysis: Analysis = {
    nodes,
    facts: [...col.facts],
    optionalFacts: [...col.optional].filter((k) => !col.facts.has(k)),
    params: [...col.params.values()],
    clauses,
    localities: [...col.localities],
  };
  cache.set(program, analysis);
  return analysis;
}
