/**
 * The core primitives, case by case with hand-computed answers: calendar arithmetic at month ends
 * and leap days, the Shanghai business date at midnight, phone normalisation, refusals as values
 * and the error catalogue. Written so that a changed operator or constant in src/core fails a test
 * (mutation testing, docs/SECURITY.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysInMonth, fromDayNumber, isIsoDate, monthsBetween, toDayNumber } from './dates.js';
import { businessDate, fixedClock, isoInstant, systemClock } from './clock.js';
import { normalisePhone } from './phone.js';
import { catchRefusal, fieldError, ok, refuse, RefusalError } from './result.js';
import { defineErrors, messageFor, statusFor, type ErrorCode } from './errors.js';

// Modules define their own codes (decision 142): load every module's errors file so the checks below see them.
const modulesDir = fileURLToPath(new URL('../modules/', import.meta.url));
for (const dir of fs.readdirSync(modulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()))
  for (const file of fs.readdirSync(path.join(modulesDir, dir.name)).filter((f) => f.endsWith('.errors.ts')))
    await import(pathToFileURL(path.join(modulesDir, dir.name, file)).href);

describe('isIsoDate', () => {
  it('accepts real calendar dates only, in exactly YYYY-MM-DD', () => {
    const yes = ['2024-02-29', '2000-02-29', '2024-12-31', '2024-01-01', '2024-04-30', '1900-03-01', '0001-01-01'];
    const no = [
      '2023-02-29',
      '1900-02-29',
      '2024-00-10',
      '2024-13-01',
      '2024-04-31',
      '2024-01-00',
      '2024-01-32',
      '24-01-01',
      '2024-1-01',
      '2024-01-1',
      ' 2024-01-01',
      '2024-01-01 ',
      '2024-01-01T00:00',
      '2024/01/01',
      '',
    ];
    expect(yes.filter((d) => !isIsoDate(d))).toEqual([]);
    expect(no.filter((d) => isIsoDate(d))).toEqual([]);
  });

  it('counts days in a month with the Gregorian leap rule', () => {
    expect([
      daysInMonth(2024, 2),
      daysInMonth(2023, 2),
      daysInMonth(1900, 2),
      daysInMonth(2000, 2),
      daysInMonth(2024, 1),
      daysInMonth(2024, 4),
      daysInMonth(2024, 12),
    ]).toEqual([29, 28, 28, 29, 31, 30, 31]);
  });
});

describe('addMonths and addDays', () => {
  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-31', 1)).toBe('2024-06-30');
    expect(addMonths('2024-01-30', 1)).toBe('2024-02-29');
    expect(addMonths('2024-01-28', 1)).toBe('2024-02-28');
  });

  it('crosses years both ways and pads the year to four digits', () => {
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2024-05-10', -17)).toBe('2022-12-10');
    expect(addMonths('2024-05-10', 12)).toBe('2025-05-10');
    expect(addMonths('2024-05-10', 0)).toBe('2024-05-10');
    expect(addMonths('0999-12-01', 1)).toBe('1000-01-01');
    expect(addMonths('0100-02-03', -1)).toBe('0100-01-03');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2026-11-28', 60)).toBe('2027-01-27');
    expect(addDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('refuses a malformed date with an error naming it', () => {
    expect(() => addDays('2024/01/01', 1)).toThrow('not an ISO date: 2024/01/01');
    expect(() => addMonths('20240101', 1)).toThrow('not an ISO date');
  });
});

describe('monthsBetween and ageOn', () => {
  it('counts only completed months, with month ends counting as complete', () => {
    expect(monthsBetween('2024-01-15', '2024-02-14')).toBe(0);
    expect(monthsBetween('2024-01-15', '2024-02-15')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0); // 28 is not the end of a leap February
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2023-01-30', '2023-02-28')).toBe(1);
    expect(monthsBetween('2024-03-31', '2024-04-30')).toBe(1);
    expect(monthsBetween('2024-03-30', '2024-04-30')).toBe(1);
    expect(monthsBetween('2024-04-30', '2024-05-30')).toBe(1);
    expect(monthsBetween('2024-04-30', '2024-05-29')).toBe(0);
    expect(monthsBetween('2020-06-15', '2026-06-15')).toBe(72);
    expect(monthsBetween('2024-05-10', '2024-03-10')).toBe(-2);
    expect(monthsBetween('2024-05-10', '2024-03-09')).toBe(-3);
  });

  it('gives the age in whole years, the birthday itself counting', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('2010-11-28', '2026-11-27')).toBe(15);
    expect(ageOn('2010-11-28', '2026-11-28')).toBe(16);
    // Born on a leap day: the last day of February counts as the birthday.
    expect(ageOn('2000-02-29', '2026-02-27')).toBe(25);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(26);
  });
});

describe('day numbers', () => {
  it('numbers days from 1970-01-01 both ways', () => {
    // 1970 → 2000: 30 years with 7 leap days = 10,957 days; + 31 (January) + 29 (February 2000) = 11,017.
    expect([toDayNumber('1970-01-01'), toDayNumber('1970-01-02'), toDayNumber('1969-12-31'), toDayNumber('2000-03-01')]).toEqual([
      0, 1, -1, 11_017,
    ]);
    expect([fromDayNumber(0), fromDayNumber(1), fromDayNumber(-1), fromDayNumber(11_017)]).toEqual([
      '1970-01-01',
      '1970-01-02',
      '1969-12-31',
      '2000-03-01',
    ]);
  });
});

describe('clock', () => {
  it('gives the Shanghai business date: 16:00 UTC is midnight in Shanghai', () => {
    expect(businessDate(new Date('2026-11-28T15:59:59.999Z'))).toBe('2026-11-28');
    expect(businessDate(new Date('2026-11-28T16:00:00.000Z'))).toBe('2026-11-29');
    expect(businessDate(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(businessDate(new Date('2026-11-27T16:00:00.000Z'))).toBe('2026-11-28');
  });

  it('stores instants as UTC ISO strings with milliseconds', () => {
    expect(isoInstant(new Date(Date.UTC(2026, 10, 28, 2, 0, 0, 5)))).toBe('2026-11-28T02:00:00.005Z');
  });

  it('a fixed clock stays, advances and is set', () => {
    const c = fixedClock('2026-11-28T02:00:00.000Z');
    expect(c.now().toISOString()).toBe('2026-11-28T02:00:00.000Z');
    expect(c.now().toISOString()).toBe('2026-11-28T02:00:00.000Z');
    c.advance(90_000);
    expect(c.now().toISOString()).toBe('2026-11-28T02:01:30.000Z');
    c.advance(-30_000);
    expect(c.now().toISOString()).toBe('2026-11-28T02:01:00.000Z');
    c.set('2027-01-27T16:00:00.000Z');
    expect(c.now().toISOString()).toBe('2027-01-27T16:00:00.000Z');
  });

  it('the system clock is the real time', () => {
    const before = Date.now();
    const t = systemClock.now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });
});

describe('normalisePhone', () => {
  it('accepts mainland mobiles with +86/0086, spaces and dashes', () => {
    expect(normalisePhone('13907781234')).toBe('13907781234');
    expect(normalisePhone('+86 139-0778-1234')).toBe('13907781234');
    expect(normalisePhone('+8613907781234')).toBe('13907781234');
    expect(normalisePhone('0086 139 0778 1234')).toBe('13907781234');
    expect(normalisePhone(' 19907781234\t')).toBe('19907781234');
    expect(normalisePhone('13000000000')).toBe('13000000000');
  });

  it('refuses other numbers', () => {
    for (const raw of [
      '12907781234',
      '10907781234',
      '1390778123',
      '139077812345',
      '8613907781234',
      '08613907781234',
      '+85213907781234',
      '139o7781234',
      '23907781234',
      '+86',
      '',
      '+86 1390778123',
    ]) {
      expect(normalisePhone(raw), raw).toBeNull();
    }
  });
});

describe('refusals as values', () => {
  it('ok wraps a value', () => {
    expect(ok(7)).toEqual({ ok: true, value: 7 });
    expect(ok(null)).toEqual({ ok: true, value: null });
  });

  it('refuse takes the catalogue message, or a specific one per language, and field errors only when given', () => {
    const plain = refuse('out_of_jurisdiction');
    expect(plain).toEqual({ ok: false, reason: { code: 'out_of_jurisdiction', message: messageFor('out_of_jurisdiction') } });
    expect('errors' in plain.reason).toBe(false);
    expect(refuse('forbidden', { zh: '只能为本辖区设定参数' }).reason.message).toEqual({
      zh: '只能为本辖区设定参数',
      en: messageFor('forbidden').en,
    });
    expect(refuse('forbidden', { en: 'Only your own area' }).reason.message).toEqual({
      zh: messageFor('forbidden').zh,
      en: 'Only your own area',
    });
    const fe = fieldError('phone', 'phone_format');
    expect(refuse('validation_failed', { errors: [fe] })).toEqual({
      ok: false,
      reason: { code: 'validation_failed', message: messageFor('validation_failed'), errors: [fe] },
    });
  });

  it('fieldError names the path and code with the catalogue message unless one is given', () => {
    expect(fieldError('idNumber', 'id_number_checksum')).toEqual({
      path: 'idNumber',
      code: 'id_number_checksum',
      message: messageFor('id_number_checksum'),
    });
    expect(fieldError('q', 'validation_failed', { zh: '中', en: 'E' })).toEqual({
      path: 'q',
      code: 'validation_failed',
      message: { zh: '中', en: 'E' },
    });
  });

  it('catchRefusal turns a RefusalError into a value and rethrows anything else', async () => {
    expect(await catchRefusal(async () => 5)).toEqual({ ok: true, value: 5 });
    const reason = refuse('version_conflict').reason;
    const err = new RefusalError(reason);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe('version_conflict');
    expect(err.reason).toBe(reason);
    expect(
      await catchRefusal(async () => {
        throw err;
      }),
    ).toEqual({ ok: false, reason });
    const boom = new Error('broken infrastructure');
    await expect(
      catchRefusal(async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });
});

/** The non-test source files under src/. */
function sources(): string[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) texts.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return texts;
}

