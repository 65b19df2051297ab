/** Output types of batch evaluation, shared by both backends. */
import type { Program } from './criteria.js';

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
