/**
 * The working-day calendar (pure). Monday to Friday are working days and weekends are not, except
 * for the dated exceptions kept as data: public holidays (放假) and make-up working days (调休上班,
 * a Saturday or Sunday worked instead). "N working days after D" counts the working days strictly
 * after D: the Nth is the answer, whatever D itself is.
 */
import { addDays, isIsoDate } from '../../core/dates.js';
import type { HolidayNotice } from './calendar.seed.js';

export const calendarKinds = ['holiday', 'makeup_workday'] as const;
export type CalendarKind = (typeof calendarKinds)[number];

export function isCalendarKind(s: string): s is CalendarKind {
  return (calendarKinds as readonly string[]).includes(s);
}

/** One dated exception. */
export interface CalendarEntry {
  date: string;
  kind: CalendarKind;
  nameZh: string;
  nameEn: string;
  /** The notice it comes from, or who changed it and why. */
  source: string;
}

/** The exceptions by date. */
export type Exceptions = ReadonlyMap<string, CalendarKind>;

/** Largest |n| accepted: ten years of working days, so a count always ends. */
export const MAX_WORKING_DAYS = 2500;

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  if (!isIsoDate(date)) throw new Error(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** True when people work on that date: a make-up day, or a weekday that is not a holiday. */
export function isWorkingDay(exceptions: Exceptions, date: string): boolean {
  const kind = exceptions.get(date);
  if (kind === 'holiday') return false;
  if (kind === 'makeup_workday') return true;
  return !isWeekend(date);
}

/**
 * The Nth working day after `date` (n > 0), or before it (n < 0); `date` itself when n is 0.
 * Throws on a count beyond MAX_WORKING_DAYS (callers validate input first).
 */
export function addWorkingDays(exceptions: Exceptions, date: string, n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) throw new Error(`working-day count out of range: ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(exceptions, day)) left--;
  }
  return day;
}

/** The calendar years from a to b inclusive (either order). */
export function yearsBetween(a: string, b: string): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const out: number[] = [];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) out.push(y);
  return out;
}

/** How an entry cites its notice: title, document number when known, and the date it was issued. */
export function noticeSource(n: HolidayNotice): string {
  return `${n.title}${n.document ? `（${n.document}）` : '（文号未核实 document number not verified）'}，${n.issued}`;
}

/**
 * The entries of the notices, by date. A later notice overrides an earlier one on the same date, and
 * a cancelled make-up day is dropped unless the same notice makes it a day off.
 */
export function entriesFromNotices(notices: readonly HolidayNotice[]): CalendarEntry[] {
  const byDate = new Map<string, CalendarEntry>();
  for (const n of notices) {
    const source = noticeSource(n);
    for (const date of n.cancelsMakeup ?? []) if (byDate.get(date)?.kind === 'makeup_workday') byDate.delete(date);
    for (const p of n.periods) {
      for (let d = p.from; d <= p.to; d = addDays(d, 1))
        byDate.set(d, { date: d, kind: 'holiday', nameZh: p.nameZh, nameEn: p.nameEn, source });
      for (const d of p.makeup)
        byDate.set(d, {
          date: d,
          kind: 'makeup_workday',
          nameZh: `${p.nameZh}调休上班`,
          nameEn: `${p.nameEn} make-up working day`,
          source,
        });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
