import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateBatch } from './batch.js';
import { columnsFromFacts } from './columns.js';
import { evaluate } from './evaluate.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { PROGRAMS } from './programs/index.js';
import { ParamTables } from './tables.js';
import { TEST_DATES, factsArb } from './testing/arbitraries.js';

describe('batch and explained evaluation agree', () => {
  for (const program of PROGRAMS) {
    it(program.id, () => {
      fc.assert(
        fc.property(fc.constantFrom(...TEST_DATES), fc.array(factsArb(), { minLength: 1, maxLength: 12 }), (asOf, people) => {
          const cols = columnsFromFacts(people);
          const batch = evaluateBatch(program, cols, new ParamTables(SEED_PARAMETERS, cols.regions, asOf));
          people.forEach((facts, i) => {
            const r = evaluate(program, facts, asOf, SEED_PARAMETERS);
            if (!r.ok) throw new Error(JSON.stringify(r.reason));
            const d = r.value;
            expect({ eligible: batch.eligible[i] === 1, amount: batch.amountFen[i], reasons: batch.reasons[i] }).toEqual({
              eligible: d.eligible,
              amount: d.amountFen,
              reasons: d.reasonMask,
            });
            if (batch.months) expect(batch.months[i]).toBe(d.months);
            if (batch.monthlyFen) expect(batch.monthlyFen[i]).toBe(d.monthlyFen);
            if (batch.instalment) expect(batch.instalment[i]).toBe(d.instalment);
          });
        }),
        { numRuns: 200 },
      );
    });
  }
});
