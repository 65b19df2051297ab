/**
 * Between validated people and stored columns: encryption, blind indexes and pinyin on the way in,
 * decryption and masking on the way out. Pure given a cipher, so import worker threads can prepare
 * rows (validation + encryption + blind index) without a database connection.
 */
import type { Pii } from '../../crypto/pii.js';
import { maskBankAccount, maskIdNumber, maskPhone } from '../../crypto/mask.js';
import { fromFlag, toFlag } from '../../db/dialect.js';
import { namePinyin } from './pinyin.js';
import { isEducation, type PersonView, type ValidPerson } from './person.js';
import type { PersonDataColumns, PersonRow } from './person.table.js';

/** Blind index of a normalised ID number (upper-case X). */
export function idIndexOf(pii: Pick<Pii, 'blindIndex'>, idNumber: string): string {
  return pii.blindIndex('id', idNumber);
}

/** Blind index of a normalised 11-digit phone. */
export function phoneIndexOf(pii: Pick<Pii, 'blindIndex'>, phone: string): string {
  return pii.blindIndex('phone', phone);
}

/** The stored columns of a validated person. */
export function encodePerson(pii: Pick<Pii, 'encrypt' | 'blindIndex'>, p: ValidPerson): PersonDataColumns {
  const py = namePinyin(p.name);
  return {
    province: p.province,
    name: p.name,
    name_pinyin: py.full,
    name_initials: py.initials,
    id_enc: pii.encrypt(p.idNumber),
    id_index: idIndexOf(pii, p.idNumber),
    id_masked: maskIdNumber(p.idNumber),
    sex: p.sex,
    birth_date: p.birthDate,
    phone_enc: p.phone === null ? null : pii.encrypt(p.phone),
    phone_index: p.phone === null ? null : phoneIndexOf(pii, p.phone),
    phone_masked: p.phone === null ? null : maskPhone(p.phone),
    bank_enc: p.bankAccount === null ? null : pii.encrypt(p.bankAccount),
    bank_index: p.bankAccount === null ? null : pii.blindIndex('bank', p.bankAccount),
    hukou_code: p.hukouCode,
    residence_code: p.residenceCode,
    employment_code: p.employmentCode,
    insured_code: p.insuredCode,
    poverty_registered: toFlag(p.povertyRegistered),
    poverty_from: p.povertyFrom,
    poverty_to: p.povertyTo,
    dibao: toFlag(p.dibao),
    dibao_from: p.dibaoFrom,
    dibao_to: p.dibaoTo,
    education: p.education,
    willing_to_go_out: toFlag(p.willingToGoOut),
    expected_wage_fen: p.expectedWageFen,
    skills: JSON.stringify(p.skills),
  };
}

/** Columns compared to decide whether a re-imported row is unchanged (ciphertexts differ per write; indexes do not). */
const comparable: Array<keyof PersonDataColumns> = [
  'province',
  'name',
  'id_index',
  'sex',
  'birth_date',
  'phone_index',
  'bank_index',
  'hukou_code',
  'residence_code',
  'employment_code',
  'insured_code',
  'poverty_registered',
  'poverty_from',
  'poverty_to',
  'dibao',
  'dibao_from',
  'dibao_to',
  'education',
  'willing_to_go_out',
  'expected_wage_fen',
  'skills',
];

function eq(a: string | number | null, b: string | number | null): boolean {
  return a === b || (a !== null && b !== null && String(a) === String(b));
}

/** True when stored data equals the prepared data (numbers from either driver compared as numbers). */
export function sameData(stored: PersonDataColumns, next: PersonDataColumns): boolean {
  return comparable.every((k) => eq(stored[k], next[k]));
}

/** Names of the domain fields that differ (for audit details: names only, no values). */
export function changedFields(stored: PersonDataColumns, next: PersonDataColumns): string[] {
  const names: Record<string, string> = {
    id_index: 'idNumber',
    phone_index: 'phone',
    bank_index: 'bankAccount',
    hukou_code: 'hukouCode',
    residence_code: 'residenceCode',
    employment_code: 'employmentCode',
    insured_code: 'insuredCode',
    poverty_registered: 'povertyRegistered',
    poverty_from: 'povertyFrom',
    poverty_to: 'povertyTo',
    dibao_from: 'dibaoFrom',
    dibao_to: 'dibaoTo',
    willing_to_go_out: 'willingToGoOut',
    expected_wage_fen: 'expectedWageFen',
    birth_date: 'birthDate',
  };
  return comparable.filter((k) => !eq(stored[k], next[k])).map((k) => names[k] ?? k);
}

function parseSkills(s: string): string[] {
  const v: unknown = JSON.parse(s);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function num(v: number | string | null): number | null {
  return v === null ? null : Number(v);
}

/** The masked ID number of a stored person: the stored form (decision 238), or decrypted and masked on a row written before it. */
export function maskedIdNumberOf(pii: Pick<Pii, 'decrypt'>, row: Pick<PersonRow, 'id_enc' | 'id_masked'>): string {
  return row.id_masked ?? maskIdNumber(pii.decrypt(row.id_enc));
}

/** The masked phone of a stored person (null without one): the stored form, or decrypted and masked on a row written before it. */
export function maskedPhoneOf(pii: Pick<Pii, 'decrypt'>, row: Pick<PersonRow, 'phone_enc' | 'phone_masked'>): string | null {
  return row.phone_enc === null ? null : (row.phone_masked ?? maskPhone(pii.decrypt(row.phone_enc)));
}

/** The view of a stored person; masked unless the caller may see their own data. */
export function viewOf(pii: Pick<Pii, 'decrypt'>, row: PersonRow, masked: boolean): PersonView {
  // Masked views read the stored masked forms (decision 238); a row written before them is decrypted and masked.
  const idNumber = masked ? maskedIdNumberOf(pii, row) : pii.decrypt(row.id_enc);
  const phone = masked ? maskedPhoneOf(pii, row) : row.phone_enc === null ? null : pii.decrypt(row.phone_enc);
  const bank = row.bank_enc === null ? null : masked ? maskBankAccount(pii.decrypt(row.bank_enc)) : pii.decrypt(row.bank_enc);
  return {
    id: row.id,
    province: row.province,
    name: row.name,
    namePinyin: row.name_pinyin,
    idNumber,
    sex: row.sex === 'female' ? 'female' : 'male',
    birthDate: row.birth_date,
    phone,
    bankAccount: bank,
    hukouCode: row.hukou_code,
    residenceCode: row.residence_code,
    employmentCode: row.employment_code,
    insuredCode: row.insured_code,
    povertyRegistered: fromFlag(row.poverty_registered),
    povertyFrom: row.poverty_from,
    povertyTo: row.poverty_to,
    dibao: fromFlag(row.dibao),
    dibaoFrom: row.dibao_from,
    dibaoTo: row.dibao_to,
    education: row.education !== null && isEducation(row.education) ? row.education : null,
    willingToGoOut: fromFlag(row.willing_to_go_out),
    expectedWageFen: num(row.expected_wage_fen),
    skills: parseSkills(row.skills),
    mergedInto: row.merged_into,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    masked,
  };
}
