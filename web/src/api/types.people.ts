/** Types of the people routes (src/http/schemas/people.ts). */
import type { Paged } from './types';

export const educations = ['none', 'primary', 'junior', 'senior', 'vocational', 'college', 'bachelor', 'postgraduate'] as const;
export type Education = (typeof educations)[number];
export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];
export const insuranceKinds = ['unemployment', 'pension', 'injury', 'medical'] as const;
export const localityFields = ['hukouCode', 'residenceCode', 'employmentCode', 'insuredCode'] as const;
export type LocalityField = (typeof localityFields)[number];
export type RevealableField = 'idNumber' | 'phone' | 'bankAccount';

/** src/http/schemas/people.ts `Person` (personal numbers masked unless `masked` is false). */
export interface Person {
  id: string;
  province: string;
  name: string;
  namePinyin: string;
  idNumber: string;
  sex: Sex;
  birthDate: string;
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
  mergedInto: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  masked: boolean;
}

/** `PersonCreateBody` (with `version`: `PersonUpdateBody`). */
export interface PersonInput {
  name: string;
  idNumber: string;
  phone?: string | null;
  bankAccount?: string | null;
  hukouCode: string;
  residenceCode?: string | null;
  employmentCode?: string | null;
  insuredCode?: string | null;
  povertyRegistered?: boolean;
  povertyFrom?: string | null;
  povertyTo?: string | null;
  dibao?: boolean;
  dibaoFrom?: string | null;
  dibaoTo?: string | null;
  education?: Education | null;
  willingToGoOut?: boolean;
  expectedWageFen?: number | null;
  skills?: string[];
}

/** `PersonPage`: a page of people; `totalCapped` when the total is a lower bound. */
export interface PersonPage extends Paged<Person> {
  totalCapped: boolean;
}

/** `Histories` of GET /people/:id/records. */
export interface PersonRecords {
  occupations: Array<{ id: string; occupationCode: string; level: number | null; createdAt: string }>;
  employment: Array<{ id: string; enterpriseName: string; creditCode: string | null; divisionCode: string; occupationCode: string | null; startDate: string; endDate: string | null; monthlyWageFen: number | null; createdAt: string }>;
  insurance: Array<{ id: string; kind: string; divisionCode: string; startMonth: string; endMonth: string | null; contributionMonths: number; createdAt: string }>;
}
