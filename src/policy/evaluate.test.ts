import { describe, expect, it } from 'vitest';
import { analyse, MAX_REASON_BITS } from './analyse.js';
import { evaluate } from './evaluate.js';
import { evaluateJson } from './json.js';
import type { Facts } from './facts.js';
import { FACT_SPECS } from './fact-specs.js';
import { paramDef } from './param-defs.js';
import type { ParameterRow } from './parameters.js';
import { SEED_PARAMETERS } from './params-seed.js';
import { PROGRAMS } from './programs/index.js';
import { temporaryRelief } from './programs/temporary-relief.js';
import { unemploymentBenefit } from './programs/unemployment-benefit.js';
import { workForRelief } from './programs/work-for-relief.js';
import { rulesetVersion } from './version.js';
import { E } from './expr.js';

const ub: Facts = {
  contributionMonths: 70,
  separationReason: 'contractExpired',
  registeredUnemployed: true,
  seekingWork: true,
  employedNow: false,
  receivingPension: false,
  migrantContractWorker: true,
  personallyContributed: true,
  benefitMonthsDrawn: 2,
  insuredRegion: '441900',
};

function decide(...args: Parameters<typeof evaluate>) {
  const r = evaluate(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}

describe('program definitions', () => {
  it('analyse cleanly: unique ids, known facts and parameters, at most 32 reason bits', () => {
    for (const p of PROGRAMS) {
      const a = analyse(p);
      expect(a.nodes.length - 1).toBeLessThanOrEqual(MAX_REASON_BITS);
      expect(new Set(a.nodes.map((n) => n.node.id)).size).toBe(a.nodes.length);
      for (const f of a.facts) expect(FACT_SPECS[f]).toBeDefined();
      for (const u of a.params) expect(paramDef(u.key)).toBeDefined();
    }
  });
});

describe('evaluate', () => {
  it('explains every criterion, value, fact and parameter with its source', () => {
    const d = decide(unemploymentBenefit, ub, '2022-01-05', SEED_PARAMETERS);
    expect(d.eligible).toBe(true);
    expect(d.amountFen).toBe(16 * 171000);
    expect(d.criteria.map((c) => c.id)).toEqual(analyse(unemploymentBenefit).nodes.map((n) => n.node.id));
    const override = d.criteria.find((c) => c.id === 'not-contract-worker');
    expect(override?.exception?.id).toBe('equal-treatment');
    const benefit = d.parameters.find((p) => p.key === 'ui.benefitMonthlyFen');
    expect(benefit).toMatchObject({
      locality: 'insured',
      region: '441900',
      value: 171000,
      rowRegion: '441900',
      effectiveFrom: '2021-12-01',
      illustrative: true,
    });
    expect(benefit?.source).toMatch(/illustrative/);
    expect(d.facts.map((f) => f.key)).toContain('contributionMonths');
    expect(d.values.find((v) => v.name === 'entitledMonths')?.value).toBe(18);
    expect(d.citations).toEqual(expect.arrayContaining(['O61-3.6', 'UI-1999-14', 'UI-1999-17', 'UI-1999-21']));
    expect(d.usesIllustrativeValues).toBe(true);
    expect(d.messages[0]?.zh).toContain('1710');
    expect(d.messages.at(-1)?.en).toMatch(/illustrative/);
  });

  it('reproduces a stored decision exactly from its facts and parameter snapshot', () => {
    for (const [program, facts, asOf] of [
      [unemploymentBenefit, ub, '2022-01-05'],
      [
        workForRelief,
        {
          projectRegion: '451228',
          projectFundsFen: 100000000,
          projectLabourFen: 20000000,
          projectLocalWorkers: 3,
          projectApprovalDate: '2022-06-01',
        },
        '2023-01-01',
      ],
    ] as const) {
      const d = decide(program, facts, asOf, SEED_PARAMETERS);
      expect(decide(program, d.factsSnapshot, d.asOf, d.parameterSnapshot)).toEqual(d);
    }
  });

  it('reproduces what was known on a date despite later corrections (recordedAsOf)', () => {
    const correction: ParameterRow = {
      key: 'ui.benefitMonthlyFen',
      region: '441900',
      effectiveFrom: '2021-12-01',
      recordedAt: '2027-01-10',
      value: 175000,
      source: 'correction',
    };
    const later = [...SEED_PARAMETERS, correction];
    expect(decide(unemploymentBenefit, ub, '2022-01-05', later).monthlyFen).toBe(175000);
    expect(decide(unemploymentBenefit, ub, '2022-01-05', later, { recordedAsOf: '2026-12-31' }).monthlyFen).toBe(171000);
  });

  it('cites the clause of the parameter row it used, as of the project approval date (the 2022 work-for-relief notice)', () => {
    const facts = (approved: string): Facts => ({
      projectRegion: '451228',
      projectFundsFen: 100,
      projectLabourFen: 30,
      projectLocalWorkers: 1,
      projectApprovalDate: approved,
    });
    const before = decide(workForRelief, facts('2022-05-31'), '2023-01-01', SEED_PARAMETERS);
    const on = decide(workForRelief, facts('2022-06-01'), '2023-01-01', SEED_PARAMETERS);
    expect(before.citations).not.toContain('WFR-2022');
    expect(before.parameters.find((p) => p.key === 'wfr.labourShareBp')).toMatchObject({ value: 1500, on: '2022-05-31' });
    expect(on.citations).toContain('WFR-2022');
    expect(on.parameters.find((p) => p.key === 'wfr.labourShareBp')).toMatchObject({
      value: 3000,
      on: '2022-06-01',
      effectiveFrom: '2022-06-01',
    });
    // Reproduction from the snapshot resolves the share on the same approval date.
    expect(decide(workForRelief, on.factsSnapshot, on.asOf, on.parameterSnapshot)).toEqual(on);
  });

  it('decides for a person born before 1900 (their registry birth date is a valid fact)', () => {
    const old: Facts = { povertyRegistered: true, birthDate: '1899-12-31', hukouRegion: '451228', employmentRegion: '441900' };
    const d = evaluateJson('job-seeking-subsidy', '2021-06-01', {
      ...old,
      employedNow: true,
      monthsEmployedAway: 4,
      jobSeekingPaidThisYear: false,
      household: 'ordinary',
    });
    expect(d.ok).toBe(true);
    if (d.ok) expect(d.value.criteria.filter((c) => !c.passed).map((c) => c.id)).toContain('working-age');
    // Born 1899-12-31, decided 2021-06-01: 121 whole years.
    if (d.ok) expect(d.value.messages.map((m) => m.zh).join()).toContain('现年121岁，劳动年龄为16岁至不满60岁。');
  });

  it('cites a clause only on dates it is in force, and marks the criterion whose clause is not yet in force', () => {
    const facts: Facts = { ...ub, contributionMonths: 30 };
    const before = decide(unemploymentBenefit, facts, '2020-08-05', SEED_PARAMETERS);
    const on = decide(unemploymentBenefit, facts, '2020-08-06', SEED_PARAMETERS);
    expect(before.citations).not.toContain('O61-3.6');
    expect(before.criteria[0]).toMatchObject({ clause: 'O61-3.6', clauseNotInForce: true });
    expect(on.citations).toContain('O61-3.6');
    expect(on.criteria[0]?.clauseNotInForce).toBeUndefined();
  });

  it('gives the blocking reasons in plain language: an "any" speaks for its alternatives', () => {
    const d = decide(
      temporaryRelief,
      {
        monthsWithoutIncome: 1,
        contributionMonths: 0,
        household: 'ordinary',
        employedNow: false,
        appliedInPerson: true,
        applicationRegion: '420102',
        employmentRegion: '441900',
        residenceRegion: '451228',
      },
      '2020-09-01',
      SEED_PARAMETERS,
    );
    expect(d.eligible).toBe(false);
    expect(d.messages.map((m) => m.en)).toEqual([
      'You have been without income for less than three months in a row.',
      'Apply where you work or where you live.',
      expect.stringMatching(/illustrative/),
    ]);
    const bits = d.criteria.filter((c) => !c.passed && c.bit >= 0).reduce((m, c) => m | (1 << c.bit), 0);
    expect(d.reasonMask).toBe(bits);
  });

  it('refuses, as values, a bad date and missing or malformed facts with per-field errors', () => {
    const bad = evaluate(unemploymentBenefit, ub, '2022-02-30', SEED_PARAMETERS);
    expect(!bad.ok && bad.reason.code).toBe('policy_date_invalid');
    const missing = evaluate(unemploymentBenefit, { contributionMonths: 12 }, '2022-01-05', SEED_PARAMETERS);
    expect(!missing.ok && missing.reason.code).toBe('policy_facts_invalid');
    if (!missing.ok) {
      expect(missing.reason.errors?.map((e) => e.path)).toContain('/facts/insuredRegion');
      expect(missing.reason.errors?.every((e) => e.code === 'policy_fact_required')).toBe(true);
    }
    const wrong = evaluate(unemploymentBenefit, { ...ub, contributionMonths: -1 }, '2022-01-05', SEED_PARAMETERS);
    expect(!wrong.ok && wrong.reason.errors?.[0]).toMatchObject({ path: '/facts/contributionMonths', code: 'policy_fact_type' });
  });

  it('changes the ruleset version when a definition changes', () => {
    const changed = { ...unemploymentBenefit, amount: E.mul(E.ref('monthly'), 1) };
    expect(rulesetVersion(unemploymentBenefit)).toMatch(/^2026\.11\+[0-9a-f]{12}$/);
    expect(rulesetVersion(changed)).not.toBe(rulesetVersion(unemploymentBenefit));
    expect(rulesetVersion({ ...unemploymentBenefit })).toBe(rulesetVersion(unemploymentBenefit));
  });
});
