/**
 * Compiles expressions to column kernels. A kernel fills its own buffer for rows [s, s + n) of the
 * columns and returns it; every node of the expression tree becomes one tight loop over a chunk, so
 * the same declarative definition that the interpreter explains runs over millions of rows without
 * a hand-written second copy. Arithmetic comes from ops.ts and days.ts, shared with the interpreter.
 */
import { FACT_SPECS } from './fact-specs.js';
import { NO_DATE, type PersonColumns } from './columns.js';
import { addMonthsDays, monthsBetweenDays } from './days.js';
import type { BoolExpr, NumExpr } from './expr.js';
import { idiv, mulBpDown, mulBpUp } from './ops.js';
import type { ParamTables } from './tables.js';
import type { Locality } from './types.js';

/** Fills and returns its buffer for rows [s, s + n). */
export type NumKernel = (s: number, n: number) => Float64Array;
/** Fills and returns its 0/1 buffer for rows [s, s + n). */
export type BoolKernel = (s: number, n: number) => Uint8Array;

/** What kernels are bound to. `values` holds the buffers of named values already computed for the chunk. */
export interface BindContext {
  cols: PersonColumns;
  tables: ParamTables;
  values: Map<string, Float64Array>;
  chunk: number;
}

type Bin = (a: number, b: number) => number;
const BIN: Readonly<Record<'add' | 'sub' | 'mul' | 'min' | 'max' | 'idiv', Bin>> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  min: Math.min,
  max: Math.max,
  idiv,
};

function map2(f: Bin, a: NumKernel, b: NumKernel, buf: Float64Array): NumKernel {
  return (s, n) => {
    const x = a(s, n);
    const y = b(s, n);
    for (let i = 0; i < n; i++) buf[i] = f(x[i] ?? NaN, y[i] ?? NaN);
    return buf;
  };
}

/** Compiles a numeric expression; `loc` is the locality whose parameters apply. */
export function compileNum(e: NumExpr, loc: Locality, ctx: BindContext): NumKernel {
  const buf = new Float64Array(ctx.chunk);
  switch (e.op) {
    case 'const':
    case 'asOf': {
      buf.fill(e.op === 'const' ? e.value : ctx.tables.asOfDay);
      return () => buf;
    }
    case 'fact': {
      const col = ctx.cols.num(e.fact);
      return (s, n) => {
        for (let i = 0; i < n; i++) buf[i] = col[s + i] ?? NaN;
        return buf;
      };
    }
    case 'date': {
      const col = ctx.cols.date(e.fact);
      return (s, n) => {
        for (let i = 0; i < n; i++) {
          const d = col[s + i] ?? NO_DATE;
          buf[i] = d === NO_DATE ? NaN : d;
        }
        return buf;
      };
    }
    case 'param': {
      const table = ctx.tables.get(e.key);
      const place = ctx.cols.place(e.locality ?? loc);
      return (s, n) => {
        for (let i = 0; i < n; i++) {
          const r = place[s + i] ?? -1;
          buf[i] = r < 0 ? NaN : (table[r] ?? NaN);
        }
        return buf;
      };
    }
    case 'ref': {
      const v = ctx.values.get(e.name);
      if (!v) throw new Error(`value ${e.name} is not bound yet`);
      return () => v;
    }
    case 'mulBp':
      return map2(e.round === 'up' ? mulBpUp : mulBpDown, compileNum(e.a, loc, ctx), compileNum(e.bp, loc, ctx), buf);
    case 'monthsBetween':
      return map2(monthsBetweenDays, compileNum(e.from, loc, ctx), compileNum(e.to, loc, ctx), buf);
    case 'addMonths':
      return map2(addMonthsDays, compileNum(e.date, loc, ctx), compileNum(e.months, loc, ctx), buf);
    case 'if': {
      const c = compileBool(e.cond, loc, ctx);
      const a = compileNum(e.then, loc, ctx);
      const b = compileNum(e.else, loc, ctx);
      return (s, n) => {
        const cc = c(s, n);
        const x = a(s, n);
        const y = b(s, n);
        for (let i = 0; i < n; i++) buf[i] = cc[i] ? (x[i] ?? NaN) : (y[i] ?? NaN);
        return buf;
      };
    }
    default:
      return map2(BIN[e.op], compileNum(e.a, loc, ctx), compileNum(e.b, loc, ctx), buf);
  }
}

function cmpKernel(op: BoolExpr & { op: 'cmp' }, a: NumKernel, b: NumKernel, buf: Uint8Array): BoolKernel {
  // One loop per operator; NaN compares false everywhere (also for 'ne'), as ops.compare.
  const loop = (f: (x: number, y: number) => boolean): BoolKernel => (s, n) => {
    const x = a(s, n);
    const y = b(s, n);
    for (let i = 0; i < n; i++) buf[i] = f(x[i] ?? NaN, y[i] ?? NaN) ? 1 : 0;
    return buf;
  };
  switch (op.cmp) {
    case 'lt':
      return loop((x, y) => x < y);
    case 'le':
      return loop((x, y) => x <= y);
    case 'gt':
      return loop((x, y) => x > y);
    case 'ge':
      return loop((x, y) => x >= y);
    case 'eq':
      return loop((x, y) => x === y);
    case 'ne':
      return loop((x, y) => x !== y && x === x && y === y);
  }
}

/** Compiles a yes/no expression. */
export function compileBool(e: BoolExpr, loc: Locality, ctx: BindContext): BoolKernel {
  const buf = new Uint8Array(ctx.chunk);
  switch (e.op) {
    case 'flag': {
      const col = ctx.cols.flag(e.fact);
      return (s, n) => {
        buf.set(col.subarray(s, s + n));
        return buf;
      };
    }
    case 'is': {
      const spec = FACT_SPECS[e.fact];
      const member = new Uint8Array(256);
      if (spec.type === 'enum') spec.values.forEach((v, i) => (member[i] = e.values.includes(v) ? 1 : 0));
      const col = ctx.cols.code(e.fact);
      return (s, n) => {
        for (let i = 0; i < n; i++) buf[i] = member[col[s + i] ?? 0] ?? 0;
        return buf;
      };
    }
    case 'cmp':
      return cmpKernel(e, compileNum(e.a, loc, ctx), compileNum(e.b, loc, ctx), buf);
    case 'and':
    case 'or': {
      const items = e.items.map((x) => compileBool(x, loc, ctx));
      const and = e.op === 'and';
      return (s, n) => {
        buf.fill(and ? 1 : 0, 0, n);
        for (const k of items) {
          const x = k(s, n);
          if (and) for (let i = 0; i < n; i++) buf[i] = (buf[i] ?? 0) & (x[i] ?? 0);
          else for (let i = 0; i < n; i++) buf[i] = (buf[i] ?? 0) | (x[i] ?? 0);
        }
        return buf;
      };
    }
    case 'not': {
      const k = compileBool(e.item, loc, ctx);
      return (s, n) => {
        const x = k(s, n);
        for (let i = 0; i < n; i++) buf[i] = (x[i] ?? 0) ^ 1;
        return buf;
      };
    }
    case 'sameArea': {
      const group = ctx.cols.regions.area[e.level];
      const pa = ctx.cols.place(e.a);
      const pb = ctx.cols.place(e.b);
      return (s, n) => {
        for (let i = 0; i < n; i++) {
          const ra = pa[s + i] ?? -1;
          const rb = pb[s + i] ?? -1;
          buf[i] = ra >= 0 && rb >= 0 && group[ra] === group[rb] ? 1 : 0;
        }
        return buf;
      };
    }
  }
}
