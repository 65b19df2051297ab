/**
 * The fused batch backend: compiles a program's definition to the source of ONE row loop (every
 * value, criterion, reason bit and output of a row computed in registers) and instantiates it once
 * per program with `new Function`. The source is built only from generated identifiers, operators and
 * numeric literals checked finite here; columns, parameter tables and lookup arrays are passed in as
 * arguments, so no definition text or data ever becomes code. Helper arithmetic (ops.ts, days.ts) is
 * passed in too, so results equal the interpreter's. When the runtime forbids code generation from
 * strings (node --disallow-code-generation-from-strings), batch.ts uses the closure kernels instead.
 */
import { analyse } from './analyse.js';
import { NO_DATE, type PersonColumns } from './columns.js';
import type { Program } from './criteria.js';
import { addMonthsDays, monthsBetweenDays } from './days.js';
import type { BoolExpr, NumExpr } from './expr.js';
import { FACT_SPECS } from './fact-specs.js';
import type { BoolFactKey, DateFactKey, EnumFactKey, NumFactKey } from './facts.js';
import { idiv, mulBpDown, mulBpUp, toFen } from './ops.js';
import type { ParamKey } from './param-defs.js';
import type { ParamTables } from './tables.js';
import type { AreaLevel, Locality } from './types.js';

/** An array the generated loop reads, resolved per call from the columns and tables. */
type Input =
  | { kind: 'num'; key: NumFactKey }
  | { kind: 'date'; key: DateFactKey }
  | { kind: 'flag'; key: BoolFactKey }
  | { kind: 'code'; key: EnumFactKey }
  | { kind: 'place'; locality: Locality }
  | { kind: 'table'; key: ParamKey }
  /** A parameter resolved on a per-row date: a function (day, region index) → value. */
  | { kind: 'dated'; key: ParamKey }
  | { kind: 'area'; level: AreaLevel }
  | { kind: 'member'; set: Uint8Array };

/** What the generated loop reads: arrays, and for parameters on a per-row date, a lookup function. */
export type FusedInput = ArrayLike<number> | ((day: number, region: number) => number);

/** The generated row loop: rows [start, end), writing outputs and adding to tally = [count, totalFen]. */
export type RowLoop = (
  start: number,
  end: number,
  asOf: number,
  inputs: readonly FusedInput[],
  eligible: Uint8Array,
  reasons: Uint32Array,
  amount: Float64Array,
  months: Float64Array | null,
  monthly: Float64Array | null,
  instalment: Float64Array | null,
  tally: Float64Array,
) => void;

/** A compiled program: the loop and the inputs it expects, in order. */
export interface FusedProgram {
  run: RowLoop;
  inputs: readonly Input[];
  /** The generated source, for review and debugging. */
  source: string;
}

const HELPERS = { idiv, mulBpDown, mulBpUp, monthsBetweenDays, addMonthsDays, toFen };

function literal(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`non-finite constant ${v}`);
  return v < 0 ? `(${v})` : String(v);
}

class Generator {
  readonly inputs: Input[] = [];
  private readonly inputIds = new Map<string, string>();
  readonly body: string[] = [];
  private readonly temps = new Map<string, string>();
  private readonly placesRead = new Set<string>();
  readonly values = new Map<string, string>();

  /** The local name of an input array (declared once). */
  input(i: Input, id: string): string {
    const hit = this.inputIds.get(id);
    if (hit) return hit;
    const name = `a${this.inputs.length}`;
    this.inputs.push(i);
    this.inputIds.set(id, name);
    return name;
  }

  /** A per-row temporary for an expression, shared by identical expressions. */
  temp(key: string, code: () => string): string {
    const hit = this.temps.get(key);
    if (hit) return hit;
    const expr = code();
    const name = `t${this.temps.size}`;
    this.body.push(`const ${name} = ${expr};`);
    this.temps.set(key, name);
    return name;
  }

