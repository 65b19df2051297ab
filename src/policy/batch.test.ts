import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHUNK, allocateOutputs, defaultBackend, evaluateAll, evaluateBatch, generatedSource } from './batch.js';
import { columnsFromFacts, rowFacts } from './columns.js';
import { evaluate } from './evaluate.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { PROGRAMS } from './programs/index.js';
import { temporaryRelief } from './programs/temporary-relief.js';
import { syntheticColumns, syntheticRegionIndex } from './synth.js';
import { ParamTables } from './tables.js';

describe('evaluateBatch over a synthetic registry', () => {
  const size = CHUNK * 2 + 333; // crosses chunk boundaries and ends on a partial chunk
  const regions = syntheticRegionIndex(200);
  const cols = syntheticColumns(size, 42, regions);

  for (const [asOf, backend] of [
    ['2020-09-15', 'fused'],
    ['2022-06-01', 'fused'],
    ['2020-09-15', 'kernels'],
  ] as const) {
    it(`agrees row by row with the interpreter (${asOf}, ${backend})`, () => {
      const results = evaluateAll(PROGRAMS, cols, SEED_PARAMETERS, asOf, backend);
      PROGRAMS.forEach((program, p) => {
        const batch = results[p];
        if (!batch) throw new Error('missing result');
        let count = 0;
        let total = 0;
        for (let i = 0; i < size; i++) {
          const r = evaluate(program, rowFacts(cols, i), asOf, SEED_PARAMETERS);
          if (!r.ok) throw new Error(JSON.stringify(r.reason));
          const d = r.value;
          expect([batch.eligible[i], batch.amountFen[i], batch.reasons[i]], `${program.id} row ${i}`).toEqual([
            d.eligible ? 1 : 0,
            d.amountFen,
            d.reasonMask,
          ]);
          count += d.eligible ? 1 : 0;
          total += d.amountFen;
        }
        expect([batch.eligibleCount, batch.totalFen]).toEqual([count, total]);
      });
      // 23,810 explained decisions row by row: on the shared 2-core machine under load this takes minutes.
    }, 300_000);
  }

  it('reuses output buffers', () => {
    const tables = new ParamTables(SEED_PARAMETERS, regions, '2020-09-15');
    const program = PROGRAMS[0];
    if (!program) throw new Error('no program');
    const out = allocateOutputs(program, size);
    const a = evaluateBatch(program, cols, tables, out);
    const b = evaluateBatch(program, cols, tables, out, 'kernels');
    expect(a.amountFen).toBe(out.amountFen);
    expect(b.totalFen).toBe(a.totalFen);
    expect(defaultBackend(program)).toBe('fused');
    expect(generatedSource(program)).toMatch(/for \(let i = start; i < end; i\+\+\)/);
  });

  it('treats a missing place as "no parameter": ineligible, never a crash or a phantom amount', () => {
    const c = columnsFromFacts([
      {
        monthsWithoutIncome: 5,
        contributionMonths: 0,
        household: 'ordinary',
        employedNow: false,
        appliedInPerson: true,
        employmentRegion: '441900',
        residenceRegion: '441900',
      },
    ]);
    for (const backend of ['fused', 'kernels'] as const) {
      const r = evaluateBatch(temporaryRelief, c, new ParamTables(SEED_PARAMETERS, c.regions, '2020-09-01'), undefined, backend);
      expect([r.eligible[0], r.amountFen[0]]).toEqual([0, 0]);
    }
  });
});

describe('backend choice', () => {
  it('falls back to the closure kernels when code generation from strings is disallowed', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const script =
      "const b = await import('./src/policy/batch.ts'); const p = await import('./src/policy/programs/index.ts'); console.log(b.defaultBackend(p.PROGRAMS[0]));";
    const r = spawnSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.stdout.trim()).toBe('kernels');
  });
});
