import { describe, expect, it } from 'vitest';
import { columnsFromFacts } from './columns.js';
import { evaluate } from './evaluate.js';
import type { Facts } from './facts.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { unemploymentBenefit } from './programs/unemployment-benefit.js';
import { unemploymentSubsidy } from './programs/unemployment-subsidy.js';
import { whatIf, type Override } from './whatif.js';

const person = (over: Facts): Facts => ({
  contributionMonths: 30,
  separationReason: 'contractExpired',
  registeredUnemployed: true,
  seekingWork: true,
  employedNow: false,
  receivingPension: false,
  migrantContractWorker: false,
  personallyContributed: true,
  benefitMonthsDrawn: 0,
  subsidyMonthsDrawn: 0,
  benefitStatus: 'none',
  insuredRegion: '451228',
  ...over,
});
const people = [
  person({}),
  person({ contributionMonths: 8 }),
  person({ contributionMonths: 10, insuredRegion: '441900' }),
  person({ contributionMonths: 70, insuredRegion: '441900' }),
  person({ separationReason: 'resignedVoluntarily', insuredRegion: '450102' }),
];

function run(overrides: Override[], asOf = '2021-06-01', programs = [unemploymentBenefit]) {
  const r = whatIf({ programs, columns: columnsFromFacts(people), asOf, base: SEED_PARAMETERS, overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}

function cost(params: typeof SEED_PARAMETERS, asOf: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of people) {
    const d = evaluate(unemploymentBenefit, f, asOf, params);
    if (d.ok) m.set(f.insuredRegion ?? '', (m.get(f.insuredRegion ?? '') ?? 0) + d.value.amountFen);
  }
  return m;
}

describe('whatIf', () => {
  it("raising one county's benefit changes only that county's cost", () => {
    const r = run([{ key: 'ui.benefitMonthlyFen', region: '451228', value: 140000 }]);
    expect(r.regions.map((x) => [x.region, x.gaining, x.losing, x.deltaFen])).toEqual([
      ['441900', 0, 0, 0],
      ['450102', 0, 0, 0],
      ['451228', 0, 0, 12 * (140000 - 128700)],
    ]);
    expect(r.total.deltaFen).toBe(12 * (140000 - 128700));
    expect(r.regions.find((x) => x.region === '451228')?.baseFen).toBe(cost(SEED_PARAMETERS, '2021-06-01').get('451228'));
  });

  it('lowering the contribution threshold makes people gain eligibility, per region', () => {
    const r = run([{ key: 'ui.minContributionMonths', region: 'CN', value: 6 }]);
    const byRegion = Object.fromEntries(r.regions.map((x) => [x.region, x]));
    expect(byRegion['451228']?.gaining).toBe(1);
    expect(byRegion['441900']?.gaining).toBe(1);
    expect(r.total.losing).toBe(0);
    expect(byRegion['441900']?.deltaFen).toBe(12 * 154800);
  });

  it('extending a window after it closed: those in the subsidy group gain, the benefit group loses nothing', () => {
    const r = run([{ key: 'uis.windowEnd', region: 'CN', value: '2021-12-31' }], '2021-06-01', [unemploymentBenefit, unemploymentSubsidy]);
    expect(r.total.gaining).toBe(3); // 8, 10 months, and the voluntary leaver
    expect(r.total.losing).toBe(0);
    // Counts before and after: the scenario's eligible = the base's + those gaining − those losing.
    expect(r.total.scenarioEligible).toBe(r.total.baseEligible + 3);
    for (const x of r.regions) expect(x.scenarioEligible - x.baseEligible).toBe(x.gaining - x.losing);
  });

  it('groups by province when asked', () => {
    const r = whatIf({
      programs: [unemploymentBenefit],
      columns: columnsFromFacts(people),
      asOf: '2021-06-01',
      base: SEED_PARAMETERS,
      overrides: [],
      level: 'province',
    });
    expect(r.ok && r.value.regions.map((x) => x.region)).toEqual(['44', '45']);
  });

  it('is pure and refuses invalid overrides', () => {
    const before = SEED_PARAMETERS.length;
    run([{ key: 'ui.benefitMonthlyFen', region: '451228', value: 1 }]);
    expect(SEED_PARAMETERS.length).toBe(before);
    const r = whatIf({
      programs: [unemploymentBenefit],
      columns: columnsFromFacts(people),
      asOf: '2021-06-01',
      base: SEED_PARAMETERS,
      overrides: [{ key: 'uis.windowEnd', region: 'CN', value: 5 }],
    });
    expect(!r.ok && r.reason.code).toBe('policy_parameter_invalid');
  });
});
