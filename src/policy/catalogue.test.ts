import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { catalogue, type CatalogueCriterion } from './catalogue.js';
import { CLAUSES } from './clauses.js';
import { PROGRAMS } from './programs/index.js';

function walk(c: CatalogueCriterion, visit: (c: CatalogueCriterion) => void): void {
  visit(c);
  for (const k of c.children ?? []) walk(k, visit);
}

describe('catalogue', () => {
  const cat = catalogue();

  it('lists every program with bilingual names, criteria in words, facts and parameters', () => {
    expect(cat.map((p) => p.id)).toEqual(PROGRAMS.map((p) => p.id));
    for (const p of cat) {
      expect(p.name.zh && p.name.en && p.summary.zh && p.summary.en).toBeTruthy();
      let checks = 0;
      walk(p.criteria, (c) => {
        expect(c.label.zh && c.label.en && c.whenFailing.zh && c.whenFailing.en).toBeTruthy();
        if (c.kind === 'check') {
          checks++;
          expect(c.rule?.zh.length && c.rule.en.length).toBeTruthy();
          expect(c.rule?.en).not.toMatch(/undefined|\[object/);
        }
      });
      expect(checks).toBeGreaterThanOrEqual(3);
      expect(p.amount.zh.length).toBeGreaterThan(0);
      expect(p.facts.map((f) => f.key).sort()).toEqual([...analyse(PROGRAMS.find((x) => x.id === p.id) ?? PROGRAMS[0]!).facts].sort());
      expect(p.parameters.length).toBeGreaterThan(0);
      expect(p.clauses.length).toBeGreaterThan(0);
    }
    expect(() => JSON.stringify(cat)).not.toThrow();
  });

  it('describes enum facts with their values', () => {
    const ub = cat.find((p) => p.id === 'unemployment-benefit');
    const sep = ub?.facts.find((f) => f.key === 'separationReason');
    expect(sep?.values?.map((v) => v.value)).toContain('contractExpired');
    expect(sep?.values?.[0]?.label.zh).toBe('劳动合同期满未续订');
  });

  it('knows every O61 clause id of POLICY.md and the linked national rules', () => {
    const ids = CLAUSES.map((c) => c.id);
    for (const id of [
      'O61-1.1',
      'O61-1.2',
      'O61-1.3',
      'O61-2.1',
      'O61-2.2',
      'O61-2.3',
      'O61-3.1',
      'O61-3.2',
      'O61-3.3',
      'O61-3.4',
      'O61-3.5',
      'O61-3.6',
      'O61-3.7',
      'O61-4.1',
      'O61-4.2',
      'O61-4.3',
      'O61-5.1',
      'O61-5.2',
      'O61-5.3',
    ])
      expect(ids).toContain(id);
    for (const id of ['UI-1999-14', 'UI-1999-17', 'UI-1999-21', 'UIX-2020-SUB', 'UIX-2020-TLA', 'CA-2020-RELIEF', 'WFR-2022'])
      expect(ids).toContain(id);
    for (const c of CLAUSES) expect(c.document.zh && c.document.en && c.summary.zh && c.summary.en && c.validFrom).toBeTruthy();
  });
});
