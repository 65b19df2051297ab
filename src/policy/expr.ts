/**
 * The expression language of programs: numbers (integer fen, months, counts, day numbers) and
 * yes/no tests over facts, parameters and the decision date. It is data, so one definition can be
 * interpreted for one person with an explanation (evaluate.ts) and compiled to column kernels for a
 * whole registry (compile.ts). Builders below keep definitions short and typed.
 */
import type { BoolFactKey, DateFactKey, EnumFactKey, EnumValue, NumFactKey } from './facts.js';
import type { ParamKey } from './param-defs.js';
import type { AreaLevel, Locality } from './types.js';

/** Comparison operators. */
export type CmpOp = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

/** A numeric expression; every value is an integer or NaN (missing parameter). */
export type NumExpr =
  | { op: 'const'; value: number }
  | { op: 'fact'; fact: NumFactKey }
  | { op: 'date'; fact: DateFactKey }
  | { op: 'asOf' }
  /**
   * A parameter at a locality; without one, the enclosing criterion's (or the payer's) locality.
   * `on`: resolved on the date in that fact (e.g. a project's approval date) instead of the decision date.
   */
  | { op: 'param'; key: ParamKey; locality?: Locality; on?: DateFactKey }
  | { op: 'ref'; name: string }
  | { op: 'add' | 'sub' | 'mul' | 'min' | 'max' | 'idiv'; a: NumExpr; b: NumExpr }
  /** a × bp / 10000, rounded down or up to a whole fen. */
  | { op: 'mulBp'; a: NumExpr; bp: NumExpr; round: 'down' | 'up' }
  | { op: 'monthsBetween'; from: NumExpr; to: NumExpr }
  | { op: 'addMonths'; date: NumExpr; months: NumExpr }
  | { op: 'if'; cond: BoolExpr; then: NumExpr; else: NumExpr };

/** A yes/no expression. */
export type BoolExpr =
  | { op: 'flag'; fact: BoolFactKey }
  | { op: 'is'; fact: EnumFactKey; values: readonly string[] }
  | { op: 'cmp'; cmp: CmpOp; a: NumExpr; b: NumExpr }
  | { op: 'and' | 'or'; items: readonly BoolExpr[] }
  | { op: 'not'; item: BoolExpr }
  /** Whether two localities lie in the same division at a level. */
  | { op: 'sameArea'; a: Locality; b: Locality; level: AreaLevel };

type N = NumExpr | number;
const num = (x: N): NumExpr => (typeof x === 'number' ? { op: 'const', value: x } : x);

/** Builders. */
export const E = {
  c: (value: number): NumExpr => ({ op: 'const', value }),
  fact: (fact: NumFactKey): NumExpr => ({ op: 'fact', fact }),
  date: (fact: DateFactKey): NumExpr => ({ op: 'date', fact }),
  asOf: (): NumExpr => ({ op: 'asOf' }),
  param: (key: ParamKey, locality?: Locality): NumExpr => (locality ? { op: 'param', key, locality } : { op: 'param', key }),
  /** A parameter as in force on the date a fact gives (NaN when that date is missing). */
  paramOn: (key: ParamKey, on: DateFactKey, locality?: Locality): NumExpr =>
    locality ? { op: 'param', key, locality, on } : { op: 'param', key, on },
  ref: (name: string): NumExpr => ({ op: 'ref', name }),
  add: (a: N, b: N): NumExpr => ({ op: 'add', a: num(a), b: num(b) }),
  sub: (a: N, b: N): NumExpr => ({ op: 'sub', a: num(a), b: num(b) }),
  mul: (a: N, b: N): NumExpr => ({ op: 'mul', a: num(a), b: num(b) }),
  min: (a: N, b: N): NumExpr => ({ op: 'min', a: num(a), b: num(b) }),
  max: (a: N, b: N): NumExpr => ({ op: 'max', a: num(a), b: num(b) }),
  idiv: (a: N, b: N): NumExpr => ({ op: 'idiv', a: num(a), b: num(b) }),
  mulBp: (a: N, bp: N, round: 'down' | 'up' = 'down'): NumExpr => ({ op: 'mulBp', a: num(a), bp: num(bp), round }),
  monthsBetween: (from: N, to: N): NumExpr => ({ op: 'monthsBetween', from: num(from), to: num(to) }),
  addMonths: (date: N, months: N): NumExpr => ({ op: 'addMonths', date: num(date), months: num(months) }),
  if: (cond: BoolExpr, then: N, otherwise: N): NumExpr => ({ op: 'if', cond, then: num(then), else: num(otherwise) }),
  /** Whole years of age on the decision date. */
  age: (birth: DateFactKey): NumExpr => ({
    op: 'idiv',
    a: { op: 'monthsBetween', from: { op: 'date', fact: birth }, to: { op: 'asOf' } },
    b: { op: 'const', value: 12 },
  }),

  flag: (fact: BoolFactKey): BoolExpr => ({ op: 'flag', fact }),
  is: <K extends EnumFactKey>(fact: K, ...values: EnumValue<K>[]): BoolExpr => ({ op: 'is', fact, values }),
  cmp: (cmp: CmpOp, a: N, b: N): BoolExpr => ({ op: 'cmp', cmp, a: num(a), b: num(b) }),
  ge: (a: N, b: N): BoolExpr => ({ op: 'cmp', cmp: 'ge', a: num(a), b: num(b) }),
  gt: (a: N, b: N): BoolExpr => ({ op: 'cmp', cmp: 'gt', a: num(a), b: num(b) }),
  le: (a: N, b: N): BoolExpr => ({ op: 'cmp', cmp: 'le', a: num(a), b: num(b) }),
  lt: (a: N, b: N): BoolExpr => ({ op: 'cmp', cmp: 'lt', a: num(a), b: num(b) }),
  eq: (a: N, b: N): BoolExpr => ({ op: 'cmp', cmp: 'eq', a: num(a), b: num(b) }),
  and: (...items: BoolExpr[]): BoolExpr => ({ op: 'and', items }),
  or: (...items: BoolExpr[]): BoolExpr => ({ op: 'or', items }),
  not: (item: BoolExpr): BoolExpr => ({ op: 'not', item }),
  sameArea: (a: Locality, b: Locality, level: AreaLevel = 'county'): BoolExpr => ({ op: 'sameArea', a, b, level }),
  /** asOf within [start, end] given as date parameters. */
  within: (start: ParamKey, end: ParamKey): BoolExpr => ({
    op: 'and',
    items: [
      { op: 'cmp', cmp: 'ge', a: { op: 'asOf' }, b: { op: 'param', key: start } },
      { op: 'cmp', cmp: 'le', a: { op: 'asOf' }, b: { op: 'param', key: end } },
    ],
  }),
} as const;
