/**
 * The closure-kernel batch backend (compile.ts, kernels.ts): the program's criteria become kernels
 * run chunk by chunk. It needs no code generation from strings, so it is the fallback when the
 * runtime forbids it, and a second, independent implementation the tests compare.
 */
import { analyse, type FlatNode } from './analyse.js';
import type { BatchBuffers, BatchResult } from './batch-types.js';
import { compileBool, compileNum } from './compile.js';
import { combine, type BindContext, type BoolKernel, type NumKernel } from './kernels.js';
import type { PersonColumns } from './columns.js';
import type { Program } from './criteria.js';
import { toFen } from './ops.js';
import type { ParamTables } from './tables.js';

/** Rows per chunk: buffers stay in cache. */
export const CHUNK = 1024;

interface Bound {
  values: NumKernel[];
  root: BoolKernel;
  /** Output buffer and reason bit of every non-root criterion. */
  reasons: { kernel: BoolKernel; bit: number }[];
  outputs: { kernel: NumKernel; target: Float64Array }[];
}

/** A check passes on its test or on any of its exceptions (local overrides). */
function checkKernel(f: FlatNode, ctx: BindContext): BoolKernel {
  const node = f.node;
  if (node.kind !== 'check') throw new Error(`${node.id} is not a check`);
  const exceptions = (node.exceptions ?? []).map((x) => x.when);
  return compileBool(exceptions.length ? { op: 'or', items: [node.test, ...exceptions] } : node.test, f.locality, ctx);
}

/** Turns a program into kernels bound to these columns and tables. */
function bind(program: Program, cols: PersonColumns, tables: ParamTables, out: BatchBuffers): Bound {
  const analysis = analyse(program);
  const ctx: BindContext = { cols, tables, values: new Map(), chunk: CHUNK, memo: new Map(), complete: new Map() };
  const values = program.values.map((v) => {
    const kernel = compileNum(v.expr, v.locality ?? program.payer, ctx);
    ctx.values.set(v.name, kernel);
    return kernel;
  });
  // One kernel per criterion; groups combine their children's outputs.
  const kernels = new Map<number, BoolKernel>();
  const build = (i: number): BoolKernel => {
    const f = analysis.nodes[i];
    if (!f) throw new Error('criterion index out of range');
    const node = f.node;
    let k: BoolKernel;
    if (node.kind === 'check') k = checkKernel(f, ctx);
    else {
      const children = analysis.nodes.filter((c) => c.parent === i).map((c) => build(c.index));
      k = combine(node.kind === 'all' ? 'and' : node.kind === 'any' ? 'or' : 'not', children, new Uint8Array(CHUNK));
    }
    kernels.set(i, k);
    return k;
  };
  const root = build(0);
  const reasons = analysis.nodes.slice(1).map((f) => ({ kernel: kernels.get(f.index) ?? root, bit: f.bit }));
  const outputs: Bound['outputs'] = [{ kernel: compileNum(program.amount, program.payer, ctx), target: out.amountFen }];
  const opt = (e: Program['months'], target: Float64Array | undefined) => {
    if (e && target) outputs.push({ kernel: compileNum(e, program.payer, ctx), target });
  };
  opt(program.months, out.months);
  opt(program.monthlyFen, out.monthlyFen);
  opt(program.instalment, out.instalment);
  return { values, root, reasons, outputs };
}

// Small monomorphic loops, kept out of evaluateBatch so each is optimised on its own.
function orFailBits(mask: Int32Array, buf: Uint8Array, o: number, shift: number, n: number): void {
  // Branch-free: criteria outcomes are data-dependent and would defeat branch prediction.
  for (let i = 0; i < n; i++) mask[i] = (mask[i] ?? 0) | (((buf[o + i] ?? 0) ^ 1) << shift);
}

function storeMask(reasons: Uint32Array, s: number, mask: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) reasons[s + i] = (mask[i] ?? 0) >>> 0;
}

function writeOutput(target: Float64Array, s: number, root: Uint8Array, x: Float64Array | Int32Array, xo: number, n: number): void {
  for (let i = 0; i < n; i++) target[s + i] = (root[i] ?? 0) * toFen(x[xo + i] ?? NaN);
}

function tally(root: Uint8Array, amount: Float64Array, s: number, n: number): [number, number] {
  let count = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    count += root[i] ?? 0;
    total += amount[s + i] ?? 0;
  }
  return [count, total];
}

/** The kernel backend: runs one program chunk by chunk over all rows into `out`. */
export function runKernels(program: Program, cols: PersonColumns, tables: ParamTables, out: BatchBuffers): BatchResult {
  const b = bind(program, cols, tables, out);
  const root = b.root.out;
  let eligibleCount = 0;
  let totalFen = 0;
  const mask = new Int32Array(CHUNK);
  for (let s = 0; s < cols.size; s += CHUNK) {
    const n = Math.min(CHUNK, cols.size - s);
    for (const v of b.values) v.run(s, n);
    // Every criterion runs (a group folded to a constant would not run its children); guards make it once each.
    for (const r of b.reasons) r.kernel.run(s, n);
    b.root.run(s, n);
    mask.fill(0);
    for (const r of b.reasons) orFailBits(mask, r.kernel.out, r.kernel.rows ? s : 0, r.bit, n);
    storeMask(out.reasons, s, mask, n);
    for (const o of b.outputs) {
      o.kernel.run(s, n);
      writeOutput(o.target, s, root, o.kernel.out, o.kernel.rows ? s : 0, n);
    }
    out.eligible.set(root.subarray(0, n), s);
    const [count, total] = tally(root, out.amountFen, s, n);
    eligibleCount += count;
    totalFen += total;
  }
  return { programId: program.id, ...out, eligibleCount, totalFen };
}
