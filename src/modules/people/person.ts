/**
 * Domain types of the worker registry (people): what an officer enters, what validation yields,
 * and the masked view that leaves the server. Pure; no SQL.
 */
import type { Sex } from './id-number.js';

export type { Sex } from './id-number.js';

/** 文化程度, coarse levels used by matching and reports. */
export const educations = ['none', 'primary', 'junior', 'senior', 'vocational', 'college', 'bachelor', 'postgraduate'] as const;
export type Education = (typeof educations)[number];

/** Social-insurance kinds kept in a person's insurance history. */
export const insuranceKinds = ['unemployment', 'pension', 'injury', 'medical'] as const;
export type InsuranceKind = (typeof insuranceKinds)[number];

/** The four localities of a person (户籍地, 常住地, 就业地, 参保地). */
export const localityFields = ['hukouCode', 'residenceCode', 'employmentCode', 'insuredCode'] as const;
export type LocalityField = (typeof localityFields)[number];

export function isEducation(s: string): s is Education {
  return (educations as readonly string[]).includes(s);
}

export function isInsuranceKind(s: string): s is InsuranceKind {
  return (insuranceKinds as readonly string[]).includes(s);
}

/** What an officer (or an import row) gives for a person, before validation. */
export interface PersonInput {
  name: string;
  idNumber: string;
  phone?: string | null | undefined;
  bankAccount?: string | null | undefined;
  hukouCode: string;
  residenceCode?: string | null | undefined;
  employmentCode?: string | null | undefined;
  insuredCode?: string | null | undefined;
  povertyRegistered?: boolean | undefined;
  povertyFrom?: string | null | undefined;
  povertyTo?: string | null | undefined;
  dibao?: boolean | undefined;
  dibaoFrom?: string | null | undefined;
  dibaoTo?: string | null | undefined;
  education?: Education | null | undefined;
  willingToGoOut?: boolean | undefined;
  expectedWageFen?: number | null | undefined;
  skills?: string[] | undefined;
  /** A province assigned by an officer; defaults to the province of the hukou. */
  province?: string | null | undefined;
}

/** A validated, normalised person (ID number with upper-case X, phone as 11 digits). */
export interface ValidPerson {
  name: string;
  idNumber: string;
  birthDate: string;
  sex: Sex;
  phone: string | null;
  bankAccount: string | null;
  hukouCode: string;
  residenceCode: string | null;
  employmentCode: string | null;
  insuredCode: string | null;
  povertyRegistered: boolean;
  povertyFrom: string | null;
  povertyTo: string | null;
  dibao: boolean;
  dibaoFrom: string | null;
  dibaoTo: string | null;
  education: Education | null;
  willingToGoOut: boolean;
  expectedWageFen: number | null;
  skills: string[];
  province: string;
}

/** A person as it leaves the server: personal numbers masked unless `masked` is false (own record). */
export interface PersonView extends ValidPerson {
  id: string;
  namePinyin: string;
  mergedInto: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  masked: boolean;
}

/** Fields an officer may reveal one at a time (audited). */
export const revealableFields = ['idNumber', 'phone', 'bankAccount'] as const;
export type RevealableField = (typeof revealableFields)[number];
