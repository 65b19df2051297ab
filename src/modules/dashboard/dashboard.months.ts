/**
 * Calendar months in Beijing time (UTC+8, no daylight saving) as UTC instant ranges, so a
 * timestamp column stored as an ISO instant is bucketed by the month a person in China saw.
 */
import { beijingMidnightUtc } from '../../core/clock.js';
import { addMonths } from '../../core/dates.js';
import type { MonthBucket } from './dashboard.repository.js';

/** The `count` Beijing months ending with the month of `today` (a Beijing date), oldest first. */
export function lastMonths(today: string, count: number): MonthBucket[] {
  const first = `${today.slice(0, 7)}-01`;
  const out: MonthBucket[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const start = addMonths(first, -i);
    const end = addMonths(first, -i + 1);
    out.push({ month: start.slice(0, 7), from: beijingMidnightUtc(start), to: beijingMidnightUtc(end) });
  }
  return out;
}
