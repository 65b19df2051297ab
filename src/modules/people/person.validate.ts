/**
 * Pure validation of a person: every rule yields a field error with a stable code, and all errors
 * of one input are reported together. Division lookups are injected (the regions index), so the
 * same function runs in the service, in import worker threads and in tests.
 */
import { fieldError, type FieldError } from '../../core/result.js';
import type { ErrorCode } from '../../core/errors.js';
import { isIsoDate } from '../../core/dates.js';
import { parseIdNumber } from './id-number.js';
import { isEducation, type PersonInput, type ValidPerson } from './person.js';

/** The regions index as validation needs it. */
export interface DivisionRules {
  /** A known division code at any level. */
  isDivisionCode(code: string): boolean;
  /** A plausible 6-digit issuing address of an ID number (codes abolished since issue stay plausible). */
  isPlausibleAddressCode(code6: string): boolean;
}

export interface ValidationContext {
  /** Business date 'YYYY-MM-DD' (injectable clock). */
  today: string;
  divisions: DivisionRules;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Mainland mobile number: strips spaces, dashes and a +86/0086 prefix; null when not 1[3-9]\d{9}. */
export function normalisePhone(raw: string): string | null {
  let s = raw.replace(/[\s\-()]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  else if (s.length === 13 && s.startsWith('86')) s = s.slice(2);
  return /^1[3-9]\d{9}$/.test(s) ? s : null;
}

/** Bank card / account number: digits only after removing spaces, 12–30 long. */
export function normaliseBankAccount(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, '');
  return /^\d{12,30}$/.test(s) ? s : null;
}

/** A locality is stored at the finest level known: a 6-digit county or a 9-digit township code. */
export function isLocalityCode(code: string, divisions: DivisionRules): boolean {
  return /^(\d{6}|\d{9})$/.test(code) && divisions.isDivisionCode(code);
}

function blank(v: string | null | undefined): boolean {
  return v === null || v === undefined || v.trim() === '';
}

function dateRange(
  errors: FieldError[],
  from: string | null | undefined,
  to: string | null | undefined,
  fromPath: string,
  toPath: string,
): [string | null, string | null] {
  const f = blank(from) ? null : (from ?? '').trim();
  const t = blank(to) ? null : (to ?? '').trim();
  if (f !== null && !isIsoDate(f))
    errors.push(fieldError(fromPath, 'validation_failed', { zh: '日期应为YYYY-MM-DD', en: 'A date must be YYYY-MM-DD' }));
  if (t !== null && !isIsoDate(t))
    errors.push(fieldError(toPath, 'validation_failed', { zh: '日期应为YYYY-MM-DD', en: 'A date must be YYYY-MM-DD' }));
  if (f !== null && t !== null && isIsoDate(f) && isIsoDate(t) && t < f) {
    errors.push(fieldError(toPath, 'validation_failed', { zh: '结束日期早于开始日期', en: 'The end date is before the start date' }));
  }
  return [f, t];
}

/** Validates and normalises a person; returns every field error found. */
export function validatePerson(input: PersonInput, ctx: ValidationContext): Validated<ValidPerson> {
  const errors: FieldError[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > 50) {
    errors.push(fieldError('name', 'validation_failed', { zh: '姓名应为1至50个字', en: 'A name has 1 to 50 characters' }));
  }
  const id = parseIdNumber(input.idNumber, { today: ctx.today, isPlausibleAddressCode: (c) => ctx.divisions.isPlausibleAddressCode(c) });
  if (!id.ok) errors.push(fieldError('idNumber', id.code));

  let phone: string | null = null;
  if (!blank(input.phone)) {
    phone = normalisePhone(input.phone ?? '');
    if (phone === null) errors.push(fieldError('phone', 'phone_format'));
  }
  let bankAccount: string | null = null;
  if (!blank(input.bankAccount)) {
    bankAccount = normaliseBankAccount(input.bankAccount ?? '');
    if (bankAccount === null) errors.push(fieldError('bankAccount', 'bank_account_format'));
  }

  const locality = (path: string, v: string | null | undefined, required: boolean): string | null => {
    if (blank(v)) {
      if (required) errors.push(fieldError(path, 'validation_failed', { zh: '必须填写', en: 'Required' }));
      return null;
    }
    const code = (v ?? '').trim();
    if (!isLocalityCode(code, ctx.divisions)) errors.push(fieldError(path, 'division_unknown'));
    return code;
  };
  const hukouCode = locality('hukouCode', input.hukouCode, true) ?? '';
  const residenceCode = locality('residenceCode', input.residenceCode, false);
  const employmentCode = locality('employmentCode', input.employmentCode, false);
  const insuredCode = locality('insuredCode', input.insuredCode, false);

  const [povertyFrom, povertyTo] = dateRange(errors, input.povertyFrom, input.povertyTo, 'povertyFrom', 'povertyTo');
  const [dibaoFrom, dibaoTo] = dateRange(errors, input.dibaoFrom, input.dibaoTo, 'dibaoFrom', 'dibaoTo');

  const education = input.education ?? null;
  if (education !== null && !isEducation(education)) errors.push(fieldError('education', 'validation_failed'));
  const wage = input.expectedWageFen ?? null;
  if (wage !== null && (!Number.isSafeInteger(wage) || wage < 0)) {
    errors.push(
      fieldError('expectedWageFen', 'validation_failed', {
        zh: '期望月薪应为非负整数（分）',
        en: 'The expected wage is a non-negative integer in fen',
      }),
    );
  }
  const skills = (input.skills ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  if (skills.length > 50 || skills.some((s) => s.length > 50)) errors.push(fieldError('skills', 'validation_failed'));
  const province = blank(input.province) ? hukouCode.slice(0, 2) : (input.province ?? '').trim();
  if (!/^\d{2}$/.test(province)) errors.push(fieldError('province', 'division_unknown'));

  if (errors.length > 0 || !id.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      idNumber: id.value.idNumber,
      birthDate: id.value.birthDate,
      sex: id.value.sex,
      phone,
      bankAccount,
      hukouCode,
      residenceCode,
      employmentCode,
      insuredCode,
      povertyRegistered: input.povertyRegistered ?? false,
      povertyFrom,
      povertyTo,
      dibao: input.dibao ?? false,
      dibaoFrom,
      dibaoTo,
      education,
      willingToGoOut: input.willingToGoOut ?? false,
      expectedWageFen: wage,
      skills,
      province,
    },
  };
}

/** Codes a validation error may carry (documented for the import template). */
export const personErrorCodes: ErrorCode[] = [
  'validation_failed',
  'id_number_format',
  'id_number_checksum',
  'id_number_birth_date',
  'id_number_birth_future',
  'id_number_address',
  'id_number_scientific',
  'phone_format',
  'bank_account_format',
  'division_unknown',
];
