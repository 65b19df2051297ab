/**
 * The working-day calendar as a service: "is D a working day" and "N working days after D" for the
 * deadlines of later workflows, the list of exceptions, and the administrators' audited edits. The
 * exceptions are read once and cached for a minute (another server's edit shows within that time;
 * this server's own edits at once). A year with no holiday entered yet (its notice not published or
 * not entered) is answered from weekends alone and flagged `provisional`.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { systemActor, type Actor } from '../actor.js';
import type { UnitOfWork } from './unit-of-work.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';
import { holidayNotices } from './calendar.seed.js';
import {
  addWorkingDays,
  entriesFromNotices,
  isWeekend,
  isWorkingDay,
  MAX_WORKING_DAYS,
  yearsBetween,
  type Exceptions,
} from './calendar.js';
import * as repo from './calendar.repository.js';
import {
  checkEntry,
  invalidDate,
  toView,
  type CalendarDay,
  type CalendarEntryView,
  type EntryInput,
  type WorkingDaysAnswer,
} from './calendar.entry.js';

/** Where the calendar keeps which notices' years it has entered (the settings table, through a port). */
export interface CalendarSettings {
  get(key: string): Promise<string | undefined>;
  put(trx: Transaction<Database>, key: string, value: string, at: string): Promise<void>;
}

const CACHE_MS = 60_000;
const SEEDED_KEY = 'calendar.seeded_notice_years';
const AUDIT_PROVINCE = '00';

function parseYears(v: string | undefined): number[] {
  const parsed: unknown = v ? JSON.parse(v) : [];
  return Array.isArray(parsed) ? parsed.filter((y): y is number => typeof y === 'number') : [];
}

