/**
 * The kernel's small pure rules with hand-computed answers: the calendar built from hand-written
 * notices (override, cancelled make-up day, order, names, sources), the count limits of the
 * working-day arithmetic at their exact edges, a calendar entry's checks, retry spacing, stored
 * error text, and the parts of a readable record number.
 */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { messageFor } from '../../core/errors.js';
import { backoffMs, errorText } from './backoff.js';
import {
  addWorkingDays,
  entriesFromNotices,
  isCalendarKind,
  isWeekend,
  MAX_WORKING_DAYS,
  noticeSource,
  yearsBetween,
  type Exceptions,
} from './calendar.js';
import { checkEntry, invalidDate, toView } from './calendar.entry.js';
import type { HolidayNotice } from './calendar.seed.js';
import { newRunnerId } from './runner.js';
import { formatNumber, numberingPlace, numberingYear, placeLabel, shortPlaceName } from './numbering.js';

const none: Exceptions = new Map();

const first: HolidayNotice = {
  year: 2030,
  title: '关于2030年部分节假日安排的通知',
  document: '国办发明电〔2029〕7号',
  issued: '2029-11-12',
  periods: [
    // Tue 1 – Thu 3 Jan off; Sun 6 Jan worked.
    { nameZh: '元旦', nameEn: "New Year's Day", from: '2030-01-01', to: '2030-01-03', makeup: ['2030-01-06'] },
    // Sat 2 Feb off (one day); Sat 9 Feb and Sun 27 Jan worked, listed out of order.
    { nameZh: '春节', nameEn: 'Spring Festival', from: '2030-02-02', to: '2030-02-02', makeup: ['2030-02-09', '2030-01-27'] },
  ],
};
const later: HolidayNotice = {
  year: 2030,
  title: '关于2030年春节延长假期的通知',
  document: null,
  issued: '2030-01-20',
  // Sat 9 Feb is no longer worked; Sun 6 Jan stays a make-up day; 3 Jan is not a make-up day and stays off.
  cancelsMakeup: ['2030-02-09', '2030-01-03'],
  periods: [{ nameZh: '春节', nameEn: 'Spring Festival', from: '2030-02-02', to: '2030-02-03', makeup: [] }],
};

