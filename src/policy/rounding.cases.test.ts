/**
 * Amounts whose intermediate value has a fraction of a fen. The seeded parameters are round
 * numbers (80 % of 128,700 fen, 50 % of 500,000 fen …), so a change from "round down" to "round to
 * nearest" in the arithmetic went unnoticed; these cases use odd amounts, hand-computed below, and
 * run each through the explained evaluation and both batch backends (fused and kernels).
 */
import { describe, expect, it } from 'vitest';
import type { Facts } from './facts.js';
import { columnsFromFacts } from './columns.js';
import { evaluate } from './evaluate.js';
import { evaluateBatch } from './batch.js';
import { idiv, mulBpDown, mulBpUp, toFen } from './ops.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { recordParameters, type ParameterRow } from './parameters.js';
import { entrepreneurshipSubsidy } from './programs/entrepreneurship-subsidy.js';
import { unemploymentSubsidy } from './programs/unemployment-subsidy.js';
import { workForRelief } from './programs/work-for-relief.js';
import type { Program } from './criteria.js';
import { ParamTables } from './tables.js';
import type { ParamKey } from './param-defs.js';

describe('scalar rounding with a fractional intermediate', () => {
  it('mulBpDown rounds .5 and .6 of a fen down', () => {
    expect(mulBpDown(123_458, 7_500)).toBe(92_593); // 123458 × 0.75 = 92593.5
    expect(mulBpDown(123_457, 8_000)).toBe(98_765); // 123457 × 0.80 = 98765.6
    expect(mulBpDown(500_001, 5_000)).toBe(250_000); // 250000.5
    expect(mulBpDown(1_000_003, 1_500)).toBe(150_000); // 150000.45
    expect(mulBpDown(7, 10_000)).toBe(7); // whole: unchanged
  });

  it('mulBpUp rounds .45 of a fen up (where "nearest" would round down)', () => {
    expect(mulBpUp(1_000_003, 1_500)).toBe(150_001); // 150000.45
    expect(mulBpUp(123_457, 8_000)).toBe(98_766); // 98765.6
    expect(mulBpUp(123_453, 8_000)).toBe(98_763); // 98762.4
    expect(mulBpUp(100_000, 1_500)).toBe(15_000); // whole: unchanged
  });

  it('toFen floors a fraction and pays nothing for ≤ 0 or NaN', () => {
    expect([toFen(98_765.6), toFen(92_593.5), toFen(0.5), toFen(0.6), toFen(1), toFen(0), toFen(-0.5), toFen(Number.NaN)]).toEqual([
      98_765, 92_593, 0, 0, 1, 0, 0, 0,
    ]);
  });

  it('idiv is floor division (toward −∞), NaN on zero', () => {
    expect([idiv(7, 2), idiv(23, 12), idiv(-7, 2), idiv(24, 12)]).toEqual([3, 1, -4, 2]);
    expect(idiv(5, 0)).toBeNaN();
  });
});

const row = (key: ParamKey, region: string, value: number): ParameterRow => ({
  key,
  region,
  effectiveFrom: '2020-01-01',
  recordedAt: '2026-11-28',
  value,
  source: 'test: odd amount / 测试用奇数金额',
});

function params(rows: ParameterRow[]): readonly ParameterRow[] {
  const r = recordParameters(SEED_PARAMETERS, rows);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}

/** Amount, monthly amount and instalment from the explained evaluation and both batch backends. */
function allWays(program: Program, facts: Facts, asOf: string, p: readonly ParameterRow[]) {
  const d = evaluate(program, facts, asOf, p);
  if (!d.ok) throw new Error(JSON.stringify(d.reason));
  const cols = columnsFromFacts([facts]);
  const tables = new ParamTables(p, cols.regions, asOf);
  const out = [{ way: 'explained', eligible: d.value.eligible, amountFen: d.value.amountFen, monthlyFen: d.value.monthlyFen ?? null }];
  for (const backend of ['fused', 'kernels'] as const) {
    const b = evaluateBatch(program, cols, tables, undefined, backend);
    out.push({
      way: backend,
      eligible: b.eligible[0] === 1,
      amountFen: b.amountFen[0] ?? -1,
      monthlyFen: b.monthlyFen ? (b.monthlyFen[0] ?? -1) : null,
    });
  }
  return out;
}

