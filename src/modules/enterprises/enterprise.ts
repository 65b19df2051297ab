/**
 * Enterprise domain types (用人单位) and the pure validation of an enterprise's data: every rule
 * yields a field error with a stable code, and all errors of one input are reported together.
 * Division look-ups are injected (the regions index) so the same function serves the API, the
 * importer and tests.
 */
import { fieldError, type FieldError } from '../../core/result.js';
import { isIndustryCode } from '../catalog/index.js';
import { checkCreditCode } from './credit-code.js';

export const enterpriseSizes = ['micro', 'small', 'medium', 'large'] as const;
/** 微型 / 小型 / 中型 / 大型 (划型 by the 2011 SME classification rules). */
export type EnterpriseSize = (typeof enterpriseSizes)[number];

export const sizeLabels: Readonly<Record<EnterpriseSize, string>> = { micro: '微型', small: '小型', medium: '中型', large: '大型' };

export function isEnterpriseSize(s: string): s is EnterpriseSize {
  return (enterpriseSizes as readonly string[]).includes(s);
}

/** Reads a size from its code or its Chinese label (with or without 企业), e.g. '小型' or 'small'. */
export function parseSize(raw: string): EnterpriseSize | null {
  const s = raw.trim().replace(/企业$/, '').toLowerCase();
  if (isEnterpriseSize(s)) return s;
  const hit = enterpriseSizes.find((k) => sizeLabels[k] === s);
  return hit ?? null;
}

/** What a caller submits: strings as typed; optional fields may be absent or blank. */
export interface EnterpriseDraft {
  creditCode: string;
  name: string;
  industryCode: string;
  addressCode: string;
  address?: string | null | undefined;
  size?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
}

/** A validated, normalised enterprise. */
export interface EnterpriseData {
  creditCode: string;
  name: string;
  industryCode: string;
  addressCode: string;
  address: string;
  size: EnterpriseSize | null;
  contactName: string | null;
  contactPhone: string | null;
}

export interface ArrearsView {
  flagged: boolean;
  reason: string | null;
  date: string | null;
  by: string | null;
  at: string | null;
}

/** An enterprise as it leaves the service: the contact phone is always masked. */
export interface EnterpriseView {
  id: string;
  creditCode: string;
  name: string;
  industryCode: string;
  industryName: string | null;
  addressCode: string;
  addressName: string | null;
  address: string;
  size: EnterpriseSize | null;
  contactName: string | null;
  contactPhone: string | null;
  arrears: ArrearsView;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseRules {
  /** A known division code (the regions index). */
  isDivisionCode(code: string): boolean;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function blank(v: string | null | undefined): boolean {
  return v === null || v === undefined || v.trim() === '';
}

/** A mainland mobile (1[3-9] + 9 digits) or a landline with area code (0 + 2–3 digits, 7–8 digits, optional extension). */
export function normaliseContactPhone(raw: string): string | null {
  let s = raw.replace(/[\s()（）]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  const mobile = s.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(mobile)) return mobile;
  const land = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(s);
  if (!land) return null;
  return `${land[1] ?? ''}-${land[2] ?? ''}${land[3] ? `-${land[3]}` : ''}`;
}

/** Validates and normalises an enterprise; returns every field error found. */
export function validateEnterprise(input: EnterpriseDraft, rules: EnterpriseRules): Validated<EnterpriseData> {
  const errors: FieldError[] = [];
  const credit = checkCreditCode(input.creditCode);
  if (!credit.ok) errors.push(fieldError('creditCode', credit.problem));
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > 200) {
    errors.push(fieldError('name', 'validation_failed', { zh: '单位名称应为1至200个字', en: 'A name has 1 to 200 characters' }));
  }
  const industryCode = input.industryCode.trim().toUpperCase();
  if (!isIndustryCode(industryCode)) errors.push(fieldError('industryCode', 'industry_unknown'));
  const addressCode = input.addressCode.trim();
  if (!/^(\d{6}|\d{9})$/.test(addressCode) || !rules.isDivisionCode(addressCode)) {
    errors.push(
      fieldError('addressCode', 'division_unknown', {
        zh: '所在地应为现行的县级（6位）或乡镇级（9位）行政区划代码',
        en: 'The address must be a current county (6-digit) or township (9-digit) division code',
      }),
    );
  }
  const address = (input.address ?? '').trim();
  if (address.length > 300)
    errors.push(fieldError('address', 'validation_failed', { zh: '详细地址不超过300个字', en: 'The address has at most 300 characters' }));
  let size: EnterpriseSize | null = null;
  if (!blank(input.size)) {
    size = parseSize(input.size ?? '');
    if (size === null)
      errors.push(
        fieldError('size', 'validation_failed', { zh: '规模应为微型、小型、中型或大型', en: 'The size is micro, small, medium or large' }),
      );
  }
  const contactName = blank(input.contactName) ? null : (input.contactName ?? '').trim();
  if (contactName !== null && contactName.length > 50) {
    errors.push(
      fieldError('contactName', 'validation_failed', { zh: '联系人姓名不超过50个字', en: 'The contact name has at most 50 characters' }),
    );
  }
  let contactPhone: string | null = null;
  if (!blank(input.contactPhone)) {
    contactPhone = normaliseContactPhone(input.contactPhone ?? '');
    if (contactPhone === null) {
      errors.push(
        fieldError('contactPhone', 'phone_format', {
          zh: '联系电话应为11位手机号码或带区号的固定电话',
          en: 'The contact phone is an 11-digit mobile or a landline with area code',
        }),
      );
    }
  }
  if (errors.length > 0 || !credit.ok) return { ok: false, errors };
  return { ok: true, value: { creditCode: credit.value, name, industryCode, addressCode, address, size, contactName, contactPhone } };
}
