import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateJson } from '../../policy/index.js';
import {
  claimStatuses,
  nextStatus,
  pendingLevel,
  reconsiderationDeadline,
  reviewEvent,
  statusForLevel,
  transitions,
  type ClaimEvent,
  type ClaimStatus,
} from './claim.js';
import { attemptKey, familyKey, periodAfter, planPayments } from './payment.js';

const events: ClaimEvent[] = [
  'approve_township',
  'refuse_township',
  'approve_county',
  'refuse_county',
  'request_reconsideration',
  'approve_reconsideration',
  'refuse_reconsideration',
  'mark_paid',
];

describe('claim state machine', () => {
  it('follows the table: submitted → township_approved → approved → paid; refusals → reconsideration → approved | refused_final', () => {
    expect(nextStatus('submitted', 'approve_township')).toBe('township_approved');
    expect(nextStatus('township_approved', 'approve_county')).toBe('approved');
    expect(nextStatus('approved', 'mark_paid')).toBe('paid');
    expect(nextStatus('submitted', 'refuse_township')).toBe('refused');
    expect(nextStatus('township_approved', 'refuse_county')).toBe('refused');
    expect(nextStatus('refused', 'request_reconsideration')).toBe('reconsideration_requested');
    expect(nextStatus('reconsideration_requested', 'approve_reconsideration')).toBe('approved');
    expect(nextStatus('reconsideration_requested', 'refuse_reconsideration')).toBe('refused_final');
    expect(nextStatus('submitted', 'approve_county')).toBeNull();
    expect(nextStatus('refused_final', 'request_reconsideration')).toBeNull();
    expect(nextStatus('paid', 'mark_paid')).toBeNull();
  });

  it('never leaves a final status and never skips the township level (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 12 }), (seq) => {
        let s: ClaimStatus = 'submitted';
        const seen: ClaimStatus[] = [s];
        for (const e of seq) {
          const n = nextStatus(s, e);
          if (n !== null) {
            s = n;
            seen.push(s);
          }
        }
        const approved = seen.indexOf('approved');
        if (approved >= 0) expect(seen.includes('township_approved') || seen.includes('reconsideration_requested')).toBe(true);
        expect(Object.keys(transitions.refused_final)).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });

  it('maps levels to the status they wait in and back', () => {
    for (const s of claimStatuses) {
      const level = pendingLevel(s);
      if (level) {
        expect(statusForLevel(level)).toBe(s);
        expect(nextStatus(s, reviewEvent(level, 'approve'))).not.toBeNull();
        expect(nextStatus(s, reviewEvent(level, 'refuse'))).not.toBeNull();
      }
    }
  });

  it('gives 60 days for reconsideration by default', () => {
    expect(reconsiderationDeadline('2026-11-28', 60)).toBe('2027-01-27');
  });
});

describe('payment plan', () => {
  it('plans one entry per month for a monthly benefit, from the decision month', () => {
    const d = evaluateJson('unemployment-benefit', '2021-05-01', {
      contributionMonths: 30,
      separationReason: 'contractExpired',
      registeredUnemployed: true,
      seekingWork: true,
      employedNow: false,
      receivingPension: false,
      migrantContractWorker: false,
      personallyContributed: true,
      benefitMonthsDrawn: 0,
      insuredRegion: '451228',
    });
    if (!d.ok) throw new Error(d.reason.code);
    const plan = planPayments(d.value);
    expect(plan).toHaveLength(12);
    expect(plan[0]).toEqual({ instalment: '2021-05', amountFen: 128700 });
    expect(plan[11]).toEqual({ instalment: '2022-04', amountFen: 128700 });
    expect(plan.reduce((s, p) => s + p.amountFen, 0)).toBe(d.value.amountFen);
  });

  it('plans the start-up subsidy as advance then balance, never above the full amount', () => {
    const facts = {
      migrantWorker: true,
      returnedFromWorkAway: true,
      hukouRegion: '451228100',
      businessRegion: '451228',
      firstBusiness: true,
      operatingNormally: true,
      businessLicenceDate: '2026-03-01',
      businessKind: 'individual',
      startupPaidFen: 0,
    };
    const adv = evaluateJson('entrepreneurship-subsidy', '2026-11-28', facts);
    if (!adv.ok) throw new Error('advance');
    const [a] = planPayments(adv.value);
    expect(a?.instalment).toBe('advance');
    const bal = evaluateJson('entrepreneurship-subsidy', '2027-03-15', { ...facts, startupPaidFen: a?.amountFen ?? 0 });
    if (!bal.ok) throw new Error('balance');
    const [b] = planPayments(bal.value);
    const full = bal.value.values.find((v) => v.name === 'fullAmount')?.value;
    expect(b?.instalment).toBe('balance');
    expect((a?.amountFen ?? 0) + (b?.amountFen ?? 0)).toBe(full);
    const over = evaluateJson('entrepreneurship-subsidy', '2027-03-15', { ...facts, startupPaidFen: Number(full) });
    expect(over.ok && planPayments(over.value)).toEqual([]);
  });

  it('periods and keys', () => {
    expect(periodAfter('2026-11-28', 2)).toBe('2027-01');
    expect(familyKey('p', 'x', 'once')).toBe('p|x|once');
    expect(attemptKey('p|x|once', 1)).toBe('p|x|once');
    expect(attemptKey('p|x|once', 2)).toBe('p|x|once#2');
  });
});
