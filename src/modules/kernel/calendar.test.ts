/**
 * The working-day arithmetic over the seeded notices, with answers counted by hand on a calendar
 * (each comment walks the days), and the seed's own consistency.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays, entriesFromNotices, isWorkingDay, weekday, type Exceptions } from './calendar.js';
import { holidayNotices } from './calendar.seed.js';

const none: Exceptions = new Map();
// Built inside each test, not while the file loads, so a mutation run sees which test reads them.
let entries: ReturnType<typeof entriesFromNotices> = [];
let cal: Exceptions = none;
beforeEach(() => {
  entries = entriesFromNotices(holidayNotices);
  cal = new Map(entries.map((e) => [e.date, e.kind]));
});

describe('working-day calendar', () => {
  it('2024 National Day: 5 working days after Fri 27 Sep is Thu 10 Oct; 10 after is Wed 16 Oct', () => {
    // Sat 28 rest; Sun 29 make-up (1); Mon 30 (2); 1–7 Oct holiday; Tue 8 (3); Wed 9 (4); Thu 10 (5).
    expect(addWorkingDays(cal, '2024-09-27', 5)).toBe('2024-10-10');
    // Fri 11 (6); Sat 12 make-up (7); Sun 13 rest; Mon 14 (8); Tue 15 (9); Wed 16 (10).
    expect(addWorkingDays(cal, '2024-09-27', 10)).toBe('2024-10-16');
    // Without the exceptions the same count lands elsewhere: Mon 30 Sep … Fri 4 Oct is 5.
    expect(addWorkingDays(none, '2024-09-27', 5)).toBe('2024-10-04');
    expect(isWorkingDay(cal, '2024-09-29')).toBe(true);
    expect(isWorkingDay(cal, '2024-09-28')).toBe(false);
    expect(isWorkingDay(cal, '2024-10-12')).toBe(true);
    expect(isWorkingDay(cal, '2024-10-13')).toBe(false);
    expect(isWorkingDay(cal, '2024-10-07')).toBe(false);
    expect(isWorkingDay(cal, '2024-10-08')).toBe(true);
  });

  it('2025 Spring Festival (28 Jan – 4 Feb, make-up Sun 26 Jan and Sat 8 Feb)', () => {
    // Sat 25 rest; Sun 26 make-up (1); Mon 27 (2); 28 Jan – 4 Feb off; Wed 5 (3); Thu 6 (4); Fri 7 (5); Sat 8 make-up (6).
    expect(addWorkingDays(cal, '2025-01-24', 3)).toBe('2025-02-05');
    expect(addWorkingDays(cal, '2025-01-24', 5)).toBe('2025-02-07');
    expect(addWorkingDays(cal, '2025-01-24', 6)).toBe('2025-02-08');
    expect(addWorkingDays(cal, '2025-01-24', 7)).toBe('2025-02-10');
  });

  it('the day just before and just after a holiday', () => {
    expect(isWorkingDay(cal, '2025-01-27')).toBe(true);
    expect(isWorkingDay(cal, '2025-01-28')).toBe(false);
    expect(isWorkingDay(cal, '2025-02-04')).toBe(false);
    expect(isWorkingDay(cal, '2025-02-05')).toBe(true);
    // From the last working day before, and from the last day off, the next working day is the same.
    expect(addWorkingDays(cal, '2025-01-27', 1)).toBe('2025-02-05');
    expect(addWorkingDays(cal, '2025-02-04', 1)).toBe('2025-02-05');
    expect(addWorkingDays(cal, '2025-02-05', 1)).toBe('2025-02-06');
    // Backwards: the working day before Tue 8 Oct 2024 is Mon 30 Sep; two before is Sun 29 Sep (make-up).
    expect(addWorkingDays(cal, '2024-10-08', -1)).toBe('2024-09-30');
    expect(addWorkingDays(cal, '2024-10-08', -2)).toBe('2024-09-29');
    expect(addWorkingDays(cal, '2024-10-03', 0)).toBe('2024-10-03');
  });

  it('an ordinary weekend: 1 working day after Fri 27 Nov 2026 is Mon 30 Nov', () => {
    expect(addWorkingDays(cal, '2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays(cal, '2026-11-28', 1)).toBe('2026-11-30');
  });

  it('2020: the Spring Festival extended to 2 Feb turned the make-up Saturday 1 Feb into a day off', () => {
    expect(isWorkingDay(cal, '2020-01-19')).toBe(true);
    for (const d of ['2020-01-24', '2020-01-30', '2020-01-31', '2020-02-01', '2020-02-02']) expect(isWorkingDay(cal, d)).toBe(false);
    expect(isWorkingDay(cal, '2020-02-03')).toBe(true);
    expect(entries.find((e) => e.date === '2020-02-01')).toMatchObject({
      kind: 'holiday',
      source: expect.stringContaining('国办发明电〔2020〕1号'),
    });
    // Thu 23 Jan 2020: the next working day is Mon 3 Feb.
    expect(addWorkingDays(cal, '2020-01-23', 1)).toBe('2020-02-03');
  });

  it('the seed: every make-up day is a weekend day; days off per period as the notices count them', () => {
    for (const e of entries.filter((x) => x.kind === 'makeup_workday')) expect([0, 6], e.date).toContain(weekday(e.date));
    const daysOff = (nameZh: string, year: string) =>
      entries.filter((e) => e.kind === 'holiday' && e.nameZh === nameZh && e.date.startsWith(year)).length;
    expect(daysOff('春节', '2026')).toBe(9);
    expect(daysOff('春节', '2025')).toBe(8);
    expect(daysOff('春节', '2024')).toBe(8);
    expect(daysOff('国庆节、中秋节', '2025')).toBe(8);
    expect(daysOff('国庆节', '2024')).toBe(7);
    expect(daysOff('清明节', '2023')).toBe(1);
    expect(entries.filter((e) => e.date.startsWith('2026') && e.kind === 'makeup_workday').map((e) => e.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    // 2023's New Year break began on 31 Dec 2022 (listed in the 2023 notice).
    expect(isWorkingDay(cal, '2022-12-30')).toBe(true);
    expect(entries.find((e) => e.date === '2022-12-31')?.source).toContain('2023年部分节假日安排');
  });

  it('refuses a count it could not finish', () => {
    expect(() => addWorkingDays(cal, '2024-01-01', 2501)).toThrow('out of range');
    expect(() => addWorkingDays(cal, '2024-01-01', 1.5)).toThrow('out of range');
    expect(() => weekday('2024-02-30')).toThrow('not an ISO date');
  });
});
