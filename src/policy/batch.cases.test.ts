/**
 * The policy cases (cases/<programId>/*.json, hand-computed by officers) through both batch
 * backends, the fused row loop and the closure kernels: the same eligibility, amount, months,
 * monthly amount, instalment and failed criteria as the case expects. agree.test.ts checks the
 * backends against the interpreter on generated people; this checks them against the cases
 * themselves, one row each, and across a chunk boundary (CHUNK rows and a few more).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { CHUNK, evaluateBatch } from './batch.js';
import { caseRows, parsePolicyCase, type PolicyCase } from './case-file.js';
import { columnsFromFacts } from './columns.js';
import type { Program } from './criteria.js';
import type { Facts } from './facts.js';
import { recordParameters, type ParameterRow } from './parameters.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { PROGRAMS } from './programs/index.js';
import { ParamTables } from './tables.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const BACKENDS = ['fused', 'kernels'] as const;

interface Loaded {
  file: string;
  c: PolicyCase;
  params: readonly ParameterRow[];
}

function casesOf(programId: string): Loaded[] {
  return fs
    .readdirSync(path.join(dir, programId))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = parsePolicyCase(JSON.parse(fs.readFileSync(path.join(dir, programId, file), 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
      const extra = caseRows(parsed.value);
      if (!extra.ok) throw new Error(extra.reason);
      const params = recordParameters(SEED_PARAMETERS, extra.value);
      if (!params.ok) throw new Error(JSON.stringify(params.reason));
      return { file, c: parsed.value, params: params.value };
    });
}

/** The reason bits of the criteria a case names as failing (bit = pre-order index − 1, by the program's analysis). */
function maskOf(program: Program, failed: readonly string[]): number {
  const bits = new Map(analyse(program).nodes.map((n) => [n.node.id, n.bit]));
  let mask = 0;
  for (const id of failed) {
    const bit = bits.get(id);
    if (bit === undefined || bit < 0) throw new Error(`criterion ${id} has no reason bit`);
    mask |= 1 << bit;
  }
  return mask;
}

describe('batch backends on the policy cases', () => {
  for (const program of PROGRAMS) {
    describe(program.id, () => {
      for (const { file, c, params } of casesOf(program.id)) {
        it(file, () => {
          const cols = columnsFromFacts([c.facts as Facts]);
          const tables = new ParamTables(params, cols.regions, c.asOf);
          const want = c.expected;
          for (const backend of BACKENDS) {
            const r = evaluateBatch(program, cols, tables, undefined, backend);
            expect({ eligible: r.eligible[0], amountFen: r.amountFen[0], count: r.eligibleCount, total: r.totalFen }, backend).toEqual({
              eligible: want.eligible ? 1 : 0,
              amountFen: want.amountFen,
              count: want.eligible ? 1 : 0,
              total: want.amountFen,
            });
            expect(r.reasons[0], `${backend} reasons`).toBe(maskOf(program, want.failed));
            if (want.months !== undefined) expect(r.months?.[0], `${backend} months`).toBe(want.months);
            if (want.monthlyFen !== undefined) expect(r.monthlyFen?.[0], `${backend} monthly`).toBe(want.monthlyFen);
            if (want.instalment !== undefined) expect(r.instalment?.[0], `${backend} instalment`).toBe(want.instalment);
          }
        });
      }

      it(`every row of a batch longer than one chunk (${CHUNK + 3} rows)`, () => {
        const cases = casesOf(program.id).filter((l) => l.c.parameters.length === 0);
        const eligible = cases.find((l) => l.c.expected.eligible && l.c.expected.amountFen > 0);
        if (!eligible) throw new Error('needs an eligible case without extra parameters');
        const n = CHUNK + 3;
        const rows = Array.from({ length: n }, () => eligible.c.facts as Facts);
        const cols = columnsFromFacts(rows);
        const tables = new ParamTables(SEED_PARAMETERS, cols.regions, eligible.c.asOf);
        for (const backend of BACKENDS) {
          const r = evaluateBatch(program, cols, tables, undefined, backend);
          expect([r.eligible[0], r.eligible[CHUNK - 1], r.eligible[CHUNK], r.eligible[n - 1]], backend).toEqual([1, 1, 1, 1]);
          expect(r.amountFen[n - 1], backend).toBe(eligible.c.expected.amountFen);
          expect([r.eligibleCount, r.totalFen], backend).toEqual([n, n * eligible.c.expected.amountFen]);
        }
      });
    });
  }
});