describe('calendar entries from notices', () => {
  it('one notice: days off in each period inclusive, make-up days named after their period, in date order', () => {
    const source = '关于2030年部分节假日安排的通知（国办发明电〔2029〕7号），2029-11-12';
    expect(entriesFromNotices([first])).toEqual([
      { date: '2030-01-01', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day", source },
      { date: '2030-01-02', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day", source },
      { date: '2030-01-03', kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day", source },
      { date: '2030-01-06', kind: 'makeup_workday', nameZh: '元旦调休上班', nameEn: "New Year's Day make-up working day", source },
      { date: '2030-01-27', kind: 'makeup_workday', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up working day', source },
      { date: '2030-02-02', kind: 'holiday', nameZh: '春节', nameEn: 'Spring Festival', source },
      { date: '2030-02-09', kind: 'makeup_workday', nameZh: '春节调休上班', nameEn: 'Spring Festival make-up working day', source },
    ]);
  });

  it('a later notice cancels a make-up day (only a make-up day) and overrides a date; its source says the number is unverified', () => {
    const entries = entriesFromNotices([first, later]);
    const laterSource = '关于2030年春节延长假期的通知（文号未核实 document number not verified），2030-01-20';
    expect(entries.map((e) => [e.date, e.kind, e.source === laterSource])).toEqual([
      ['2030-01-01', 'holiday', false],
      ['2030-01-02', 'holiday', false],
      ['2030-01-03', 'holiday', false],
      ['2030-01-06', 'makeup_workday', false],
      ['2030-01-27', 'makeup_workday', false],
      ['2030-02-02', 'holiday', true],
      ['2030-02-03', 'holiday', true],
    ]);
    // Without the later notice 9 Feb is worked; with it, an ordinary Saturday.
    const withFirst = new Map(entriesFromNotices([first]).map((e) => [e.date, e.kind]));
    const withBoth = new Map(entries.map((e) => [e.date, e.kind]));
    expect(addWorkingDays(withFirst, '2030-02-08', 1)).toBe('2030-02-09');
    expect(addWorkingDays(withBoth, '2030-02-08', 1)).toBe('2030-02-11');
  });

  it('a notice that cancels a make-up day no earlier notice set changes nothing; no notice, no entry', () => {
    expect(entriesFromNotices([{ ...later, periods: [] }])).toEqual([]);
    expect(entriesFromNotices([])).toEqual([]);
  });

  it('noticeSource: title, document number in full-width brackets, issue date', () => {
    expect(noticeSource(first)).toBe('关于2030年部分节假日安排的通知（国办发明电〔2029〕7号），2029-11-12');
    expect(noticeSource(later)).toBe('关于2030年春节延长假期的通知（文号未核实 document number not verified），2030-01-20');
  });
});

describe('working-day arithmetic at its edges', () => {
  it('accepts exactly MAX_WORKING_DAYS either way and refuses one more', () => {
    expect(MAX_WORKING_DAYS).toBe(2500);
    // 2500 working days without exceptions are 500 weeks: Mon 1 Jan 2024 + 3500 days = Mon 1 Aug 2033; back, − 3500 days = Mon 2 Jun 2014.
    expect(addWorkingDays(none, '2024-01-01', 2500)).toBe('2033-08-01');
    expect(addWorkingDays(none, '2024-01-01', -2500)).toBe('2014-06-02');
    expect(() => addWorkingDays(none, '2024-01-01', 2501)).toThrow('working-day count out of range: 2501');
    expect(() => addWorkingDays(none, '2024-01-01', -2501)).toThrow('working-day count out of range: -2501');
  });

  it('one working day before a Monday is the Friday; zero days is the date itself', () => {
    expect(addWorkingDays(none, '2026-11-30', -1)).toBe('2026-11-27');
    expect(addWorkingDays(none, '2026-11-29', 0)).toBe('2026-11-29');
    expect(addWorkingDays(none, '2026-11-27', 1)).toBe('2026-11-30');
  });

  it('yearsBetween: every year inclusive, in either order', () => {
    expect(yearsBetween('2024-12-31', '2026-01-01')).toEqual([2024, 2025, 2026]);
    expect(yearsBetween('2026-01-01', '2024-12-31')).toEqual([2024, 2025, 2026]);
    expect(yearsBetween('2025-03-01', '2025-03-01')).toEqual([2025]);
  });

  it('isCalendarKind and isWeekend', () => {
    expect(isCalendarKind('holiday')).toBe(true);
    expect(isCalendarKind('makeup_workday')).toBe(true);
    expect(isCalendarKind('workday')).toBe(false);
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-29')).toBe(true);
    expect(isWeekend('2026-11-27')).toBe(false);
    expect(isWeekend('2026-11-30')).toBe(false);
  });
});

describe('a calendar entry', () => {
  const entry = { kind: 'holiday' as const, nameZh: '春节', nameEn: 'Spring Festival', source: '通知' };
  const lengthMessage = (max: number) => ({ zh: `应为1至${max}个字符`, en: `Must have 1 to ${max} characters` });

  it('accepts names of 1 to 100 characters and a source of up to 500', () => {
    expect(checkEntry('2030-02-04', entry)).toEqual({ ok: true, value: true });
    expect(checkEntry('2030-02-04', { ...entry, nameZh: 'x'.repeat(100), nameEn: 'y'.repeat(100), source: 's'.repeat(500) })).toEqual({
      ok: true,
      value: true,
    });
  });

  it('refuses, with every field error at once, a bad date, an unknown kind, blank or one-too-long texts', () => {
    const r = checkEntry('2030-02-30', { kind: 'workday' as never, nameZh: ' ', nameEn: 'y'.repeat(101), source: 's'.repeat(501) });
    expect(r).toMatchObject({ ok: false, reason: { code: 'validation_failed' } });
    if (r.ok) return;
    expect(r.reason.errors).toEqual([
      { path: '/date', code: 'validation_failed', message: messageFor('policy_date_invalid') },
      { path: '/kind', code: 'validation_failed', message: messageFor('validation_failed') },
      { path: '/nameZh', code: 'validation_failed', message: lengthMessage(100) },
      { path: '/nameEn', code: 'validation_failed', message: lengthMessage(100) },
      { path: '/source', code: 'validation_failed', message: lengthMessage(500) },
    ]);
    const empty = checkEntry('2030-02-04', { ...entry, source: '' });
    expect(empty.ok ? [] : empty.reason.errors?.map((e) => e.path)).toEqual(['/source']);
  });

  it('a make-up working day must fall on a Saturday or Sunday', () => {
    const makeup = { ...entry, kind: 'makeup_workday' as const };
    expect(checkEntry('2030-02-09', makeup)).toEqual({ ok: true, value: true });
    expect(checkEntry('2030-02-10', makeup)).toEqual({ ok: true, value: true });
    expect(checkEntry('2030-02-08', makeup)).toMatchObject({ ok: false, reason: { code: 'calendar_makeup_not_weekend' } });
    // A holiday may fall on any day.
    expect(checkEntry('2030-02-08', entry)).toEqual({ ok: true, value: true });
  });

  it('invalidDate names the path with the catalogue words', () => {
    expect(invalidDate('/from')).toEqual({ path: '/from', code: 'validation_failed', message: messageFor('policy_date_invalid') });
  });

  it('toView: the row in API form; an unknown stored kind shows as a holiday', () => {
    const row = {
      date: '2030-02-09',
      kind: 'makeup_workday',
      name_zh: '春节调休上班',
      name_en: 'Spring Festival make-up working day',
      source: '通知',
      updated_at: '2029-11-12T00:00:00.000Z',
      updated_by: 'u1',
    };
    expect(toView(row)).toEqual({
      date: '2030-02-09',
      kind: 'makeup_workday',
      nameZh: '春节调休上班',
      nameEn: 'Spring Festival make-up working day',
      source: '通知',
      updatedAt: '2029-11-12T00:00:00.000Z',
      updatedBy: 'u1',
    });
    expect(toView({ ...row, kind: 'other', updated_by: null })).toMatchObject({ kind: 'holiday', updatedBy: null });
  });
});

describe('retry spacing and stored errors', () => {
  it('backoffMs: nothing before the first failure, then the base doubled per earlier failure, up to the cap', () => {
    expect(backoffMs(0, 10_000, 3_600_000)).toBe(0);
    expect(backoffMs(-1, 10_000, 3_600_000)).toBe(0);
    expect(backoffMs(1, 10_000, 3_600_000)).toBe(10_000);
    expect(backoffMs(2, 10_000, 3_600_000)).toBe(20_000);
    expect(backoffMs(4, 10_000, 3_600_000)).toBe(80_000);
    // 10 s × 2^8 = 2560 s, under the hour; 2^9 = 5120 s, capped.
    expect(backoffMs(9, 10_000, 3_600_000)).toBe(2_560_000);
    expect(backoffMs(10, 10_000, 3_600_000)).toBe(3_600_000);
    // The exponent stops at 30: 1 ms × 2^30, not 2^99.
    expect(backoffMs(31, 1, Number.MAX_SAFE_INTEGER)).toBe(2 ** 30);
    expect(backoffMs(100, 1, Number.MAX_SAFE_INTEGER)).toBe(2 ** 30);
  });

  it('errorText: the first line of the message, personal numbers masked, at most 500 characters', () => {
    expect(errorText(new Error('gateway refused\n    at stack line'))).toBe('gateway refused');
    expect(errorText('plain text thrown')).toBe('plain text thrown');
    expect(errorText(new Error('x'.repeat(600)))).toHaveLength(500);
    expect(errorText(new Error('no account 6222020200112233445 here'))).not.toContain('6222020200112233445');
  });
});

describe('readable record numbers', () => {
  it('shortPlaceName: the name people say', () => {
    expect(shortPlaceName('都安瑶族自治县')).toBe('都安');
    expect(shortPlaceName('环江毛南族自治县')).toBe('环江');
    expect(shortPlaceName('广西壮族自治区')).toBe('广西');
    expect(shortPlaceName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortPlaceName('内蒙古自治区')).toBe('内蒙古');
    expect(shortPlaceName('巴音郭楞蒙古自治州')).toBe('巴音郭楞');
    expect(shortPlaceName('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortPlaceName('克孜勒苏柯尔克孜自治州')).toBe('克孜勒苏');
    // Two or three nationalities in one name; the place itself may end in a character of one (黔东南).
    expect(shortPlaceName('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(shortPlaceName('湘西土家族苗族自治州')).toBe('湘西');
    expect(shortPlaceName('海西蒙古族藏族自治州')).toBe('海西');
    expect(shortPlaceName('积石山保安族东乡族撒拉族自治县')).toBe('积石山');
    expect(shortPlaceName('三都水族自治县')).toBe('三都');
    expect(shortPlaceName('大理白族自治州')).toBe('大理');
    expect(shortPlaceName('宁夏回族自治区')).toBe('宁夏');
    // Only a suffix at the end, and only a whole name.
    expect(shortPlaceName('市中区')).toBe('市中');
    expect(shortPlaceName('县城街道')).toBe('县城街道');
    expect(shortPlaceName('东城区街道')).toBe('东城区街道');
    expect(shortPlaceName('河池市')).toBe('河池');
    expect(shortPlaceName('金城江区')).toBe('金城江');
    expect(shortPlaceName('香港特别行政区')).toBe('香港');
    expect(shortPlaceName('大兴安岭地区')).toBe('大兴安岭');
    expect(shortPlaceName('锡林郭勒盟')).toBe('锡林郭勒');
    // A two-character name keeps its suffix; a name without one is unchanged.
    expect(shortPlaceName('城区')).toBe('城区');
    expect(shortPlaceName('矿区')).toBe('矿区');
    expect(shortPlaceName('全国')).toBe('全国');
  });

  it('numberingPlace: the county of a finer code, a coarser code itself', () => {
    expect(numberingPlace('451228101')).toBe('451228');
    expect(numberingPlace('451228')).toBe('451228');
    expect(numberingPlace('4512')).toBe('4512');
    expect(numberingPlace('')).toBe('');
  });

  it('placeLabel: 全国 for the whole country, the short name, the code when unknown', () => {
    const names: Record<string, string> = { '451228': '都安瑶族自治县' };
    const lookup = (code: string) => names[code];
    expect(placeLabel('', lookup)).toBe('全国');
    expect(placeLabel('451228', lookup)).toBe('都安');
    expect(placeLabel('451229', lookup)).toBe('451229');
  });

  it('numberingYear and formatNumber', () => {
    expect(numberingYear('2026-12-31')).toBe(2026);
    expect(numberingYear('2027-01-01')).toBe(2027);
    expect(formatNumber('都安', 2026, '', 123)).toBe('都安-2026-000123');
    expect(formatNumber('都安', 2026, '付', 45)).toBe('都安-2026-付000045');
    expect(formatNumber('都安', 2026, '', 1234567)).toBe('都安-2026-1234567');
  });
});

describe('runner ids', () => {
  it('host, process id and eight random hex digits', () => {
    const id = newRunnerId();
    expect(id.startsWith(`${os.hostname()}:${process.pid}:`)).toBe(true);
    expect(id).toMatch(/:[0-9a-f]{8}$/);
    expect(newRunnerId()).not.toBe(id);
  });
});
