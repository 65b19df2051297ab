/**
 * Column kernels: the building blocks compile.ts assembles. A kernel has an output array and a
 * `run(s, n)` that makes it hold the values for rows [s, s + n): either a chunk buffer it fills
 * (index i) or a fact column read in place (index s + i, `rows: true`). Kernels whose every row is
 * the same are folded to constants at bind time with the same scalar arithmetic as the interpreter.
 */
import type { PersonColumns } from './columns.js';
import { addMonthsDays, monthsBetweenDays } from './days.js';
import type { BoolExpr } from './expr.js';
import { compare as compareScalar, idiv, mulBpDown, mulBpUp } from './ops.js';
import type { ParamTables } from './tables.js';
import type { Locality } from './types.js';

/** A numeric kernel. `rows` means `out` is indexed by row (a column read in place), else by chunk offset. */
export interface NumKernel {
  out: Float64Array | Int32Array;
  rows: boolean;
  run(s: number, n: number): void;
  /** Set when every row has this value (folded at bind time; `out` holds it too). */
  value?: number;
}
/** A yes/no kernel (0/1 bytes). */
export interface BoolKernel {
  out: Uint8Array;
  rows: boolean;
  run(s: number, n: number): void;
  /** Set when every row has this outcome (folded at bind time; `out` holds it too). */
  value?: 0 | 1;
}

/** What kernels bind to. `values` maps named values to their kernels; `memo` shares identical sub-expressions. */
export interface BindContext {
  cols: PersonColumns;
  tables: ParamTables;
  values: Map<string, NumKernel>;
  chunk: number;
  memo: Map<string, NumKernel | BoolKernel>;
  /** Per locality: true when no row lacks the place (so a region-uniform parameter is a constant). */
  complete: Map<Locality, boolean>;
}

/** The run of kernels that never change within a bind. */
export const NOOP = (): void => {};
/** Fills a kernel for rows [s, s + n). */
export type Run = (s: number, n: number) => void;

/** Runs `body` at most once per chunk start, so a shared kernel is not recomputed by each reader. */
export function once(body: Run): Run {
  let at = -1;
  return (s, n) => {
    if (at === s) return;
    at = s;
    body(s, n);
  };
}

/** Binary operators with a kernel loop. */
export type BinOp = 'add' | 'sub' | 'mul' | 'min' | 'max' | 'idiv' | 'mulBpDown' | 'mulBpUp' | 'months' | 'addMonths';

/** Scalar forms of the binary operators, for folding constants with exactly the kernels' arithmetic. */
const SCALAR: Readonly<Record<BinOp, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  min: Math.min,
  max: Math.max,
  idiv,
  mulBpDown,
  mulBpUp,
  months: monthsBetweenDays,
  addMonths: addMonthsDays,
};

/** A kernel whose every row is `value`. */
export function constNum(value: number, chunk: number): NumKernel {
  return { out: new Float64Array(chunk).fill(value), rows: false, run: NOOP, value };
}
/** A yes/no kernel whose every row is `value`. */
export function constBool(value: 0 | 1, chunk: number): BoolKernel {
  return { out: new Uint8Array(chunk).fill(value), rows: false, run: NOOP, value };
}

