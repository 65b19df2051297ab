import { describe, expect, it } from 'vitest';
import { actsFor, homeOf, isOverdue, overdueInstant, templatesFor } from './response.js';

describe('rapid-response rules (decision 174)', () => {
  it('a task is overdue from the day after its due date until done; on the due day it is not', () => {
    expect(isOverdue({ status: 'open', due_on: '2026-10-10' }, '2026-10-10')).toBe(false);
    expect(isOverdue({ status: 'open', due_on: '2026-10-10' }, '2026-10-11')).toBe(true);
    expect(isOverdue({ status: 'in_progress', due_on: '2026-10-10' }, '2026-10-11')).toBe(true);
    expect(isOverdue({ status: 'done', due_on: '2026-10-10' }, '2026-10-11')).toBe(false);
    // 00:00 Beijing on 11 Oct is 16:00 UTC on 10 Oct.
    expect(overdueInstant('2026-10-10').toISOString()).toBe('2026-10-10T16:00:00.000Z');
    expect(overdueInstant('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('gives the enterprise a task only when one is named', () => {
    expect(templatesFor('layoff', true).map((t) => t.department)).toContain('enterprise');
    expect(templatesFor('layoff', false).map((t) => t.department)).not.toContain('enterprise');
    expect(templatesFor('disaster', false).map((t) => t.department)).toEqual([
      'employment_bureau',
      'civil_affairs',
      'transport',
      'development_reform',
    ]);
  });

  it('places a worker at their household registration, else the first place known', () => {
    expect(homeOf(['451228100', null, '441900', '441900'])).toBe('451228100');
    expect(homeOf([null, '451228101', '441900', null])).toBe('451228101');
    expect(homeOf([null, null, null, null])).toBeNull();
  });

  it('lets a department user act for their department only, an employer for the enterprise, officers for all', () => {
    expect(actsFor({ role: 'department', department: 'civil_affairs' }, 'civil_affairs')).toBe(true);
    expect(actsFor({ role: 'department', department: 'civil_affairs' }, 'justice')).toBe(false);
    expect(actsFor({ role: 'employer', department: null }, 'enterprise')).toBe(true);
    expect(actsFor({ role: 'employer', department: null }, 'employment_bureau')).toBe(false);
    expect(actsFor({ role: 'county_officer', department: null }, 'transport')).toBe(true);
    expect(actsFor({ role: 'reviewer', department: null }, 'employment_bureau')).toBe(false);
  });
});