const expectAllWays = (got: ReturnType<typeof allWays>, want: { eligible: boolean; amountFen: number; monthlyFen: number | null }) =>
  expect(got).toEqual(['explained', 'fused', 'kernels'].map((way) => ({ way, ...want })));

describe('program amounts with a fractional intermediate', () => {
  // Insured but never qualified for the benefit (left voluntarily), inside the 2020 window.
  const subsidyFacts = (insuredRegion: string): Facts => ({
    contributionMonths: 8,
    separationReason: 'resignedVoluntarily',
    benefitStatus: 'none',
    registeredUnemployed: true,
    employedNow: false,
    receivingPension: false,
    subsidyMonthsDrawn: 0,
    insuredRegion,
  });
  const p = params([
    row('ui.benefitMonthlyFen', '431121', 123_457), // × 80 % = 98765.6 fen a month
    row('ui.benefitMonthlyFen', '431122', 123_458), // × 75 % = 92593.5 fen a month
    row('uis.shareBp', '431122', 7_500),
    row('entre.subsidyIndividualFen', '431121', 500_001), // 50 % advance = 250000.5
    row('entre.subsidyIndividualFen', '431122', 500_001), // 60 % advance = 300000.6
    row('entre.advanceShareBp', '431122', 6_000),
  ]);

  it('unemployment subsidy: 98765.6 fen a month pays 98,765 × 6 = 592,590', () => {
    expectAllWays(allWays(unemploymentSubsidy, subsidyFacts('431121'), '2020-06-01', p), {
      eligible: true,
      amountFen: 592_590,
      monthlyFen: 98_765,
    });
  });

  it('unemployment subsidy: 92593.5 fen a month pays 92,593 × 6 = 555,558', () => {
    expectAllWays(allWays(unemploymentSubsidy, subsidyFacts('431122'), '2020-06-01', p), {
      eligible: true,
      amountFen: 555_558,
      monthlyFen: 92_593,
    });
  });

  const startup = (region: string): Facts => ({
    migrantWorker: true,
    returnedFromWorkAway: true,
    hukouRegion: region,
    businessRegion: region,
    firstBusiness: true,
    operatingNormally: true,
    businessKind: 'individual',
    businessLicenceDate: '2021-03-15',
    startupPaidFen: 0,
  });

  it('start-up subsidy advance: half of 500,001 fen is 250,000 (not 250,001)', () => {
    expectAllWays(allWays(entrepreneurshipSubsidy, startup('431121'), '2021-09-15', p), {
      eligible: true,
      amountFen: 250_000,
      monthlyFen: null,
    });
  });

  it('start-up subsidy advance at 60 %: 300000.6 fen pays 300,000; the balance after a year is the other 200,001', () => {
    expectAllWays(allWays(entrepreneurshipSubsidy, startup('431122'), '2021-09-15', p), {
      eligible: true,
      amountFen: 300_000,
      monthlyFen: null,
    });
    const balance = { ...startup('431122'), startupPaidFen: 300_000 };
    expectAllWays(allWays(entrepreneurshipSubsidy, balance, '2022-03-15', p), { eligible: true, amountFen: 200_001, monthlyFen: null });
  });

  it('work for relief: 15 % of 1,000,003 fen is 150000.45, so at least 150,001 fen of labour (150,000 is short)', () => {
    const project = (labour: number): Facts => ({
      projectRegion: '451228',
      projectFundsFen: 1_000_003,
      projectLabourFen: labour,
      projectLocalWorkers: 3,
      projectApprovalDate: '2021-06-01',
    });
    expectAllWays(allWays(workForRelief, project(150_001), '2021-06-01', SEED_PARAMETERS), {
      eligible: true,
      amountFen: 150_001,
      monthlyFen: null,
    });
    expectAllWays(allWays(workForRelief, project(150_000), '2021-06-01', SEED_PARAMETERS), {
      eligible: false,
      amountFen: 0,
      monthlyFen: null,
    });
  });
});
