/** Conversion between a person and the person form's values (which are the request body's fields). */
import type { Person, PersonInput, RevealableField } from '../../api/types';
import type { PersonUpdate } from '../../api/people';

const blank = (s: string | null | undefined) => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

/** The form's values: the body's fields, plus "clear this value" for the masked phone and bank account. */
export type PersonFormValues = PersonInput & { clearPhone?: boolean; clearBankAccount?: boolean };

/** The masked personal numbers an edit form shows (as hints) instead of the values. */
export type MaskedNumbers = { idNumber: string; phone: string | null; bankAccount: string | null };

/** The request body for create: trimmed, empty text as null, flags as booleans. */
export function inputOf(v: PersonFormValues): PersonInput {
  return {
    name: v.name.trim(),
    idNumber: (v.idNumber ?? '').trim(),
    phone: blank(v.phone),
    bankAccount: blank(v.bankAccount),
    hukouCode: v.hukouCode,
    residenceCode: blank(v.residenceCode),
    employmentCode: blank(v.employmentCode),
    insuredCode: blank(v.insuredCode),
    povertyRegistered: v.povertyRegistered ?? false,
    dibao: v.dibao ?? false,
    willingToGoOut: v.willingToGoOut ?? false,
    povertyFrom: blank(v.povertyFrom),
    povertyTo: blank(v.povertyTo),
    dibaoFrom: blank(v.dibaoFrom),
    dibaoTo: blank(v.dibaoTo),
    education: v.education ?? null,
    expectedWageFen: v.expectedWageFen ?? null,
    skills: v.skills ?? [],
  };
}

/**
 * The request body for an edit. The personal numbers were shown masked, never in clear: one
 * left empty is sent as `keep` (the server keeps the stored value, and no reveal happens);
 * "clear this value" sends null; a typed value replaces the stored one.
 */
export function updateOf(v: PersonFormValues, version: number): PersonUpdate {
  const input = inputOf(v);
  const keep: RevealableField[] = [];
  if (input.idNumber === '') keep.push('idNumber');
  if (input.phone === null && !v.clearPhone) keep.push('phone');
  if (input.bankAccount === null && !v.clearBankAccount) keep.push('bankAccount');
  return { ...input, idNumber: input.idNumber === '' ? undefined : input.idNumber, keep, version };
}

/** Form values of an existing person: the personal numbers empty (kept unless typed anew). */
export function valuesOf(p: Person): PersonFormValues {
  return {
    name: p.name,
    idNumber: '',
    phone: null,
    bankAccount: null,
    hukouCode: p.hukouCode,
    residenceCode: p.residenceCode,
    employmentCode: p.employmentCode,
    insuredCode: p.insuredCode,
    povertyRegistered: p.povertyRegistered,
    povertyFrom: p.povertyFrom,
    povertyTo: p.povertyTo,
    dibao: p.dibao,
    dibaoFrom: p.dibaoFrom,
    dibaoTo: p.dibaoTo,
    education: p.education,
    willingToGoOut: p.willingToGoOut,
    expectedWageFen: p.expectedWageFen,
    skills: p.skills,
  };
}
