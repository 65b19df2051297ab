/**
 * Batch evaluation over columns: for every row, eligibility, the amount in fen (and months, monthly
 * amount, instalment where the program has them) and a reason mask with one bit per failed
 * criterion (bit = pre-order index − 1, as in the explained decision). Parameters are resolved once
 * into {@link ParamTables}; the program's criteria are compiled to kernels and run chunk by chunk.
 */
import { analyse } from './analyse.js';
import { compileBool, compileNum, type BindContext, type NumKernel } from './compile.js';
import type { PersonColumns } from './columns.js';
import type { Program } from './criteria.js';
import { toFen } from './ops.js';
import type { ParameterRow } from './parameters.js';
import { ParamTables } from './tables.js';

/** Rows per chunk: buffers stay in cache. */
export const CHUNK = 1024;

/** Outputs of one program over all rows. */
export interface BatchResult {
  programId: string;
  eligible: Uint8Array;
  amountFen: Float64Array;
  reasons: Uint32Array;
  months?: Float64Array;
  monthlyFen?: Float64Array;
  instalment?: Float64Array;
  eligibleCount: number;
  totalFen: number;
}

/** Output arrays that may be reused between runs (benchmarks, what-if). */
export type BatchBuffers = Pick<BatchResult, 'eligible' | 'amountFen' | 'reasons' | 'months' | 'monthlyFen' | 'instalment'>;

/** Allocates output arrays for a program and a row count. */
export function allocateOutputs(program: Program, size: number): BatchBuffers {
  const out: BatchBuffers = { eligible: new Uint8Array(size), amountFen: new Float64Array(size), reasons: new Uint32Array(size) };
  if (program.months) out.months = new Float64Array(size);
  if (program.monthlyFen) out.monthlyFen = new Float64Array(size);
  if (program.instalment) out.instalment = new Float64Array(size);
  return out;
}

interface Bound {
  values: { kernel: NumKernel; buf: Float64Array }[];
  /** One step per criterion in pre-order, each filling nodeBuffers[i]. */
  steps: ((s: number, n: number) => void)[];
  nodeBuffers: Uint8Array[];
  bits: number[];
  outputs: { kernel: NumKernel; target: Float64Array }[];
}

function groupStep(kind: 'all' | 'any' | 'not', own: Uint8Array, children: Uint8Array[]): (s: number, n: number) => void {
  if (kind === 'not') {
    const c = children[0] ?? own;
    return (_s, n) => {
      for (let i = 0; i < n; i++) own[i] = (c[i] ?? 0) ^ 1;
    };
  }
  const all = kind === 'all';
  return (_s, n) => {
    own.fill(all ? 1 : 0, 0, n);
    for (const c of children) {
      if (all) for (let i = 0; i < n; i++) own[i] = (own[i] ?? 0) & (c[i] ?? 0);
      else for (let i = 0; i < n; i++) own[i] = (own[i] ?? 0) | (c[i] ?? 0);
    }
  };
}

/** Turns a program into kernels bound to these columns and tables. */
function bind(program: Program, cols: PersonColumns, tables: ParamTables, out: BatchBuffers): Bound {
  const analysis = analyse(program);
  const ctx: BindContext = { cols, tables, values: new Map(), chunk: CHUNK };
  const values = program.values.map((v) => {
    const kernel = compileNum(v.expr, v.locality ?? program.payer, ctx);
    const buf = new Float64Array(CHUNK);
    ctx.values.set(v.name, buf);
    return { kernel, buf };
  });
  const nodeBuffers = analysis.nodes.map(() => new Uint8Array(CHUNK));
  const steps = analysis.nodes.map((f): ((s: number, n: number) => void) => {
    const node = f.node;
    const own = nodeBuffers[f.index] ?? new Uint8Array(CHUNK);
    if (node.kind === 'check') {
      const exceptions = (node.exceptions ?? []).map((x) => x.when);
      const k = compileBool(exceptions.length ? { op: 'or', items: [node.test, ...exceptions] } : node.test, f.locality, ctx);
      return (s, n) => own.set(k(s, n).subarray(0, n));
    }
    const children = analysis.nodes.filter((c) => c.parent === f.index).map((c) => nodeBuffers[c.index] ?? own);
    return groupStep(node.kind, own, children);
  });
  const outputs: Bound['outputs'] = [{ kernel: compileNum(program.amount, program.payer, ctx), target: out.amountFen }];
  const opt = (e: Program['months'], target: Float64Array | undefined) => {
    if (e && target) outputs.push({ kernel: compileNum(e, program.payer, ctx), target });
  };
  opt(program.months, out.months);
  opt(program.monthlyFen, out.monthlyFen);
  opt(program.instalment, out.instalment);
  return { values, steps, nodeBuffers, bits: analysis.nodes.map((f) => f.bit), outputs };
}

/** Runs one program over all rows of the columns with tables resolved for the decision date. */
export function evaluateBatch(program: Program, cols: PersonColumns, tables: ParamTables, reuse?: BatchBuffers): BatchResult {
  const out = reuse ?? allocateOutputs(program, cols.size);
  const b = bind(program, cols, tables, out);
  const root = b.nodeBuffers[0] ?? new Uint8Array(CHUNK);
  let eligibleCount = 0;
  let totalFen = 0;
  for (let s = 0; s < cols.size; s += CHUNK) {
    const n = Math.min(CHUNK, cols.size - s);
    for (const v of b.values) v.buf.set(v.kernel(s, n).subarray(0, n));
    // Children before parents: pre-order walked backwards.
    for (let j = b.steps.length - 1; j >= 0; j--) b.steps[j]?.(s, n);
    const reasons = out.reasons.subarray(s, s + n);
    reasons.fill(0);
    for (let j = 1; j < b.nodeBuffers.length; j++) {
      const buf = b.nodeBuffers[j] ?? root;
      const bit = (1 << (b.bits[j] ?? 0)) >>> 0;
      for (let i = 0; i < n; i++) if (buf[i] === 0) reasons[i] = (reasons[i] ?? 0) | bit;
    }
    out.eligible.set(root.subarray(0, n), s);
    for (const o of b.outputs) {
      const x = o.kernel(s, n);
      for (let i = 0; i < n; i++) o.target[s + i] = root[i] ? toFen(x[i] ?? NaN) : 0;
    }
    for (let i = 0; i < n; i++) {
      if (root[i]) {
        eligibleCount++;
        totalFen += out.amountFen[s + i] ?? 0;
      }
    }
  }
  return { programId: program.id, ...out, eligibleCount, totalFen };
}

/** Runs several programs over the same columns, resolving parameters once for the date. */
export function evaluateAll(programs: readonly Program[], cols: PersonColumns, params: readonly ParameterRow[], asOf: string): BatchResult[] {
  const tables = new ParamTables(params, cols.regions, asOf);
  return programs.map((p) => evaluateBatch(p, cols, tables));
}
