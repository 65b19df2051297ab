/**
 * Batch policy evaluation: every program over N synthetic people held as columns (default
 * 1,000,000; `npm run bench -- policy-batch --size N`). Reports person-programs per second for the
 * default (fused) backend and for the closure-kernel fallback, and the peak resident set size.
 * Parameters are resolved once into tables for the decision date. The rate per CPU-second is
 * reported too, because wall-clock rates drop when the machine is shared.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { allocateOutputs, defaultBackend, evaluateBatch, type Backend } from '../src/policy/batch.js';
import { SEED_PARAMETERS } from '../src/policy/params-seed.js';
import { PROGRAMS } from '../src/policy/programs/index.js';
import { syntheticColumns, syntheticRegionIndex } from '../src/policy/synth.js';
import { ParamTables } from '../src/policy/tables.js';
import type { Benchmark } from './types.js';

const AS_OF = '2020-09-15'; // inside every 2020 window, so no program is trivially closed
const MiB = 2 ** 20;

const bench: Benchmark = {
  description: 'Every program over N people in columns: person-programs per second, peak RSS',
  async run({ size }) {
    const n = size ?? 1_000_000;
    let peak = process.memoryUsage().rss;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
    const regions = syntheticRegionIndex(3000);

    const g0 = performance.now();
    const cols = syntheticColumns(n, 20261128, regions);
    const generateMs = performance.now() - g0;
    sample();

    const t0 = performance.now();
    const tables = new ParamTables(SEED_PARAMETERS, regions, AS_OF).prepare();
    const tablesMs = performance.now() - t0;

    // Warm-up on a small registry so both backends are optimised before timing.
    const warm = syntheticColumns(50_000, 7, regions);
    const warmTables = new ParamTables(SEED_PARAMETERS, regions, AS_OF).prepare();
    for (let r = 0; r < 3; r++)
      for (const p of PROGRAMS) for (const b of ['fused', 'kernels'] as const) evaluateBatch(p, warm, warmTables, undefined, b);

    const outputs = PROGRAMS.map((p) => allocateOutputs(p, n));
    sample();
    const time = (backend: Backend) => {
      const perProgram: string[] = [];
      let eligible = 0;
      const e0 = performance.now();
      const c0 = process.cpuUsage();
      PROGRAMS.forEach((p, i) => {
        const s = performance.now();
        const r = evaluateBatch(p, cols, tables, outputs[i], backend);
        perProgram.push(`${p.id}=${Math.round(n / ((performance.now() - s) / 1000) / 1e6)}M/s`);
        eligible += r.eligibleCount;
        sample();
      });
      const cpu = process.cpuUsage(c0);
      return { seconds: (performance.now() - e0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, eligible, perProgram };
    };
    const backend = PROGRAMS[0] ? defaultBackend(PROGRAMS[0]) : 'kernels';
    const main = time(backend);
    const kernels = time('kernels');
    const personPrograms = n * PROGRAMS.length;
    return {
      people: n,
      programs: PROGRAMS.length,
      regions: regions.codes.length,
      personPrograms,
      backend,
      evaluateSeconds: Number(main.seconds.toFixed(3)),
      personProgramsPerSecond: Math.round(personPrograms / main.seconds),
      personProgramsPerCpuSecond: Math.round(personPrograms / main.cpuSeconds),
      kernelsPersonProgramsPerSecond: Math.round(personPrograms / kernels.seconds),
      eligiblePersonPrograms: main.eligible,
      generateSeconds: Number((generateMs / 1000).toFixed(2)),
      tablesMs: Number(tablesMs.toFixed(1)),
      peakRssMiB: Math.round(peak / MiB),
      loadAverage1m: Number(os.loadavg()[0]?.toFixed(2) ?? 0),
      perProgram: main.perProgram.join(' '),
    };
  },
};

export default bench;