  place(l: Locality): string {
    const col = this.input({ kind: 'place', locality: l }, `place:${l}`);
    const name = `p_${l}`;
    if (!this.placesRead.has(l)) {
      this.placesRead.add(l);
      this.body.push(`const ${name} = ${col}[i];`);
    }
    return name;
  }

  num(e: NumExpr, loc: Locality): string {
    if (e.op === 'ref') {
      const v = this.values.get(e.name);
      if (!v) throw new Error(`value ${e.name} is not defined yet`);
      return v;
    }
    if (e.op === 'const') return literal(e.value);
    if (e.op === 'asOf') return 'asOf';
    return this.temp(`n|${loc}|${JSON.stringify(e)}`, () => {
      switch (e.op) {
        case 'fact':
          return `${this.input({ kind: 'num', key: e.fact }, `num:${e.fact}`)}[i]`;
        case 'date': {
          const d = this.input({ kind: 'date', key: e.fact }, `date:${e.fact}`);
          return `(${d}[i] === ${NO_DATE} ? NaN : ${d}[i])`;
        }
        case 'param': {
          const p = this.place(e.locality ?? loc);
          if (e.on) {
            const d = this.input({ kind: 'date', key: e.on }, `date:${e.on}`);
            const f = this.input({ kind: 'dated', key: e.key }, `dated:${e.key}`);
            return `(${p} < 0 || ${d}[i] === ${NO_DATE} ? NaN : ${f}(${d}[i], ${p}))`;
          }
          return `(${p} < 0 ? NaN : ${this.input({ kind: 'table', key: e.key }, `table:${e.key}`)}[${p}])`;
        }
        case 'add':
          return `(${this.num(e.a, loc)} + ${this.num(e.b, loc)})`;
        case 'sub':
          return `(${this.num(e.a, loc)} - ${this.num(e.b, loc)})`;
        case 'mul':
          return `(${this.num(e.a, loc)} * ${this.num(e.b, loc)})`;
        case 'min':
          return `Math.min(${this.num(e.a, loc)}, ${this.num(e.b, loc)})`;
        case 'max':
          return `Math.max(${this.num(e.a, loc)}, ${this.num(e.b, loc)})`;
        case 'idiv':
          return `idiv(${this.num(e.a, loc)}, ${this.num(e.b, loc)})`;
        case 'mulBp':
          return `${e.round === 'up' ? 'mulBpUp' : 'mulBpDown'}(${this.num(e.a, loc)}, ${this.num(e.bp, loc)})`;
        case 'monthsBetween':
          return `monthsBetweenDays(${this.num(e.from, loc)}, ${this.num(e.to, loc)})`;
        case 'addMonths':
          return `addMonthsDays(${this.num(e.date, loc)}, ${this.num(e.months, loc)})`;
        case 'if': {
          const [c, a, b] = [this.bool(e.cond, loc), this.num(e.then, loc), this.num(e.else, loc)];
          return `(${c} ? ${a} : ${b})`;
        }
      }
    });
  }

  bool(e: BoolExpr, loc: Locality): string {
    return this.temp(`b|${loc}|${JSON.stringify(e)}`, () => {
      switch (e.op) {
        case 'flag':
          return `${this.input({ kind: 'flag', key: e.fact }, `flag:${e.fact}`)}[i]`;
        case 'is': {
          const spec = FACT_SPECS[e.fact];
          const set = new Uint8Array(256);
          if (spec.type === 'enum') spec.values.forEach((v, k) => (set[k] = e.values.includes(v) ? 1 : 0));
          const m = this.input({ kind: 'member', set }, `member:${e.fact}:${e.values.join(',')}`);
          return `${m}[${this.input({ kind: 'code', key: e.fact }, `code:${e.fact}`)}[i]]`;
        }
        case 'cmp': {
          const [a, b] = [this.num(e.a, loc), this.num(e.b, loc)];
          if (e.cmp === 'ne') return `(${a} !== ${b} && ${a} === ${a} && ${b} === ${b} ? 1 : 0)`;
          const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '===' }[e.cmp];
          return `(${a} ${op} ${b} ? 1 : 0)`;
        }
        case 'and':
        case 'or':
          return `(${e.items.map((x) => this.bool(x, loc)).join(e.op === 'and' ? ' & ' : ' | ')})`;
        case 'not':
          return `(${this.bool(e.item, loc)} ^ 1)`;
        case 'sameArea': {
          const [a, b] = [this.place(e.a), this.place(e.b)];
          const g = this.input({ kind: 'area', level: e.level }, `area:${e.level}`);
          return `(${a} >= 0 && ${b} >= 0 && ${g}[${a}] === ${g}[${b}] ? 1 : 0)`;
        }
      }
    });
  }
}

