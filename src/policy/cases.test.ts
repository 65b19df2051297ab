import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseRows, parsePolicyCase } from './case-file.js';
import { evaluateJson } from './json.js';
import { recordParameters } from './parameters.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { PROGRAMS } from './programs/index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

describe('policy cases (cases/<programId>/*.json)', () => {
  it('every program has at least eight cases and every folder names a program', () => {
    const folders = fs.readdirSync(dir).sort();
    expect(folders).toEqual(PROGRAMS.map((p) => p.id).sort());
    for (const f of folders) expect(fs.readdirSync(path.join(dir, f)).filter((n) => n.endsWith('.json')).length).toBeGreaterThanOrEqual(8);
  });

  for (const programId of fs.readdirSync(dir).sort()) {
    describe(programId, () => {
      for (const file of fs
        .readdirSync(path.join(dir, programId))
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        it(file, () => {
          const parsed = parsePolicyCase(JSON.parse(fs.readFileSync(path.join(dir, programId, file), 'utf8')));
          if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
          const c = parsed.value;
          const extra = caseRows(c);
          if (!extra.ok) throw new Error(extra.reason);
          const params = recordParameters(SEED_PARAMETERS, extra.value);
          if (!params.ok) throw new Error(JSON.stringify(params.reason));
          const r = evaluateJson(programId, c.asOf, c.facts, params.value);
          if (!r.ok) throw new Error(JSON.stringify(r.reason));
          const d = r.value;
          const failed = d.criteria
            .filter((x) => !x.passed && x.bit >= 0)
            .map((x) => x.id)
            .sort();
          expect({ eligible: d.eligible, amountFen: d.amountFen, failed }).toEqual({
            eligible: c.expected.eligible,
            amountFen: c.expected.amountFen,
            failed: [...c.expected.failed].sort(),
          });
          if (c.expected.months !== undefined) expect(d.months).toBe(c.expected.months);
          if (c.expected.monthlyFen !== undefined) expect(d.monthlyFen).toBe(c.expected.monthlyFen);
          if (c.expected.instalment !== undefined) expect(d.instalment).toBe(c.expected.instalment);
          for (const clause of c.expected.citations) expect(d.citations).toContain(clause);
          for (const clause of c.expected.notCited ?? []) expect(d.citations).not.toContain(clause);
          expect(d.messages.length).toBeGreaterThan(0);
          const said = d.messages.map((m) => `${m.zh}\n${m.en}`).join('\n');
          for (const text of c.expected.messageIncludes ?? []) expect(said).toContain(text);
          for (const text of c.expected.messageExcludes ?? []) expect(said).not.toContain(text);
          for (const [path, value] of Object.entries(c.expected.values ?? {})) {
            const [criterion, name] = path.split('.');
            const shown = d.criteria.find((x) => x.id === criterion)?.values?.find((v) => v.name === name);
            expect(shown, path).toBeDefined();
            expect(shown?.value, path).toEqual(value);
          }
        });
      }
    });
  }
});
