/** The calendar's entries as the API shows them, and the checks of an entry (pure). */
import { isIsoDate } from '../../core/dates.js';
import { messageFor } from '../../core/errors.js';
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';
import { isCalendarKind, isWeekend, type CalendarEntry, type CalendarKind } from './calendar.js';
import type { CalendarDayRecord } from './calendar.repository.js';

/** An exception as the API shows it. */
export interface CalendarEntryView extends CalendarEntry {
  updatedAt: string;
  updatedBy: string | null;
}

export interface CalendarDay {
  date: string;
  working: boolean;
  weekend: boolean;
  entry: CalendarEntryView | null;
  /** True when the year has no holiday entered yet: the answer knows only weekends. */
  provisional: boolean;
}

export interface WorkingDaysAnswer {
  from: string;
  days: number;
  date: string;
  provisional: boolean;
}

export interface EntryInput {
  kind: CalendarKind;
  nameZh: string;
  nameEn: string;
  source: string;
}

export function toView(r: CalendarDayRecord): CalendarEntryView {
  return {
    date: r.date,
    kind: isCalendarKind(r.kind) ? r.kind : 'holiday',
    nameZh: r.name_zh,
    nameEn: r.name_en,
    source: r.source,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** A field error for a date that is not a real YYYY-MM-DD date (the catalogue's words). */
export function invalidDate(path: string): FieldError {
  return fieldError(path, 'validation_failed', messageFor('policy_date_invalid'));
}

export function checkEntry(date: string, input: EntryInput): Result<true> {
  const errors: FieldError[] = [];
  if (!isIsoDate(date)) errors.push(invalidDate('/date'));
  if (!isCalendarKind(input.kind)) errors.push(fieldError('/kind', 'validation_failed'));
  for (const [path, value, max] of [
    ['/nameZh', input.nameZh, 100],
    ['/nameEn', input.nameEn, 100],
    ['/source', input.source, 500],
  ] as const) {
    if (value.trim() === '' || value.length > max)
      errors.push(fieldError(path, 'validation_failed', { zh: `应为1至${max}个字符`, en: `Must have 1 to ${max} characters` }));
  }
  if (errors.length > 0) return refuse('validation_failed', { errors });
  if (input.kind === 'makeup_workday' && !isWeekend(date)) return refuse('calendar_makeup_not_weekend');
  return ok(true);
}
