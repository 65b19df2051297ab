/**
 * Between validated enterprises and stored columns: the contact phone is encrypted with a blind
 * index on the way in and masked on the way out. Pure given a cipher.
 */
import type { Pii } from '../../crypto/pii.js';
import { maskPhone } from '../../crypto/mask.js';
import { fromFlag } from '../../db/dialect.js';
import { provinceOf } from '../actor.js';
import { industryName } from '../catalog/index.js';
import { isEnterpriseSize, type EnterpriseData, type EnterpriseView } from './enterprise.js';
import type { EnterpriseRow } from './enterprise.table.js';

/** The data columns an enterprise's validated data fills (everything but id, arrears, version, times). */
export type EnterpriseDataColumns = Pick<
  EnterpriseRow,
  | 'province'
  | 'credit_code'
  | 'name'
  | 'industry_code'
  | 'address_code'
  | 'address'
  | 'size'
  | 'contact_name'
  | 'contact_phone_enc'
  | 'contact_phone_index'
>;

/** Blind index of a normalised contact phone. */
export function contactPhoneIndex(pii: Pick<Pii, 'blindIndex'>, phone: string): string {
  return pii.blindIndex('phone', phone);
}

export function encodeEnterprise(pii: Pick<Pii, 'encrypt' | 'blindIndex'>, d: EnterpriseData): EnterpriseDataColumns {
  return {
    province: provinceOf(d.addressCode),
    credit_code: d.creditCode,
    name: d.name,
    industry_code: d.industryCode,
    address_code: d.addressCode,
    address: d.address,
    size: d.size,
    contact_name: d.contactName,
    contact_phone_enc: d.contactPhone === null ? null : pii.encrypt(d.contactPhone),
    contact_phone_index: d.contactPhone === null ? null : contactPhoneIndex(pii, d.contactPhone),
  };
}

/** True when the stored row already holds exactly this data (re-imports are 'unchanged'). */
export function sameData(pii: Pick<Pii, 'blindIndex'>, row: EnterpriseRow, d: EnterpriseData): boolean {
  const phoneIndex = d.contactPhone === null ? null : contactPhoneIndex(pii, d.contactPhone);
  return (
    row.name === d.name &&
    row.industry_code === d.industryCode &&
    row.address_code === d.addressCode &&
    row.address === d.address &&
    row.size === d.size &&
    row.contact_name === d.contactName &&
    row.contact_phone_index === phoneIndex
  );
}

/** The fields that differ between a stored row and new data, with audit-safe before/after values. */
export function changesOf(
  pii: Pick<Pii, 'blindIndex'>,
  row: EnterpriseRow,
  d: EnterpriseData,
): { previous: Record<string, unknown>; changed: Record<string, unknown> } {
  const previous: Record<string, unknown> = {};
  const changed: Record<string, unknown> = {};
  const plain: Array<[string, unknown, unknown]> = [
    ['name', row.name, d.name],
    ['industryCode', row.industry_code, d.industryCode],
    ['addressCode', row.address_code, d.addressCode],
    ['address', row.address, d.address],
    ['size', row.size, d.size],
  ];
  for (const [k, before, after] of plain) {
    if (before !== after) {
      previous[k] = before;
      changed[k] = after;
    }
  }
  if (row.contact_name !== d.contactName) {
    previous.contactName = '[changed]';
    changed.contactName = '[changed]';
  }
  const phoneIndex = d.contactPhone === null ? null : contactPhoneIndex(pii, d.contactPhone);
  if (row.contact_phone_index !== phoneIndex) {
    previous.contactPhone = '[changed]';
    changed.contactPhone = '[changed]';
  }
  return { previous, changed };
}

/**
 * The contact phone to validate and store from an edit: the stored one when the form left it out
 * or sent back the masked value it was shown (the phone leaves the server masked); else what was sent.
 */
export function phoneFromEdit(stored: string | null, sent: string | null | undefined): string | null {
  if (sent === undefined) return stored;
  return stored !== null && sent === maskPhone(stored) ? stored : sent;
}

/** The plain contact phone of a row, or null. */
export function contactPhoneOf(pii: Pick<Pii, 'decrypt'>, row: Pick<EnterpriseRow, 'contact_phone_enc'>): string | null {
  return row.contact_phone_enc === null ? null : pii.decrypt(row.contact_phone_enc);
}

/** The outward view of a row: contact phone masked, codes named. */
export function viewOf(pii: Pick<Pii, 'decrypt'>, row: EnterpriseRow, divisionName: (code: string) => string | null): EnterpriseView {
  const phone = contactPhoneOf(pii, row);
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    industryCode: row.industry_code,
    industryName: industryName(row.industry_code),
    addressCode: row.address_code,
    addressName: divisionName(row.address_code),
    address: row.address,
    size: row.size !== null && isEnterpriseSize(row.size) ? row.size : null,
    contactName: row.contact_name,
    contactPhone: phone === null ? null : maskPhone(phone),
    arrears: {
      flagged: fromFlag(row.arrears_flag),
      reason: row.arrears_reason,
      date: row.arrears_date,
      by: row.arrears_by,
      at: row.arrears_at,
    },
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The data of a stored row, as validated data (to merge a partial update onto). */
export function dataOf(pii: Pick<Pii, 'decrypt'>, row: EnterpriseRow): EnterpriseData {
  return {
    creditCode: row.credit_code,
    name: row.name,
    industryCode: row.industry_code,
    addressCode: row.address_code,
    address: row.address,
    size: row.size !== null && isEnterpriseSize(row.size) ? row.size : null,
    contactName: row.contact_name,
    contactPhone: contactPhoneOf(pii, row),
  };
}
