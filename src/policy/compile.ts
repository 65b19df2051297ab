/**
 * Compiles expressions to column kernels (kernels.ts). Each node of the expression tree becomes one
 * tight loop over a chunk of rows; identical sub-expressions are compiled once per program and run
 * once per chunk; rows that must all be equal are folded to constants. So the same declarative
 * definition that the interpreter explains runs over millions of rows without a hand-written second
 * copy, and because arithmetic comes from ops.ts and days.ts, results are bit-identical.
 */
import { FACT_SPECS } from './fact-specs.js';
import { NO_DATE } from './columns.js';
import type { BoolExpr, NumExpr } from './expr.js';
import {
  NOOP,
  binary,
  combine,
  compare,
  constNum,
  isComplete,
  once,
  uniformValue,
  type BindContext,
  type BoolKernel,
  type NumKernel,
} from './kernels.js';
import type { Locality } from './types.js';

export type { BindContext, BoolKernel, NumKernel } from './kernels.js';

function memoised<K extends NumKernel | BoolKernel>(
  ctx: BindContext,
  key: string,
  make: () => K,
  is: (k: NumKernel | BoolKernel) => k is K,
): K {
  const hit = ctx.memo.get(key);
  if (hit && is(hit)) return hit;
  const k = make();
  ctx.memo.set(key, k);
  return k;
}
const isNum = (k: NumKernel | BoolKernel): k is NumKernel => !(k.out instanceof Uint8Array);
const isBool = (k: NumKernel | BoolKernel): k is BoolKernel => k.out instanceof Uint8Array;

/** Compiles a numeric expression; `loc` is the locality whose parameters apply. */
export function compileNum(e: NumExpr, loc: Locality, ctx: BindContext): NumKernel {
  if (e.op === 'ref') {
    const v = ctx.values.get(e.name);
    if (!v) throw new Error(`value ${e.name} is not bound yet`);
    return v; // its run is guarded, so readers never recompute it within a chunk
  }
  return memoised(ctx, `n|${loc}|${JSON.stringify(e)}`, () => makeNum(e, loc, ctx), isNum);
}

function makeNum(e: Exclude<NumExpr, { op: 'ref' }>, loc: Locality, ctx: BindContext): NumKernel {
  const out = new Float64Array(ctx.chunk);
  switch (e.op) {
    case 'const':
      return constNum(e.value, ctx.chunk);
    case 'asOf':
      return constNum(ctx.tables.asOfDay, ctx.chunk);
    case 'fact':
      return { out: ctx.cols.num(e.fact), rows: true, run: NOOP };
    case 'date': {
      const col = ctx.cols.date(e.fact);
      return {
        out,
        rows: false,
        run: once((s, n) => {
          for (let i = 0; i < n; i++) {
            const d = col[s + i] ?? NO_DATE;
            out[i] = d === NO_DATE ? NaN : d;
          }
        }),
      };
    }
    case 'param': {
      const locality = e.locality ?? loc;
      const place = ctx.cols.place(locality);
      if (e.on) {
        const { tables } = ctx;
        const { key } = e;
        const dates = ctx.cols.date(e.on);
        return {
          out,
          rows: false,
          run: once((s, n) => {
            for (let i = 0; i < n; i++) {
              const d = dates[s + i] ?? NO_DATE;
              const r = place[s + i] ?? -1;
              out[i] = d === NO_DATE || r < 0 ? NaN : tables.at(key, d, r);
            }
          }),
        };
      }
      const table = ctx.tables.get(e.key);
      const uniform = uniformValue(table);
      if (uniform !== undefined && isComplete(ctx, locality)) return constNum(uniform, ctx.chunk);
      return {
        out,
        rows: false,
        run: once((s, n) => {
          for (let i = 0; i < n; i++) {
            const r = place[s + i] ?? -1;
            out[i] = r < 0 ? NaN : (table[r] ?? NaN);
          }
        }),
      };
    }
    case 'mulBp':
      return binary(e.round === 'up' ? 'mulBpUp' : 'mulBpDown', compileNum(e.a, loc, ctx), compileNum(e.bp, loc, ctx), out);
    case 'monthsBetween':
      return binary('months', compileNum(e.from, loc, ctx), compileNum(e.to, loc, ctx), out);
    case 'addMonths':
      return binary('addMonths', compileNum(e.date, loc, ctx), compileNum(e.months, loc, ctx), out);
    case 'if': {
      const c = compileBool(e.cond, loc, ctx);
      const a = compileNum(e.then, loc, ctx);
      const b = compileNum(e.else, loc, ctx);
      if (c.value !== undefined) return c.value ? a : b;
      const [cc, x, y] = [c.out, a.out, b.out];
      return {
        out,
        rows: false,
        run: once((s, n) => {
          c.run(s, n);
          a.run(s, n);
          b.run(s, n);
          const [co, xo, yo] = [c.rows ? s : 0, a.rows ? s : 0, b.rows ? s : 0];
          for (let i = 0; i < n; i++) out[i] = cc[co + i] ? (x[xo + i] ?? NaN) : (y[yo + i] ?? NaN);
        }),
      };
    }
    default:
      return binary(e.op, compileNum(e.a, loc, ctx), compileNum(e.b, loc, ctx), out);
  }
}

/** Compiles a yes/no expression. */
export function compileBool(e: BoolExpr, loc: Locality, ctx: BindContext): BoolKernel {
  return memoised(ctx, `b|${loc}|${JSON.stringify(e)}`, () => makeBool(e, loc, ctx), isBool);
}

function makeBool(e: BoolExpr, loc: Locality, ctx: BindContext): BoolKernel {
  const out = new Uint8Array(ctx.chunk);
  switch (e.op) {
    case 'flag':
      return { out: ctx.cols.flag(e.fact), rows: true, run: NOOP };
    case 'is': {
      const spec = FACT_SPECS[e.fact];
      const member = new Uint8Array(256);
      if (spec.type === 'enum') spec.values.forEach((v, i) => (member[i] = e.values.includes(v) ? 1 : 0));
      const col = ctx.cols.code(e.fact);
      return {
        out,
        rows: false,
        run: once((s, n) => {
          for (let i = 0; i < n; i++) out[i] = member[col[s + i] ?? 0] ?? 0;
        }),
      };
    }
    case 'cmp':
      return compare(e, compileNum(e.a, loc, ctx), compileNum(e.b, loc, ctx), out);
    case 'and':
    case 'or':
      return combine(
        e.op,
        e.items.map((x) => compileBool(x, loc, ctx)),
        out,
      );
    case 'not':
      return combine('not', [compileBool(e.item, loc, ctx)], out);
    case 'sameArea': {
      const group = ctx.cols.regions.area[e.level];
      const pa = ctx.cols.place(e.a);
      const pb = ctx.cols.place(e.b);
      return {
        out,
        rows: false,
        run: once((s, n) => {
          for (let i = 0; i < n; i++) {
            const ra = pa[s + i] ?? -1;
            const rb = pb[s + i] ?? -1;
            out[i] = ra >= 0 && rb >= 0 && group[ra] === group[rb] ? 1 : 0;
          }
        }),
      };
    }
  }
}