/** A binary operator over two kernels, one loop per operator. */
export function binary(op: BinOp, a: NumKernel, b: NumKernel, out: Float64Array): NumKernel {
  if (a.value !== undefined && b.value !== undefined) return constNum(SCALAR[op](a.value, b.value), out.length);
  const x = a.out;
  const y = b.out;
  const loop = (f: (xo: number, yo: number, n: number) => void): NumKernel => ({
    out,
    rows: false,
    run: once((s, n) => {
      a.run(s, n);
      b.run(s, n);
      f(a.rows ? s : 0, b.rows ? s : 0, n);
    }),
  });
  // One loop per operator keeps each loop free of per-element indirect calls for + − × min max.
  switch (op) {
    case 'add':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) + (y[yo + i] ?? NaN);
      });
    case 'sub':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) - (y[yo + i] ?? NaN);
      });
    case 'mul':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) * (y[yo + i] ?? NaN);
      });
    case 'min':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.min(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
    case 'max':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.max(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
    case 'idiv':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = idiv(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
    case 'mulBpDown':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = mulBpDown(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
    case 'mulBpUp':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = mulBpUp(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
    case 'months':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = monthsBetweenDays(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
    case 'addMonths':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = addMonthsDays(x[xo + i] ?? NaN, y[yo + i] ?? NaN);
      });
  }
}

/** A comparison kernel; NaN compares false. */
export function compare(op: BoolExpr & { op: 'cmp' }, a: NumKernel, b: NumKernel, out: Uint8Array): BoolKernel {
  if (a.value !== undefined && b.value !== undefined) return constBool(compareScalar(op.cmp, a.value, b.value) ? 1 : 0, out.length);
  const x = a.out;
  const y = b.out;
  const loop = (f: (xo: number, yo: number, n: number) => void): BoolKernel => ({
    out,
    rows: false,
    run: once((s, n) => {
      a.run(s, n);
      b.run(s, n);
      f(a.rows ? s : 0, b.rows ? s : 0, n);
    }),
  });
  // NaN compares false everywhere, also for 'ne' (as ops.compare).
  switch (op.cmp) {
    case 'lt':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) < (y[yo + i] ?? NaN) ? 1 : 0;
      });
    case 'le':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) <= (y[yo + i] ?? NaN) ? 1 : 0;
      });
    case 'gt':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) > (y[yo + i] ?? NaN) ? 1 : 0;
      });
    case 'ge':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) >= (y[yo + i] ?? NaN) ? 1 : 0;
      });
    case 'eq':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) out[i] = (x[xo + i] ?? NaN) === (y[yo + i] ?? NaN) ? 1 : 0;
      });
    case 'ne':
      return loop((xo, yo, n) => {
        for (let i = 0; i < n; i++) {
          const u = x[xo + i] ?? NaN;
          const v = y[yo + i] ?? NaN;
          out[i] = u !== v && u === u && v === v ? 1 : 0;
        }
      });
  }
}

/** Combines yes/no kernels with and / or (or negates one with 'not') into `out`. */
export function combine(kind: 'and' | 'or' | 'not', all: readonly BoolKernel[], out: Uint8Array): BoolKernel {
  if (kind === 'not') {
    const only = all[0];
    if (only?.value !== undefined) return constBool(only.value ? 0 : 1, out.length);
  } else {
    // A constant 0 decides an 'and', a constant 1 an 'or'; the other constant drops out.
    const decisive = kind === 'and' ? 0 : 1;
    if (all.some((k) => k.value === decisive)) return constBool(decisive, out.length);
  }
  const items = kind === 'not' ? all : all.filter((k) => k.value === undefined);
  const first = items[0];
  if (!first) return constBool(kind === 'and' ? 1 : 0, out.length);
  const rest = items.slice(1);
  return {
    out,
    rows: false,
    run: once((s, n) => {
      for (const k of items) k.run(s, n);
      const f = first.out;
      const fo = first.rows ? s : 0;
      if (kind === 'not') {
        for (let i = 0; i < n; i++) out[i] = (f[fo + i] ?? 0) ^ 1;
        return;
      }
      for (let i = 0; i < n; i++) out[i] = f[fo + i] ?? 0;
      for (const k of rest) {
        const o = k.out;
        const oo = k.rows ? s : 0;
        if (kind === 'and') for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) & (o[oo + i] ?? 0);
        else for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) | (o[oo + i] ?? 0);
      }
    }),
  };
}

/** The value shared by every region, or undefined when regions differ (NaN counts as a value). */
export function uniformValue(table: Float64Array): number | undefined {
  const v = table[0];
  if (v === undefined) return undefined;
  for (let i = 1; i < table.length; i++) if (!Object.is(table[i], v)) return undefined;
  return v;
}

/** Whether every row names the locality (computed once per bind). */
export function isComplete(ctx: BindContext, l: Locality): boolean {
  const hit = ctx.complete.get(l);
  if (hit !== undefined) return hit;
  const col = ctx.cols.place(l);
  let complete = true;
  for (let i = 0; i < col.length; i++) {
    if ((col[i] ?? -1) < 0) {
      complete = false;
      break;
    }
  }
  ctx.complete.set(l, complete);
  return complete;
}
