import { describe, expect, it } from 'vitest';
import { addWorkingDays, type CalendarKind } from '../kernel/index.js';
import { itemState, planFor, priorityOf, requirementOf } from './case.js';
import { DEFAULT_STANDARD } from './case.open.js';

// 2026 National Day (the State Council notice for 2026): 1–7 October off, Saturday 10 October worked (调休).
const october: ReadonlyMap<string, CalendarKind> = new Map<string, CalendarKind>([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d): [string, CalendarKind] => [`2026-10-${d}`, 'holiday']),
  ['2026-10-10', 'makeup_workday'],
]);
const working = async (date: string, n: number) => addWorkingDays(october, date, n);

describe('the service plan of a registration (decision 157)', () => {
  it('counts first contact in working days across the National Day holiday, the rest in calendar days', async () => {
    // Registered Wednesday 30 September, the day before the holiday. Working days after it:
    // Thu 8 Oct (1), Fri 9 (2), Sat 10 make-up day (3), Mon 12 (4), Tue 13 (5). 30 calendar days: 30 October.
    expect(await planFor('2026-09-30', DEFAULT_STANDARD, working)).toEqual([
      { requirement: 'first_contact', dueOn: '2026-10-13', target: 1 },
      { requirement: 'guidance', dueOn: '2026-10-30', target: 1 },
      { requirement: 'referrals', dueOn: '2026-10-30', target: 3 },
      { requirement: 'offer', dueOn: '2026-10-30', target: 1 },
    ]);
  });

  it('follows a locally configured standard and leaves out items the standard does not ask for', async () => {
    const plan = await planFor('2026-11-02', { ...DEFAULT_STANDARD, firstContactWorkingDays: 3, planCalendarDays: 20, offers: 0 }, working);
    // Mon 2 Nov + 3 working days = Thu 5 Nov; + 20 calendar days = 22 Nov.
    expect(plan.map((i) => [i.requirement, i.dueOn, i.target])).toEqual([
      ['first_contact', '2026-11-05', 1],
      ['guidance', '2026-11-22', 1],
      ['referrals', '2026-11-22', 3],
    ]);
  });
});

describe('when a plan item is overdue', () => {
  it('is still in time on its due date and overdue from the day after', () => {
    expect(itemState({ dueOn: '2026-10-13', metOn: null }, '2026-10-13')).toBe('open');
    expect(itemState({ dueOn: '2026-10-13', metOn: null }, '2026-10-14')).toBe('overdue');
  });

  it('is done when met on the due date, done late when met the day after', () => {
    expect(itemState({ dueOn: '2026-10-13', metOn: '2026-10-13' }, '2026-11-28')).toBe('done');
    expect(itemState({ dueOn: '2026-10-13', metOn: '2026-10-14' }, '2026-11-28')).toBe('done_late');
  });
});

describe('steps and categories', () => {
  it('counts each kind toward its item; a welfare post referral and a follow-up toward none', () => {
    expect(requirementOf('training_offer')).toBe('offer');
    expect(requirementOf('entrepreneurship_offer')).toBe('offer');
    expect(requirementOf('job_referral')).toBe('referrals');
    expect(requirementOf('welfare_post_referral')).toBeNull();
    expect(requirementOf('follow_up')).toBeNull();
  });

  it('raises priority for any difficulty category', () => {
    expect(priorityOf([])).toBe('normal');
    expect(priorityOf(['older_worker'])).toBe('high');
  });
});
