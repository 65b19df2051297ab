/**
 * Registry → policy columns: time to stream the person columns of N people (default 1,000,000,
 * the cached database of bench/people-db.ts, built on first use) from SQLite through the people
 * module's facts reader and the policy module's one facts mapping, rows per second and peak RSS;
 * then every program over the loaded columns (the what-if base run), with a few claim facts assumed.
 */
import { performance } from 'node:perf_hooks';
import { openPeopleDb } from './people-db.js';
import { loadRegistryColumns, type RegistrySource } from '../src/modules/policy-admin/registry-columns.js';
import { PROGRAMS, SEED_PARAMETERS, evaluateAll } from '../src/policy/index.js';
import type { Benchmark } from './types.js';

const AS_OF = '2020-09-15';
/** Claim facts the registry does not hold, assumed for everyone (as a what-if run would). */
const ASSUME = { monthsEmployedAway: 4, jobSeekingPaidThisYear: false, household: 'ordinary' } as const;
const MiB = 2 ** 20;

const bench: Benchmark = {
  description: 'Load person columns for N people from SQLite (rows/s, peak RSS), then all programs over them',
  async run({ size }) {
    const n = size ?? 1_000_000;
    const { rt, built, buildSeconds } = await openPeopleDb(n, (s) => console.error(s));
    try {
      let peak = process.memoryUsage().rss;
      const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
      const reader = rt.services.personFacts;
      let pages = 0;
      const source: RegistrySource = {
        count: (scope) => reader.count(scope),
        counties: () => reader.counties(),
        async *pages(scope, pageSize) {
          for await (const page of reader.pages(scope, pageSize)) {
            pages++;
            sample();
            yield page;
          }
        },
      };
      const rssBefore = process.memoryUsage().rss;
      const t0 = performance.now();
      const cols = await loadRegistryColumns(source, '', AS_OF, ASSUME);
      const loadSeconds = (performance.now() - t0) / 1000;
      sample();
      const b0 = performance.now();
      const results = evaluateAll(PROGRAMS, cols, SEED_PARAMETERS, AS_OF);
      const batchSeconds = (performance.now() - b0) / 1000;
      sample();
      return {
        people: cols.size,
        built: String(built),
        buildSeconds,
        pages,
        loadSeconds: Number(loadSeconds.toFixed(2)),
        rowsPerSecond: Math.round(cols.size / loadSeconds),
        batchSeconds: Number(batchSeconds.toFixed(3)),
        personProgramsPerSecond: Math.round((cols.size * PROGRAMS.length) / batchSeconds),
        eligible: results.reduce((s, r) => s + r.eligibleCount, 0),
        rssBeforeMiB: Math.round(rssBefore / MiB),
        peakRssMiB: Math.round(peak / MiB),
      };
    } finally {
      await rt.close();
    }
  },
};

export default bench;