/** Generates and instantiates the row loop of a program. Throws if code generation is disallowed. */
export function fuseProgram(program: Program): FusedProgram {
  const a = analyse(program);
  const g = new Generator();
  for (const v of program.values) g.values.set(v.name, g.num(v.expr, v.locality ?? program.payer));
  const node: string[] = [];
  for (let k = a.nodes.length - 1; k >= 0; k--) {
    const f = a.nodes[k];
    if (!f) continue;
    const n = f.node;
    const children = a.nodes.filter((c) => c.parent === k).map((c) => node[c.index] ?? '0');
    let code: string;
    if (n.kind === 'check') code = [n.test, ...(n.exceptions ?? []).map((x) => x.when)].map((x) => g.bool(x, f.locality)).join(' | ');
    else if (n.kind === 'not') code = `(${children[0] ?? '0'} ^ 1)`;
    else code = children.join(n.kind === 'all' ? ' & ' : ' | ');
    node[k] = `c${k}`;
    g.body.push(`const c${k} = ${code};`);
  }
  const bits = a.nodes.slice(1).map((f) => `((c${f.index} ^ 1) << ${f.bit})`);
  const outs: [string, Program['amount'] | undefined][] = [
    ['amount', program.amount],
    ['months', program.months],
    ['monthly', program.monthlyFen],
    ['instalment', program.instalment],
  ];
  const writes = outs
    .filter(([, e]) => e)
    .map(([name, e]) => (e ? `if (${name} !== null) ${name}[i] = c0 * toFen(${g.num(e, program.payer)});` : ''));
  const hoist = g.inputs.map((_, k) => `const a${k} = A[${k}];`).join('\n');
  const source = `"use strict";
const { idiv, mulBpDown, mulBpUp, monthsBetweenDays, addMonthsDays, toFen } = H;
return function run(start, end, asOf, A, eligible, reasons, amount, months, monthly, instalment, tally) {
${hoist}
let count = 0; let total = 0;
for (let i = start; i < end; i++) {
${g.body.join('\n')}
${writes.join('\n')}
eligible[i] = c0;
reasons[i] = (${bits.length ? bits.join(' | ') : '0'}) >>> 0;
count += c0; total += amount[i];
}
tally[0] += count; tally[1] += total;
};`;
  const factory = new Function('H', source);
  const fn: unknown = Reflect.apply(factory, undefined, [HELPERS]);
  if (typeof fn !== 'function') throw new Error('code generation failed');
  const run: RowLoop = (...args) => {
    Reflect.apply(fn, undefined, args);
  };
  return { run, inputs: g.inputs, source };
}

/** Resolves a fused program's inputs against columns and tables. */
export function fusedArgs(f: FusedProgram, cols: PersonColumns, tables: ParamTables): FusedInput[] {
  return f.inputs.map((i) => {
    switch (i.kind) {
      case 'num':
        return cols.num(i.key);
      case 'date':
        return cols.date(i.key);
      case 'flag':
        return cols.flag(i.key);
      case 'code':
        return cols.code(i.key);
      case 'place':
        return cols.place(i.locality);
      case 'table':
        return tables.get(i.key);
      case 'dated':
        return (day: number, region: number) => tables.at(i.key, day, region);
      case 'area':
        return cols.regions.area[i.level];
      case 'member':
        return i.set;
    }
  });
}
