/**
 * Property: for every program, both compiled batch backends (fused row loop, closure kernels) and
 * the explained single decision agree on eligibility, amount, months, monthly amount, instalment and
 * the reason mask, for every generated person. People are drawn near the policy cases (so both outcomes occur) and at random.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateBatch } from './batch.js';
import { parsePolicyCase } from './case-file.js';
import { columnsFromFacts } from './columns.js';
import { evaluate } from './evaluate.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { PROGRAMS } from './programs/index.js';
import { ParamTables } from './tables.js';
import { TEST_DATES, factsArb, factsNear } from './testing/arbitraries.js';

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

function casesOf(programId: string): { asOf: string; facts: Record<string, unknown> }[] {
  const dir = path.join(casesDir, programId);
  return fs.readdirSync(dir).flatMap((f) => {
    const c = parsePolicyCase(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    return c.ok && c.value.parameters.length === 0 ? [{ asOf: c.value.asOf, facts: c.value.facts }] : [];
  });
}

describe('batch and explained evaluation agree', () => {
  for (const program of PROGRAMS) {
    it(program.id, () => {
      const cases = casesOf(program.id);
      const person = fc.oneof(
        { weight: 1, arbitrary: factsArb() },
        { weight: 3, arbitrary: fc.constantFrom(...cases).chain((c) => factsNear(c.facts)) },
      );
      const date = fc.constantFrom(...TEST_DATES, ...cases.map((c) => c.asOf));
      let eligible = 0;
      fc.assert(
        fc.property(date, fc.array(person, { minLength: 1, maxLength: 12 }), (asOf, people) => {
          const cols = columnsFromFacts(people);
          const tables = new ParamTables(SEED_PARAMETERS, cols.regions, asOf);
          const fused = evaluateBatch(program, cols, tables, undefined, 'fused');
          const kernels = evaluateBatch(program, cols, tables, undefined, 'kernels');
          people.forEach((facts, i) => {
            const r = evaluate(program, facts, asOf, SEED_PARAMETERS);
            if (!r.ok) throw new Error(JSON.stringify(r.reason));
            const d = r.value;
            if (d.eligible) eligible++;
            for (const batch of [fused, kernels]) {
              expect({ eligible: batch.eligible[i] === 1, amount: batch.amountFen[i], reasons: batch.reasons[i] }).toEqual({
                eligible: d.eligible,
                amount: d.amountFen,
                reasons: d.reasonMask,
              });
              if (batch.months) expect(batch.months[i]).toBe(d.months);
              if (batch.monthlyFen) expect(batch.monthlyFen[i]).toBe(d.monthlyFen);
              if (batch.instalment) expect(batch.instalment[i]).toBe(d.instalment);
            }
          });
        }),
        { numRuns: 200 },
      );
      // Both outcomes must have been exercised for the property to mean something.
      expect(eligible).toBeGreaterThan(20);
    });
  }
});
