import { describe, expect, it } from 'vitest';
import { findParameterRow, recordParameters, resolveParameter, validateParameterRows, type ParameterRow } from './parameters.js';
import { PARAM_KEYS } from './param-defs.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { clauseById } from './clauses.js';

const value = (
  key: Parameters<typeof resolveParameter>[1],
  region: string,
  asOf: string,
  rows: readonly ParameterRow[] = SEED_PARAMETERS,
  recordedAsOf?: string,
) => {
  const r = resolveParameter(rows, key, region, asOf, recordedAsOf);
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
};

const row = (over: Partial<ParameterRow>): ParameterRow => ({
  key: 'welfare.urbanDibaoFen',
  region: '451228',
  effectiveFrom: '2021-01-01',
  recordedAt: '2021-01-05',
  value: 1,
  source: 'test',
  ...over,
});

describe('resolveParameter', () => {
  it('falls back county → prefecture → province → national, most specific first', () => {
    expect(value('wage.minMonthlyFen', '451228', '2021-01-01').value).toBe(143000); // 都安 itself
    expect(value('wage.minMonthlyFen', '451229', '2021-01-01').row.region).toBe('4512'); // 大化 → Hechi
    expect(value('wage.minMonthlyFen', '450102', '2021-01-01').row.region).toBe('45'); // Nanning → Guangxi
    expect(value('wage.minMonthlyFen', '110101', '2021-01-01').row.region).toBe('CN');
    expect(value('wage.minMonthlyFen', '451228001', '2021-01-01').value).toBe(143000); // a township resolves by its county
  });

  it('uses the value in force on the date (day before and day of a change)', () => {
    expect(value('wage.minMonthlyFen', '441900', '2021-11-30').value).toBe(172000);
    expect(value('wage.minMonthlyFen', '441900', '2021-12-01').value).toBe(190000);
    expect(value('wfr.labourShareBp', '451228', '2022-05-31').value).toBe(1500);
    expect(value('wfr.labourShareBp', '451228', '2022-06-01').value).toBe(3000);
  });

  it('honours effectiveTo and falls back when a temporary value ends', () => {
    expect(value('poor.oneOffExtraFen', '420102', '2020-12-31').value).toBe(20000);
    expect(value('poor.oneOffExtraFen', '420102', '2021-01-01').value).toBe(0);
  });

  it('a later record for the same region and date corrects it; recordedAsOf reproduces the past', () => {
    const rows = [row({ value: 70000 }), row({ value: 71000, recordedAt: '2021-03-01' })];
    expect(value('welfare.urbanDibaoFen', '451228', '2021-06-01', rows).value).toBe(71000);
    expect(value('welfare.urbanDibaoFen', '451228', '2021-06-01', rows, '2021-02-01').value).toBe(70000);
    expect(value('welfare.urbanDibaoFen', '451228', '2021-06-01', rows, '2021-03-01').value).toBe(71000);
  });

  it('a correction replaces the whole version, including its end date', () => {
    const rows = [
      row({ region: '45', value: 60000, effectiveFrom: '2019-01-01' }),
      row({ value: 70000 }),
      row({ value: 70000, recordedAt: '2021-03-01', effectiveTo: '2021-04-30' }),
    ];
    expect(value('welfare.urbanDibaoFen', '451228', '2021-04-30', rows).value).toBe(70000);
    expect(value('welfare.urbanDibaoFen', '451228', '2021-05-01', rows).row.region).toBe('45');
  });

  it('same record time: the row added later wins (history is never overwritten)', () => {
    const rows = [row({ value: 1 }), row({ value: 2 })];
    expect(value('welfare.urbanDibaoFen', '451228', '2021-06-01', rows).value).toBe(2);
    expect(rows).toHaveLength(2);
  });

  it('refuses when no value exists', () => {
    const r = resolveParameter(SEED_PARAMETERS, 'entre.subsidyFirmFen', '451228', '2020-08-05');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('policy_parameter_missing');
    expect(findParameterRow(SEED_PARAMETERS, 'entre.subsidyFirmFen', '451228', '2020-08-06')).toBeDefined();
  });

  it('returns date parameters as day numbers too', () => {
    const w = value('uis.windowEnd', '441900', '2020-06-01');
    expect(w.value).toBe('2020-12-31');
    expect(w.numeric).toBe(Date.UTC(2020, 11, 31) / 86_400_000);
  });
});

describe('recording and validation', () => {
  it('validates key, region, dates, unit and source', () => {
    const bad: ParameterRow[] = [
      row({ region: '4512281' }),
      row({ effectiveFrom: '2021-02-30' }),
      row({ effectiveTo: '2020-01-01' }),
      row({ value: 'x' }),
      row({ key: 'uis.windowEnd', value: 5 }),
      row({ key: 'ui.migrantEqualTreatment', value: 2 }),
      row({ value: 1.5 }),
      row({ source: ' ' }),
    ];
    const errors = validateParameterRows(bad);
    expect(errors.map((e) => e.path)).toEqual([
      '/0/region',
      '/1/effectiveFrom',
      '/2/effectiveTo',
      '/3/value',
      '/4/value',
      '/5/value',
      '/6/value',
      '/7/source',
    ]);
    expect(errors.every((e) => e.code === 'policy_parameter_invalid')).toBe(true);
  });

  it('records by appending, never mutating', () => {
    const before = [...SEED_PARAMETERS];
    const r = recordParameters(SEED_PARAMETERS, [row({ value: 5 })]);
    expect(r.ok && r.value.length).toBe(before.length + 1);
    expect(SEED_PARAMETERS).toEqual(before);
    const refused = recordParameters(SEED_PARAMETERS, [row({ value: -1 })]);
    expect(refused.ok).toBe(false);
  });
});

describe('the seed', () => {
  it('is valid, cites known clauses, and marks every demo-world figure illustrative', () => {
    expect(validateParameterRows(SEED_PARAMETERS)).toEqual([]);
    for (const r of SEED_PARAMETERS) {
      if (r.clause) expect(clauseById(r.clause)).toBeDefined();
      if (r.region !== 'CN') expect(r.illustrative).toBe(true);
      if (r.illustrative) expect(r.source).toMatch(/illustrative/);
    }
  });

  it('has a national row for every key', () => {
    for (const key of PARAM_KEYS)
      expect(
        SEED_PARAMETERS.some((r) => r.key === key && r.region === 'CN'),
        key,
      ).toBe(true);
  });

  it('keeps the benefit between the subsistence line and the minimum wage (条例 art. 18) in the demo world', () => {
    for (const region of ['451228', '451229', '450102', '441900', '440106', '110101']) {
      for (const asOf of ['2019-01-01', '2020-02-29', '2020-03-01', '2021-12-01', '2026-11-28']) {
        const dibao = Number(value('welfare.urbanDibaoFen', region, asOf).value);
        const benefit = Number(value('ui.benefitMonthlyFen', region, asOf).value);
        const wage = Number(value('wage.minMonthlyFen', region, asOf).value);
        expect(dibao, `${region} ${asOf}`).toBeLessThan(benefit);
        expect(benefit, `${region} ${asOf}`).toBeLessThan(wage);
      }
    }
  });
});
