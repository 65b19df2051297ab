/**
 * Day-number arithmetic (days.ts) on hand-picked dates: leap-year rules at 1600, 1900, 2000, 2100
 * and 2400, the edges of the lookup table (1900-01-01 and 2199-12-31) and the days just outside
 * it, month ends, and completed months and ages at exact boundaries. Day numbers were counted with
 * an independent calendar (days since 1970-01-01); days.test.ts compares with core/dates.ts on
 * random dates, where such days are rarely drawn.
 */
import { describe, expect, it } from 'vitest';
import { addMonthsDays, ageOnDays, dayFromCivil, monthLength, monthsBetweenDays, packedCivil } from './days.js';

/** Known day numbers (days since 1970-01-01). */
const KNOWN: [number, number, number, number][] = [
  [1970, 1, 1, 0],
  [1969, 12, 31, -1],
  [1600, 2, 29, -135_081],
  [1899, 12, 31, -25_568],
  [1900, 1, 1, -25_567],
  [1900, 2, 28, -25_509],
  [1900, 3, 1, -25_508],
  [2000, 2, 29, 11_016],
  [2000, 3, 1, 11_017],
  [2024, 2, 29, 19_782],
  [2100, 2, 28, 47_540],
  [2100, 3, 1, 47_541],
  [2199, 12, 31, 84_005],
  [2200, 1, 1, 84_006],
  [2400, 2, 29, 157_113],
];

const civil = (p: number) => [p >> 9, (p >> 5) & 15, p & 31];
const day = (y: number, m: number, d: number) => dayFromCivil(y, m, d);

describe('day numbers of known dates', () => {
  it('dayFromCivil and packedCivil, both ways, inside and outside the lookup table', () => {
    for (const [y, m, d, n] of KNOWN) {
      expect(dayFromCivil(y, m, d), `${y}-${m}-${d}`).toBe(n);
      expect(civil(packedCivil(n)), String(n)).toEqual([y, m, d]);
    }
  });

  it('packs a date as y × 512 + m × 32 + d', () => {
    expect(packedCivil(11_016)).toBe(2000 * 512 + 2 * 32 + 29);
  });

  it('monthLength: February by the Gregorian rules, 30-day and 31-day months', () => {
    expect([1600, 1900, 2000, 2023, 2024, 2100, 2400].map((y) => monthLength(y, 2))).toEqual([29, 28, 29, 28, 29, 28, 29]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => monthLength(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('completed months and age', () => {
  it('a month is complete on the same day of the month, or on the last day of a shorter month', () => {
    expect(monthsBetweenDays(day(2021, 3, 15), day(2021, 4, 14))).toBe(0);
    expect(monthsBetweenDays(day(2021, 3, 15), day(2021, 4, 15))).toBe(1);
    expect(monthsBetweenDays(day(2021, 1, 31), day(2021, 2, 27))).toBe(0);
    expect(monthsBetweenDays(day(2021, 1, 31), day(2021, 2, 28))).toBe(1);
    expect(monthsBetweenDays(day(2020, 1, 31), day(2020, 2, 28))).toBe(0);
    expect(monthsBetweenDays(day(2020, 1, 31), day(2020, 2, 29))).toBe(1);
    expect(monthsBetweenDays(day(2020, 1, 30), day(2020, 2, 29))).toBe(1);
    expect(monthsBetweenDays(day(2025, 12, 31), day(2026, 1, 30))).toBe(0);
    expect(monthsBetweenDays(day(2025, 12, 31), day(2026, 1, 31))).toBe(1);
  });

  it('age: a birthday on 29 February is reached on 28 February of a common year', () => {
    expect(ageOnDays(day(2000, 2, 29), day(2018, 2, 27))).toBe(17);
    expect(ageOnDays(day(2000, 2, 29), day(2018, 2, 28))).toBe(18);
    expect(ageOnDays(day(2008, 11, 30), day(2026, 11, 29))).toBe(17);
    expect(ageOnDays(day(2008, 11, 30), day(2026, 11, 30))).toBe(18);
    expect(ageOnDays(day(1966, 12, 1), day(2026, 11, 30))).toBe(59);
    expect(ageOnDays(day(1966, 11, 30), day(2026, 11, 30))).toBe(60);
  });

  it('addMonthsDays clamps to the end of a shorter month, truncates a fraction, and gives NaN for no value', () => {
    expect(addMonthsDays(day(2020, 1, 31), 1)).toBe(day(2020, 2, 29));
    expect(addMonthsDays(day(2021, 1, 31), 1)).toBe(day(2021, 2, 28));
    expect(addMonthsDays(day(2021, 3, 31), -1)).toBe(day(2021, 2, 28));
    expect(addMonthsDays(day(2020, 12, 15), 1)).toBe(day(2021, 1, 15));
    expect(addMonthsDays(day(2021, 1, 15), -1)).toBe(day(2020, 12, 15));
    expect(addMonthsDays(day(2021, 1, 15), 1.9)).toBe(day(2021, 2, 15));
    expect(addMonthsDays(day(2021, 1, 15), -1.9)).toBe(day(2020, 12, 15));
    expect(addMonthsDays(day(2021, 1, 15), 24)).toBe(day(2023, 1, 15));
    expect(addMonthsDays(Number.POSITIVE_INFINITY, 1)).toBeNaN();
    expect(addMonthsDays(0, Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(monthsBetweenDays(0, NaN)).toBeNaN();
  });
});
