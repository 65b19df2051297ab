/**
 * The payment plan and keys (payment.ts, pure) on hand-built decisions: which instalments an
 * approved decision creates, the month arithmetic at year ends, the attempt keys, the named full
 * amount. Expected values are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../policy/index.js';
import { attemptKey, familyKey, fullAmountOf, isEntryStatus, periodAfter, planPayments } from './payment.js';

function decision(over: Partial<Decision>): Decision {
  return {
    programId: 'temporary-relief',
    programName: { zh: '临时救助', en: 'Temporary relief' },
    asOf: '2026-11-28',
    eligible: true,
    amountFen: 150_001,
    criteria: [],
    values: [],
    facts: [],
    parameters: [],
    citations: [],
    messages: [],
    reasons: [],
    reasonMask: 0,
    rulesetVersion: 'test',
    parameterSnapshot: [],
    factsSnapshot: {},
    usesIllustrativeValues: false,
    ...over,
  };
}

describe('planPayments', () => {
  it('nothing for an ineligible decision or a zero or negative amount', () => {
    expect(planPayments(decision({ eligible: false }))).toEqual([]);
    expect(planPayments(decision({ amountFen: 0 }))).toEqual([]);
    expect(planPayments(decision({ amountFen: -1 }))).toEqual([]);
    // One fen is paid.
    expect(planPayments(decision({ amountFen: 1 }))).toEqual([{ instalment: 'once', amountFen: 1 }]);
  });

  it('a monthly benefit: one entry per month from the decision month, across the year end', () => {
    const d = decision({ programId: 'unemployment-benefit', asOf: '2026-11-28', amountFen: 3 * 128_701, months: 3, monthlyFen: 128_701 });
    expect(planPayments(d)).toEqual([
      { instalment: '2026-11', amountFen: 128_701 },
      { instalment: '2026-12', amountFen: 128_701 },
      { instalment: '2027-01', amountFen: 128_701 },
    ]);
  });

  it('months or monthly amount of zero is not a monthly plan: paid once', () => {
    expect(planPayments(decision({ months: 0, monthlyFen: 128_701 }))).toEqual([{ instalment: 'once', amountFen: 150_001 }]);
    expect(planPayments(decision({ months: 3, monthlyFen: 0 }))).toEqual([{ instalment: 'once', amountFen: 150_001 }]);
    expect(planPayments(decision({ months: 3 }))).toEqual([{ instalment: 'once', amountFen: 150_001 }]);
    expect(planPayments(decision({ monthlyFen: 128_701 }))).toEqual([{ instalment: 'once', amountFen: 150_001 }]);
    expect(planPayments(decision({ months: 1, monthlyFen: 1 }))).toEqual([{ instalment: '2026-11', amountFen: 1 }]);
  });

  it('the start-up subsidy: the balance for instalment 2, otherwise the advance', () => {
    const startup = { programId: 'entrepreneurship-subsidy', amountFen: 250_001 };
    expect(planPayments(decision({ ...startup, instalment: 2 }))).toEqual([{ instalment: 'balance', amountFen: 250_001 }]);
    expect(planPayments(decision({ ...startup, instalment: 1 }))).toEqual([{ instalment: 'advance', amountFen: 250_001 }]);
    expect(planPayments(decision(startup))).toEqual([{ instalment: 'advance', amountFen: 250_001 }]);
  });

  it('以工代训: the month of the claim', () => {
    expect(planPayments(decision({ programId: 'on-the-job-training', asOf: '2027-01-31', amountFen: 50_000 }))).toEqual([
      { instalment: '2027-01', amountFen: 50_000 },
    ]);
  });
});

describe('periods and keys', () => {
  it('periodAfter: the month i months after the date’s month', () => {
    expect(periodAfter('2026-12-05', 0)).toBe('2026-12');
    expect(periodAfter('2026-12-05', 1)).toBe('2027-01');
    expect(periodAfter('2026-01-31', 11)).toBe('2026-12');
    expect(periodAfter('2026-01-31', 12)).toBe('2027-01');
    expect(periodAfter('2026-11-28', 25)).toBe('2028-12');
    expect(periodAfter('0999-05-01', 0)).toBe('0999-05');
  });

  it('familyKey and attemptKey: `#n` from the second attempt on', () => {
    expect(familyKey('p1', 'temporary-relief', '2026-11')).toBe('p1|temporary-relief|2026-11');
    expect(attemptKey('p1|x|once', 0)).toBe('p1|x|once');
    expect(attemptKey('p1|x|once', 1)).toBe('p1|x|once');
    expect(attemptKey('p1|x|once', 2)).toBe('p1|x|once#2');
    expect(attemptKey('p1|x|once', 11)).toBe('p1|x|once#11');
  });

  it('fullAmountOf: the numeric value named fullAmount, else null', () => {
    const v = (name: string, value: number | string | null) => ({ name, label: { zh: name, en: name }, unit: 'fen' as const, value });
    expect(fullAmountOf(decision({ values: [v('advance', 1), v('fullAmount', 500_001)] }))).toBe(500_001);
    expect(fullAmountOf(decision({ values: [v('fullAmount', null)] }))).toBeNull();
    expect(fullAmountOf(decision({ values: [v('fullAmount', '2026-01-01')] }))).toBeNull();
    expect(fullAmountOf(decision({ values: [v('advance', 1)] }))).toBeNull();
    expect(fullAmountOf(decision({ values: [v('fullAmount', 0)] }))).toBe(0);
  });

  it('isEntryStatus', () => {
    for (const s of ['pending', 'batched', 'paid', 'failed', 'reversed']) expect(isEntryStatus(s), s).toBe(true);
    expect(isEntryStatus('reversal')).toBe(false);
    expect(isEntryStatus('')).toBe(false);
  });
});
