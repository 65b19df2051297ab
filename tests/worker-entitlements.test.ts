/**
 * What a worker is entitled to, from registry facts (decision 193): 可以享受 with the amount when
 * the known facts already decide a grant, 暂不符合 when a criterion reading only known facts refuses,
 * 需要补充 with every missing fact otherwise; only the programs a person claims. Expected values by
 * hand from the seed parameters of 都安 (451228): travel subsidy ¥500, ¥1,000 for low-income and
 * 低保 households, three months away, working age 16 to under 60.
 */
import { describe, expect, it } from 'vitest';
import { entitlementFor, entitlementsFor, personalPrograms } from '../src/modules/policy-admin/entitlements.js';
import { SEED_PARAMETERS, programById, type Facts } from '../src/policy/index.js';

const AS_OF = '2026-11-28';
/** A registered poor labourer of 都安 working in 东莞, in a 低保 household, as the registry gives them. */
const registry: Facts = {
  birthDate: '1990-05-20',
  migrantWorker: true,
  povertyRegistered: true,
  household: 'dibao',
  hukouRegion: '451228',
  residenceRegion: '451228',
  employmentRegion: '441900',
  employedNow: true,
  contributionMonths: 0,
};
const jobSeeking = () => {
  const p = programById('job-seeking-subsidy');
  if (!p) throw new Error('job-seeking-subsidy is missing');
  return p;
};
const decide = (facts: Facts) => entitlementFor(jobSeeking(), facts, AS_OF, SEED_PARAMETERS);

describe('entitlements from registry facts', () => {
  it('lists only programs a person claims: no employer or project rule', () => {
    const ids = entitlementsFor(registry, AS_OF, SEED_PARAMETERS).map((e) => e.programId);
    expect(ids).toEqual(personalPrograms().map((p) => p.id));
    expect(ids).not.toContain('on-the-job-training');
    expect(ids).not.toContain('work-for-relief');
    expect(ids).toContain('job-seeking-subsidy');
  });

  it('asks for exactly the facts the registry lacks when nothing known refuses', () => {
    const e = decide(registry);
    expect(e.status).toBe('needs_facts');
    expect(e.needed.map((n) => n.key).sort()).toEqual(['jobSeekingPaidThisYear', 'monthsEmployedAway']);
    expect(e.needed[0]?.reason.zh).toMatch(/^登记信息中没有“.+”，申请时请填写。$/);
    expect(e.amountFen).toBe(0);
  });

  it('grants ¥1,000 to a 低保 household at three months away (the threshold), ¥500 to an ordinary one', () => {
    const low = decide({ ...registry, monthsEmployedAway: 3, jobSeekingPaidThisYear: false });
    expect(low.status).toBe('eligible');
    expect(low.amountFen).toBe(100000);
    expect(low.messages[0]?.zh).toContain('1000');
    const ordinary = decide({ ...registry, household: 'ordinary', monthsEmployedAway: 3, jobSeekingPaidThisYear: false });
    expect(ordinary.status).toBe('eligible');
    expect(ordinary.amountFen).toBe(50000);
  });

  it('refuses at two months away (one below the threshold), whatever else is missing', () => {
    const e = decide({ ...registry, monthsEmployedAway: 2 });
    expect(e.status).toBe('not_eligible');
    expect(e.messages.map((m) => m.zh).join()).toContain('外出务工时间还不够');
    expect(e.needed.map((n) => n.key)).toEqual(['jobSeekingPaidThisYear']);
  });

  it('refuses on registry facts alone: not poverty-registered, or 60 years old, with each reason', () => {
    const notPoor = decide({ ...registry, povertyRegistered: false });
    expect(notPoor.status).toBe('not_eligible');
    expect(notPoor.messages.map((m) => m.zh)).toContainEqual(expect.stringContaining('这项补贴面向建档立卡贫困劳动力'));
    // Born 1966-11-28: 60 on the decision date (outside), one day later 59 (inside).
    const sixty = decide({ ...registry, birthDate: '1966-11-28' });
    expect(sixty.status).toBe('not_eligible');
    expect(sixty.messages.map((m) => m.zh).join()).toContain('年龄不在劳动年龄范围内');
    expect(decide({ ...registry, birthDate: '1966-11-29' }).status).toBe('needs_facts');
  });

  it('keeps "needs facts" when an unknown household decides the amount (the rate check reads it)', () => {
    const { household: _dropped, ...noHousehold } = registry;
    const e = decide({ ...noHousehold, monthsEmployedAway: 5, jobSeekingPaidThisYear: false });
    expect(e.status).toBe('needs_facts');
    expect(e.needed.map((n) => n.key)).toEqual(['household']);
  });

  it('refuses work inside the home county without asking anything more', () => {
    const e = decide({ ...registry, employmentRegion: '451228' });
    expect(e.status).toBe('not_eligible');
    expect(e.messages.map((m) => m.zh).join()).toContain('在本县内务工的');
  });
});