/** Every code the source refuses with (refuse / fail / fieldError / messageFor / statusFor with a literal code). */
function codesRefusedWith(texts: string[]): ErrorCode[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b(?:refuse|fail|messageFor|statusFor)\(\s*'([a-z][a-z0-9_]*)'/g)) found.add(m[1] ?? '');
    for (const m of text.matchAll(/\bfieldError\([^,()]+,\s*'([a-z][a-z0-9_]*)'/g)) found.add(m[1] ?? '');
  }
  // Only names: the type system checks that each is an ErrorCode where it is used.
  return [...found].sort() as ErrorCode[];
}

/**
 * Every catalogue code named anywhere in the source as a literal (also in unions such as
 * IdNumberError, or passed on as a variable): the literals the catalogue answers for.
 */
function codesMentioned(texts: string[]): ErrorCode[] {
  const found = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/'([a-z][a-z0-9_]*)'/g)) found.add(m[1] ?? '');
  const inCatalogue = (name: string) => {
    if (name in Object.prototype) return false;
    try {
      messageFor(name as ErrorCode);
      return true;
    } catch {
      return false;
    }
  };
  return [...found].filter(inCatalogue).sort() as ErrorCode[];
}

describe('module error codes (decision 142)', () => {
  it('a module code is found once defined, and a second definition with other words throws', () => {
    const spec = { status: 409, zh: '测试用的冲突', en: 'A conflict for the test' };
    defineErrors({ test_module_code: spec });
    const code = 'test_module_code' as ErrorCode;
    expect(statusFor(code)).toBe(409);
    expect(messageFor(code)).toEqual({ zh: '测试用的冲突', en: 'A conflict for the test' });
    expect(() => defineErrors({ test_module_code: { ...spec } })).not.toThrow();
    expect(() => defineErrors({ test_module_code: { ...spec, status: 400 } })).toThrow(/defined twice/);
    expect(() => defineErrors({ test_module_code: { ...spec, zh: '别的说法' } })).toThrow(/defined twice/);
    expect(() => defineErrors({ not_found: { status: 404, zh: '找不到', en: 'Missing' } })).toThrow(/defined twice/);
    expect(() => messageFor('no_such_code_anywhere' as ErrorCode)).toThrow(/not defined/);
  });

  it('the benefits codes come from the benefits module and keep their status', () => {
    expect(statusFor('payment_in_effect')).toBe(409);
    expect(statusFor('claim_self_review')).toBe(403);
    expect(messageFor('reconciliation_file').zh).toBe('对账文件格式错误');
  });
});

