import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, fromDayNumber, monthsBetween, toDayNumber } from '../core/dates.js';
import { addMonthsDays, ageOnDays, dayFromCivil, monthsBetweenDays, packedCivil } from './days.js';

const iso = fc.integer({ min: toDayNumber('1899-06-01'), max: toDayNumber('2200-06-30') }).map(fromDayNumber);

describe('day-number calendar arithmetic matches core/dates.ts', () => {
  it('round-trips day numbers through civil dates', () => {
    fc.assert(
      fc.property(iso, (d) => {
        const n = toDayNumber(d);
        const p = packedCivil(n);
        expect(dayFromCivil(p >> 9, (p >> 5) & 15, p & 31)).toBe(n);
        expect(`${String(p >> 9).padStart(4, '0')}-${String((p >> 5) & 15).padStart(2, '0')}-${String(p & 31).padStart(2, '0')}`).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  it('monthsBetween and ageOn agree', () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        expect(monthsBetweenDays(toDayNumber(a), toDayNumber(b))).toBe(monthsBetween(a, b));
        if (a <= b) expect(ageOnDays(toDayNumber(a), toDayNumber(b))).toBe(ageOn(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('addMonths agrees, including month-end clamping', () => {
    fc.assert(
      fc.property(iso, fc.integer({ min: -30, max: 300 }), (d, k) => {
        expect(fromDayNumber(addMonthsDays(toDayNumber(d), k))).toBe(addMonths(d, k));
      }),
      { numRuns: 200 },
    );
    expect(fromDayNumber(addMonthsDays(toDayNumber('2020-02-29'), 12))).toBe('2021-02-28');
    expect(fromDayNumber(addMonthsDays(toDayNumber('2021-01-31'), 1))).toBe('2021-02-28');
  });

  it('NaN propagates', () => {
    expect(monthsBetweenDays(NaN, 0)).toBeNaN();
    expect(addMonthsDays(0, NaN)).toBeNaN();
  });
});
