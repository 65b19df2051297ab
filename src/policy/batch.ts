/**
 * Batch evaluation over columns: for every row, eligibility, the amount in fen (and months, monthly
 * amount, instalment where the program has them) and a reason mask with one bit per failed
 * criterion (bit = pre-order index − 1, as in the explained decision). Parameters are resolved once
 * into {@link ParamTables}. Two backends compile the same definition: `fused` generates one row loop
 * per program (fused.ts, fastest); `kernels` chains closure kernels (batch-kernels.ts) and is used
 * when the runtime forbids code generation from strings.
 */
import { allocateOutputs, type BatchBuffers, type BatchResult } from './batch-types.js';
import { runKernels } from './batch-kernels.js';
import type { PersonColumns } from './columns.js';
import type { Program } from './criteria.js';
import { fuseProgram, fusedArgs, type FusedProgram } from './fused.js';
import type { ParameterRow } from './parameters.js';
import { ParamTables } from './tables.js';

export { allocateOutputs, type BatchBuffers, type BatchResult } from './batch-types.js';
export { CHUNK } from './batch-kernels.js';

/** Which compiled form runs the batch. */
export type Backend = 'fused' | 'kernels';

const fusedCache = new WeakMap<Program, FusedProgram | null>();

/** The fused loop of a program, or null when code generation from strings is disallowed. */
function fusedOf(program: Program): FusedProgram | null {
  const hit = fusedCache.get(program);
  if (hit !== undefined) return hit;
  let fused: FusedProgram | null;
  try {
    fused = fuseProgram(program);
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    fused = null; // node --disallow-code-generation-from-strings
  }
  fusedCache.set(program, fused);
  return fused;
}

/** The generated row loop of a program, for review; undefined when code generation is unavailable. */
export function generatedSource(program: Program): string | undefined {
  return fusedOf(program)?.source;
}

/** The backend that will run by default here. */
export function defaultBackend(program: Program): Backend {
  return fusedOf(program) ? 'fused' : 'kernels';
}

/** Runs one program over all rows of the columns with tables resolved for the decision date. */
export function evaluateBatch(
  program: Program,
  cols: PersonColumns,
  tables: ParamTables,
  reuse?: BatchBuffers,
  backend?: Backend,
): BatchResult {
  const out = reuse ?? allocateOutputs(program, cols.size);
  const fused = backend === 'kernels' ? null : fusedOf(program);
  if (!fused) return runKernels(program, cols, tables, out);
  const tally = new Float64Array(2);
  fused.run(
    0,
    cols.size,
    tables.asOfDay,
    fusedArgs(fused, cols, tables),
    out.eligible,
    out.reasons,
    out.amountFen,
    out.months ?? null,
    out.monthlyFen ?? null,
    out.instalment ?? null,
    tally,
  );
  return { programId: program.id, ...out, eligibleCount: tally[0] ?? 0, totalFen: tally[1] ?? 0 };
}

/** Runs several programs over the same columns, resolving parameters once for the date. */
export function evaluateAll(
  programs: readonly Program[],
  cols: PersonColumns,
  params: readonly ParameterRow[],
  asOf: string,
  backend?: Backend,
): BatchResult[] {
  const tables = new ParamTables(params, cols.regions, asOf);
  return programs.map((p) => evaluateBatch(p, cols, tables, undefined, backend));
}
