/**
 * One explained decision (evaluate with full explanation, snapshot and version), p50 / p99 in ms.
 * Facts come from the policy cases of every program, evaluated round-robin. `--size N` sets the
 * number of timed decisions (default 20,000).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parsePolicyCase } from '../src/policy/case-file.js';
import { evaluate } from '../src/policy/evaluate.js';
import { isFacts } from '../src/policy/facts-validate.js';
import type { Facts } from '../src/policy/facts.js';
import type { Program } from '../src/policy/criteria.js';
import { SEED_PARAMETERS } from '../src/policy/params-seed.js';
import { programById } from '../src/policy/programs/index.js';
import type { Benchmark } from './types.js';

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/policy/cases');

function loadCases(): { program: Program; asOf: string; facts: Facts }[] {
  return fs.readdirSync(casesDir).flatMap((id) => {
    const program = programById(id);
    if (!program) return [];
    return fs.readdirSync(path.join(casesDir, id)).flatMap((f) => {
      const c = parsePolicyCase(JSON.parse(fs.readFileSync(path.join(casesDir, id, f), 'utf8')));
      return c.ok && isFacts(c.value.facts) ? [{ program, asOf: c.value.asOf, facts: c.value.facts }] : [];
    });
  });
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const bench: Benchmark = {
  description: 'One explained decision: p50 / p99 milliseconds',
  async run({ size }) {
    const n = size ?? 20_000;
    const cases = loadCases();
    let eligible = 0;
    for (let i = 0; i < 3000; i++) {
      const c = cases[i % cases.length];
      if (c) evaluate(c.program, c.facts, c.asOf, SEED_PARAMETERS);
    }
    const times = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = cases[i % cases.length];
      if (!c) continue;
      const t = performance.now();
      const r = evaluate(c.program, c.facts, c.asOf, SEED_PARAMETERS);
      times[i] = performance.now() - t;
      if (r.ok && r.value.eligible) eligible++;
    }
    times.sort();
    const mean = times.reduce((a, b) => a + b, 0) / n;
    return {
      decisions: n,
      distinctCases: cases.length,
      eligible,
      p50Ms: Number(quantile(times, 0.5).toFixed(4)),
      p99Ms: Number(quantile(times, 0.99).toFixed(4)),
      maxMs: Number(quantile(times, 1).toFixed(3)),
      meanMs: Number(mean.toFixed(4)),
    };
  },
};

export default bench;