export function createCalendarService(deps: Deps, uow: UnitOfWork, settings: CalendarSettings) {
  const { db, clock } = deps;
  let cache: { at: number; entries: CalendarEntryView[]; exceptions: Exceptions; covered: Set<number> } | undefined;

  async function cached() {
    const now = clock.now().getTime();
    if (!cache || now - cache.at > CACHE_MS || now < cache.at) {
      const entries = (await repo.allDays(db.kysely)).map(toView);
      const covered = new Set(entries.filter((e) => e.kind === 'holiday').map((e) => Number(e.date.slice(0, 4))));
      cache = { at: now, entries, exceptions: new Map(entries.map((e) => [e.date, e.kind])), covered };
    }
    return cache;
  }

  function provisional(covered: Set<number>, from: string, to: string): boolean {
    return yearsBetween(from, to).some((y) => !covered.has(y));
  }

  /** Runs an administrator's edit as one unit of work; the entry as it stands afterwards (null once removed). */
  async function edit(actor: Actor, date: string, work: Parameters<UnitOfWork['write']>[1]): Promise<Result<CalendarEntryView | null>> {
    // The calendar is national: only a nationwide administrator edits it.
    if (!can(actor, 'calendar.admin') || actor.jurisdiction !== '') return refuse('forbidden');
    const r = await uow.write(actor, work);
    cache = undefined;
    if (!r.ok) return r;
    const row = await repo.findDay(db.kysely, date);
    return ok(row ? toView(row) : null);
  }

  /** An edit that leaves an entry behind. */
  async function saved(r: Promise<Result<CalendarEntryView | null>>): Promise<Result<CalendarEntryView>> {
    const out = await r;
    if (!out.ok) return out;
    return out.value ? ok(out.value) : refuse('internal');
  }

  return {
    /** Enters the notices of the seed whose year is not entered yet (at every start; cheap when current). */
    async loadReference(): Promise<number[]> {
      const done = new Set(parseYears(await settings.get(SEEDED_KEY)));
      const years = [...new Set(holidayNotices.map((n) => n.year))].filter((y) => !done.has(y)).sort();
      if (years.length === 0) return [];
      const at = isoInstant(clock.now());
      const r = await uow.write(systemActor('reference'), async (w) => {
        let added = 0;
        for (const year of years) {
          for (const e of entriesFromNotices(holidayNotices.filter((n) => n.year === year))) {
            if (
              await repo.insertDay(w.trx, {
                date: e.date,
                kind: e.kind,
                name_zh: e.nameZh,
                name_en: e.nameEn,
                source: e.source,
                updated_at: at,
                updated_by: null,
              })
            )
              added++;
          }
        }
        await settings.put(w.trx, SEEDED_KEY, JSON.stringify([...done, ...years].sort()), at);
        await w.audit({
          province: AUDIT_PROVINCE,
          action: 'calendar.seeded',
          entityType: 'calendar',
          entityId: null,
          details: { years, added },
        });
        return ok(years);
      });
      cache = undefined;
      if (!r.ok) throw new Error(`calendar seed failed: ${r.reason.code}`);
      return r.value;
    },

    /** True when people work on that date (see calendar.ts). */
    async isWorkingDay(date: string): Promise<boolean> {
      return isWorkingDay((await cached()).exceptions, date);
    },

    /** The Nth working day after `date` (before it when n < 0). Throws on an invalid date or count. */
    async addWorkingDays(date: string, n: number): Promise<string> {
      return addWorkingDays((await cached()).exceptions, date, n);
    },

    /** The exceptions of one year (or all), for any signed-in user. */
    async list(_actor: Actor, year?: number): Promise<Result<CalendarEntryView[]>> {
      const { entries } = await cached();
      return ok(year === undefined ? entries : entries.filter((e) => e.date.startsWith(`${year}-`)));
    },

    /** One date: working or not, and why. */
    async day(_actor: Actor, date: string): Promise<Result<CalendarDay>> {
      if (!isIsoDate(date)) return refuse('validation_failed', { errors: [invalidDate('/date')] });
      const c = await cached();
      const entry = c.entries.find((e) => e.date === date) ?? null;
      return ok({
        date,
        working: isWorkingDay(c.exceptions, date),
        weekend: isWeekend(date),
        entry,
        provisional: provisional(c.covered, date, date),
      });
    },

    /** "N working days after D", with whether every year it crosses is entered. */
    async workingDaysAfter(_actor: Actor, from: string, days: number): Promise<Result<WorkingDaysAnswer>> {
      const errors: FieldError[] = [];
      if (!isIsoDate(from)) errors.push(invalidDate('/from'));
      if (!Number.isInteger(days) || Math.abs(days) > MAX_WORKING_DAYS)
        errors.push(
          fieldError('/days', 'validation_failed', {
            zh: `天数应为不超过${MAX_WORKING_DAYS}的整数`,
            en: `Days must be a whole number up to ${MAX_WORKING_DAYS}`,
          }),
        );
      if (errors.length > 0) return refuse('validation_failed', { errors });
      const c = await cached();
      const date = addWorkingDays(c.exceptions, from, days);
      return ok({ from, days, date, provisional: provisional(c.covered, from, date) });
    },

    /** Adds an exception (administrators; audited). */
    async add(actor: Actor, date: string, input: EntryInput): Promise<Result<CalendarEntryView>> {
      const checked = checkEntry(date, input);
      if (!checked.ok) return checked;
      return saved(
        edit(actor, date, async (w) => {
          const row = {
            date,
            kind: input.kind,
            name_zh: input.nameZh.trim(),
            name_en: input.nameEn.trim(),
            source: input.source.trim(),
            updated_at: isoInstant(clock.now()),
            updated_by: actor.userId,
          };
          if (!(await repo.insertDay(w.trx, row))) return refuse('calendar_entry_exists');
          await w.audit({
            province: AUDIT_PROVINCE,
            action: 'calendar.entry_added',
            entityType: 'calendar_day',
            entityId: date,
            details: { kind: row.kind, nameZh: row.name_zh, source: row.source },
          });
          return ok(true);
        }),
      );
    },

    /** Changes an exception (administrators; audited with the value before). */
    async update(actor: Actor, date: string, input: EntryInput): Promise<Result<CalendarEntryView>> {
      const checked = checkEntry(date, input);
      if (!checked.ok) return checked;
      return saved(
        edit(actor, date, async (w) => {
          const before = await repo.findDay(w.trx, date);
          if (!before) return refuse('not_found');
          const patch = {
            kind: input.kind,
            name_zh: input.nameZh.trim(),
            name_en: input.nameEn.trim(),
            source: input.source.trim(),
            updated_at: isoInstant(clock.now()),
            updated_by: actor.userId,
          };
          if (!(await repo.updateDay(w.trx, date, patch))) return refuse('not_found');
          await w.audit({
            province: AUDIT_PROVINCE,
            action: 'calendar.entry_changed',
            entityType: 'calendar_day',
            entityId: date,
            details: {
              kind: patch.kind,
              nameZh: patch.name_zh,
              source: patch.source,
              before: { kind: before.kind, nameZh: before.name_zh, source: before.source },
            },
          });
          return ok(true);
        }),
      );
    },

    /** Removes an exception: the date goes back to the weekday rule (administrators; audited). */
    async remove(actor: Actor, date: string): Promise<Result<{ date: string }>> {
      if (!isIsoDate(date)) return refuse('validation_failed', { errors: [invalidDate('/date')] });
      const r = await edit(actor, date, async (w) => {
        const before = await repo.findDay(w.trx, date);
        if (!before || !(await repo.deleteDay(w.trx, date))) return refuse('not_found');
        await w.audit({
          province: AUDIT_PROVINCE,
          action: 'calendar.entry_removed',
          entityType: 'calendar_day',
          entityId: date,
          details: { before: { kind: before.kind, nameZh: before.name_zh, source: before.source } },
        });
        return ok(true);
      });
      return r.ok ? ok({ date }) : r;
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