describe('the error catalogue', () => {
  const texts = sources();
  const refusedWith = codesRefusedWith(texts);
  const codes = codesMentioned(texts);

  it('finds the codes the source refuses with, each in the catalogue', () => {
    expect(refusedWith.length).toBeGreaterThan(40);
    expect(refusedWith.filter((c) => !codes.includes(c))).toEqual([]);
    expect(codes).toEqual(
      expect.arrayContaining([
        'validation_failed',
        'out_of_jurisdiction',
        'forbidden',
        'unauthenticated',
        'reconsideration_expired',
        'id_number_checksum',
        'not_ready',
      ]),
    );
  });

  it('gives every code in use an HTTP error status and a message in Chinese and in English', () => {
    const bad = codes.filter((code) => {
      const status = statusFor(code);
      const m = messageFor(code);
      return !(
        Number.isInteger(status) &&
        status >= 400 &&
        status <= 599 &&
        /[\u4e00-\u9fff]/.test(m.zh) &&
        /^[\x20-\x7e‘’“”–—…]+$/.test(m.en) &&
        m.en.length >= 5
      );
    });
    expect(bad).toEqual([]);
  });

  it('maps the codes the API contract names to their statuses', () => {
    const statuses: Array<[ErrorCode, number]> = [
      ['validation_failed', 400],
      ['bad_request', 400],
      ['unauthenticated', 401],
      ['invalid_credentials', 401],
      ['forbidden', 403],
      ['account_disabled', 403],
      ['csrf_invalid', 403],
      ['out_of_jurisdiction', 404],
      ['not_found', 404],
      ['account_locked', 423],
      ['idempotency_conflict', 409],
      ['internal', 500],
    ];
    expect(statuses.map(([c]) => [c, statusFor(c)])).toEqual(statuses);
  });

  it('keeps the messages of different codes apart', () => {
    const zh = new Map<string, string>();
    const clashes: string[] = [];
    for (const code of codes) {
      const m = messageFor(code).zh;
      const other = zh.get(m);
      if (other !== undefined) clashes.push(`${other} = ${code}`);
      zh.set(m, code);
    }
    expect(clashes).toEqual([]);
  });
});
