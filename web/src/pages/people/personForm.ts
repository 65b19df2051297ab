/** Conversion between a person and the person form's values (which are the request body's fields). */
import type { Person, PersonInput } from '../../api/types';

const blank = (s: string | null | undefined) => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

/** The request body for create/update: trimmed, empty text as null, flags as booleans. */
export function inputOf(v: PersonInput): PersonInput {
  return {
    ...v,
    name: v.name.trim(),
    idNumber: v.idNumber.trim(),
    phone: blank(v.phone),
    bankAccount: blank(v.bankAccount),
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

/** Form values of an existing person, with the revealed personal numbers. */
export function valuesOf(p: Person, plain: { idNumber: string; phone: string | null; bankAccount: string | null }): PersonInput {
  return {
    name: p.name,
    idNumber: plain.idNumber,
    phone: plain.phone,
    bankAccount: plain.bankAccount,
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

/** The wage is stored in fen and edited in yuan. */
export const yuanField = {
  getValueProps: (fen: unknown) => ({ value: typeof fen === 'number' ? fen / 100 : undefined }),
  normalize: (yuan: unknown) => (typeof yuan === 'number' ? Math.round(yuan * 100) : null),
};
