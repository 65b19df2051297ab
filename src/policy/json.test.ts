import { describe, expect, it } from 'vitest';
import { evaluateJson } from './json.js';

const facts = {
  projectRegion: '451228',
  projectFundsFen: 1000,
  projectLabourFen: 300,
  projectLocalWorkers: 2,
  projectApprovalDate: '2022-06-01',
};

describe('evaluateJson', () => {
  it('evaluates facts given as an object or as JSON text', () => {
    const a = evaluateJson('work-for-relief', '2022-06-01', facts);
    const b = evaluateJson('work-for-relief', '2022-06-01', JSON.stringify(facts));
    expect(a.ok && a.value.eligible).toBe(true);
    expect(b).toEqual(a);
  });

  it('refuses an unknown program', () => {
    const r = evaluateJson('free-money', '2022-06-01', facts);
    expect(!r.ok && r.reason.code).toBe('policy_program_unknown');
  });

  it('refuses malformed JSON and non-objects', () => {
    for (const input of ['{not json', '[1,2]', 42, null]) {
      const r = evaluateJson('work-for-relief', '2022-06-01', input);
      expect(!r.ok && r.reason.code).toBe('policy_facts_invalid');
    }
  });

  it('lists every wrong field with its path and code', () => {
    const r = evaluateJson('work-for-relief', '2022-06-01', {
      ...facts,
      projectRegion: '45',
      projectLocalWorkers: 1.5,
      favouriteColour: 'red',
      projectFundsFen: '1000',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('policy_facts_invalid');
      expect(r.reason.errors?.map((e) => [e.path, e.code]).sort()).toEqual([
        ['/facts/favouriteColour', 'policy_fact_unknown'],
        ['/facts/projectFundsFen', 'policy_fact_type'],
        ['/facts/projectLocalWorkers', 'policy_fact_type'],
        ['/facts/projectRegion', 'policy_fact_type'],
      ]);
      expect(r.reason.message.zh.length).toBeGreaterThan(0);
    }
  });

  it('lists the facts a program still needs', () => {
    const r = evaluateJson('temporary-relief', '2020-09-01', { employedNow: false });
    expect(!r.ok && r.reason.errors?.length).toBeGreaterThanOrEqual(7);
    if (!r.ok) expect(r.reason.errors?.every((e) => e.code === 'policy_fact_required')).toBe(true);
  });

  it('refuses an invalid date', () => {
    const r = evaluateJson('work-for-relief', '2022-13-01', facts);
    expect(!r.ok && r.reason.code).toBe('policy_date_invalid');
  });
});
