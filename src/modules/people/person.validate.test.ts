/**
 * Validation of a person, rule by rule, with hand-made inputs just inside and just outside every
 * bound (name 50/51 characters, bank accounts of 11/12/30/31 digits, 50/51 skills, an end date the
 * day before its start, one fen below zero …). The ID number is GB 11643's published example
 * 11010519491231002X (朝阳区, born 1949-12-31, sequence 002: a woman).
 */
import { describe, expect, it } from 'vitest';
import { normaliseBankAccount, normalisePhone, validatePerson, type DivisionRules } from './person.validate.js';
import type { PersonInput } from './person.js';

const KNOWN = new Set(['110105', '451228', '451228100', '441900']);
const divisions: DivisionRules = {
  isDivisionCode: (c) => KNOWN.has(c),
  isPlausibleAddressCode: (c) => c === '110105' || c === '451228',
};
const ctx = { today: '2026-11-30', divisions };
const base: PersonInput = { name: '韦小红', idNumber: '11010519491231002X', hukouCode: '451228' };

/** The errors of an input as [path, code], or [] when it is valid. */
function errorsOf(extra: Partial<PersonInput>): Array<[string, string]> {
  const r = validatePerson({ ...base, ...extra }, ctx);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
}

function valueOf(extra: Partial<PersonInput>) {
  const r = validatePerson({ ...base, ...extra }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('validatePerson', () => {
  it('normalises a minimal person and fills every default', () => {
    expect(valueOf({ name: '  韦  小红 ' })).toEqual({
      name: '韦 小红',
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      phone: null,
      bankAccount: null,
      hukouCode: '451228',
      residenceCode: null,
      employmentCode: null,
      insuredCode: null,
      povertyRegistered: false,
      povertyFrom: null,
      povertyTo: null,
      dibao: false,
      dibaoFrom: null,
      dibaoTo: null,
      education: null,
      willingToGoOut: false,
      expectedWageFen: null,
      skills: [],
      province: '45',
    });
  });

  it('keeps the flags and values given', () => {
    const v = valueOf({
      povertyRegistered: true,
      dibao: true,
      willingToGoOut: true,
      education: 'college',
      expectedWageFen: 0,
      residenceCode: ' 451228100 ',
      employmentCode: '441900',
      insuredCode: '441900',
      province: ' 44 ',
    });
    expect([v.povertyRegistered, v.dibao, v.willingToGoOut, v.education, v.expectedWageFen]).toEqual([true, true, true, 'college', 0]);
    expect([v.residenceCode, v.employmentCode, v.insuredCode, v.province]).toEqual(['451228100', '441900', '441900', '44']);
  });

  it('a name has 1 to 50 characters after trimming', () => {
    expect(errorsOf({ name: '韦'.repeat(50) })).toEqual([]);
    expect(errorsOf({ name: '韦'.repeat(51) })).toEqual([['name', 'validation_failed']]);
    expect(errorsOf({ name: '   ' })).toEqual([['name', 'validation_failed']]);
    const r = validatePerson({ ...base, name: '' }, ctx);
    expect(!r.ok && r.errors[0]?.message).toEqual({ zh: '姓名应为1至50个字', en: 'A name has 1 to 50 characters' });
  });

  it('an ID number with a wrong check digit is refused with its code', () => {
    expect(errorsOf({ idNumber: '110105194912310021' })).toEqual([['idNumber', 'id_number_checksum']]);
  });

  it('a required household registration, and localities of 6 or 9 known digits', () => {
    expect(errorsOf({ hukouCode: ' ' })).toEqual([
      ['hukouCode', 'validation_failed'],
      ['province', 'division_unknown'],
    ]);
    const r = validatePerson({ ...base, hukouCode: '' }, ctx);
    expect(!r.ok && r.errors[0]?.message).toEqual({ zh: '必须填写', en: 'Required' });
    expect(errorsOf({ residenceCode: '4512281' })).toEqual([['residenceCode', 'division_unknown']]);
    expect(errorsOf({ employmentCode: '999999' })).toEqual([['employmentCode', 'division_unknown']]);
    expect(errorsOf({ insuredCode: '45122810' })).toEqual([['insuredCode', 'division_unknown']]);
    expect(errorsOf({ residenceCode: '  ' })).toEqual([]);
  });

  it('date ranges: ISO dates, the end not before the start (the same day is allowed)', () => {
    expect(valueOf({ povertyFrom: ' 2020-01-01 ', povertyTo: ' 2020-01-01 ' })).toMatchObject({
      povertyFrom: '2020-01-01',
      povertyTo: '2020-01-01',
    });
    expect(errorsOf({ povertyFrom: '2020-01-01', povertyTo: '2019-12-31' })).toEqual([['povertyTo', 'validation_failed']]);
    const r = validatePerson({ ...base, dibaoFrom: '2020-01-02', dibaoTo: '2020-01-01' }, ctx);
    expect(!r.ok && r.errors[0]).toMatchObject({
      path: 'dibaoTo',
      message: { zh: '结束日期早于开始日期', en: 'The end date is before the start date' },
    });
    expect(errorsOf({ povertyFrom: '2020/01/01' })).toEqual([['povertyFrom', 'validation_failed']]);
    expect(errorsOf({ dibaoTo: '2020-13-01' })).toEqual([['dibaoTo', 'validation_failed']]);
    const bad = validatePerson({ ...base, dibaoFrom: '1.1.2020', dibaoTo: '2.1.2020' }, ctx);
    const format = { zh: '日期应为YYYY-MM-DD', en: 'A date must be YYYY-MM-DD' };
    expect(!bad.ok && bad.errors).toEqual([
      { path: 'dibaoFrom', code: 'validation_failed', message: format },
      { path: 'dibaoTo', code: 'validation_failed', message: format },
    ]);
    // A start that is not a date is not compared with the end.
    expect(errorsOf({ povertyFrom: '9999-99-99', povertyTo: '2020-01-01' })).toEqual([['povertyFrom', 'validation_failed']]);
    expect(valueOf({ dibaoFrom: '', dibaoTo: ' ' })).toMatchObject({ dibaoFrom: null, dibaoTo: null });
  });

  it('education from the list; the expected wage a non-negative whole number of fen', () => {
    expect(errorsOf({ education: 'phd' as never })).toEqual([['education', 'validation_failed']]);
    expect(errorsOf({ expectedWageFen: -1 })).toEqual([['expectedWageFen', 'validation_failed']]);
    expect(errorsOf({ expectedWageFen: 1.5 })).toEqual([['expectedWageFen', 'validation_failed']]);
    expect(errorsOf({ expectedWageFen: 2 ** 53 })).toEqual([['expectedWageFen', 'validation_failed']]);
    const r = validatePerson({ ...base, expectedWageFen: -1 }, ctx);
    expect(!r.ok && r.errors[0]?.message).toEqual({
      zh: '期望月薪应为非负整数（分）',
      en: 'The expected wage is a non-negative integer in fen',
    });
  });

  it('skills are trimmed, blanks dropped; at most 50 of at most 50 characters', () => {
    expect(valueOf({ skills: [' 电工 ', '', '  ', '焊工'] }).skills).toEqual(['电工', '焊工']);
    expect(errorsOf({ skills: Array.from({ length: 50 }, (_, i) => `技能${i}`) })).toEqual([]);
    expect(errorsOf({ skills: Array.from({ length: 51 }, (_, i) => `技能${i}`) })).toEqual([['skills', 'validation_failed']]);
    expect(errorsOf({ skills: ['技'.repeat(50)] })).toEqual([]);
    expect(errorsOf({ skills: ['技'.repeat(51)] })).toEqual([['skills', 'validation_failed']]);
  });

  it('a province given must be two digits, nothing before or after', () => {
    expect(errorsOf({ province: '4' })).toEqual([['province', 'division_unknown']]);
    expect(errorsOf({ province: '4x' })).toEqual([['province', 'division_unknown']]);
    expect(errorsOf({ province: 'x44' })).toEqual([['province', 'division_unknown']]);
    expect(errorsOf({ province: '444' })).toEqual([['province', 'division_unknown']]);
    expect(errorsOf({ province: null as never })).toEqual([]);
  });

  it('optional values given as null count as not given', () => {
    expect(
      errorsOf({ phone: null as never, bankAccount: null as never, residenceCode: null as never, povertyFrom: null as never }),
    ).toEqual([]);
  });

  it('reports every error of one input together', () => {
    expect(errorsOf({ name: '', phone: '12345', bankAccount: 'abc', education: 'x' as never })).toEqual([
      ['name', 'validation_failed'],
      ['phone', 'phone_format'],
      ['bankAccount', 'bank_account_format'],
      ['education', 'validation_failed'],
    ]);
    expect(valueOf({ phone: '+86 138-0013-8000', bankAccount: '6222 0212 3456' })).toMatchObject({
      phone: '13800138000',
      bankAccount: '622202123456',
    });
  });
});

describe('normalisePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['(138)0013-8000', '13800138000'],
    ['19912345678', '19912345678'],
  ])('%s → %s', (raw, phone) => expect(normalisePhone(raw)).toBe(phone));

  it.each(['12800138000', '1380013800', '138001380001', '861380013800', '+8612800138000', '23800138000', 'a3800138000', 'xx13800138000'])(
    '%s is not a mainland mobile number',
    (raw) => expect(normalisePhone(raw)).toBeNull(),
  );
});

describe('normaliseBankAccount', () => {
  it('12 to 30 digits, spaces and dashes removed', () => {
    expect(normaliseBankAccount('6222-0212 3456')).toBe('622202123456');
    expect(normaliseBankAccount('1'.repeat(30))).toBe('1'.repeat(30));
    expect(normaliseBankAccount('1'.repeat(11))).toBeNull();
    expect(normaliseBankAccount('1'.repeat(31))).toBeNull();
    expect(normaliseBankAccount('62220212345X')).toBeNull();
  });
});
