/**
 * A person's child histories (pure): occupations held (职业分类大典 2022 codes), employment and
 * social-insurance records, their inputs, views and validation.
 */
import { fieldError, type FieldError } from '../../core/result.js';
import { isIsoDate } from '../../core/dates.js';
import { isInsuranceKind, type InsuranceKind } from './person.js';
import { isLocalityCode, type DivisionRules, type Validated } from './person.validate.js';

export interface OccupationInput {
  occupationCode: string;
  level?: number | null | undefined;
}
export interface OccupationView {
  id: string;
  occupationCode: string;
  level: number | null;
  createdAt: string;
}

export interface EmploymentInput {
  enterpriseName: string;
  /** The registered enterprise, when the employer is on the platform (an employer's claims rely on it). */
  enterpriseId?: string | null | undefined;
  creditCode?: string | null | undefined;
  divisionCode: string;
  occupationCode?: string | null | undefined;
  startDate: string;
  endDate?: string | null | undefined;
  monthlyWageFen?: number | null | undefined;
}
export interface EmploymentView {
  id: string;
  enterpriseName: string;
  enterpriseId: string | null;
  creditCode: string | null;
  divisionCode: string;
  occupationCode: string | null;
  startDate: string;
  endDate: string | null;
  monthlyWageFen: number | null;
  createdAt: string;
}

export interface InsuranceInput {
  kind: InsuranceKind;
  divisionCode: string;
  startMonth: string;
  endMonth?: string | null | undefined;
  contributionMonths: number;
}
export interface InsuranceView {
  id: string;
  kind: InsuranceKind;
  divisionCode: string;
  startMonth: string;
  endMonth: string | null;
  contributionMonths: number;
  createdAt: string;
}

/** All three histories of a person. */
export interface PersonHistories {
  occupations: OccupationView[];
  employment: EmploymentView[];
  insurance: InsuranceView[];
}

/** 职业分类大典 code of an occupation, e.g. 6-18-01-01 (the catalogue itself is checked by the service when loaded). */
export const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateOccupation(i: OccupationInput): Validated<OccupationInput> {
  const errors: FieldError[] = [];
  if (!OCCUPATION_CODE.test(i.occupationCode)) errors.push(fieldError('occupationCode', 'occupation_unknown'));
  if (i.level !== null && i.level !== undefined && !(Number.isInteger(i.level) && i.level >= 1 && i.level <= 5)) {
    errors.push(fieldError('level', 'validation_failed', { zh: '技能等级为1至5级', en: 'A skill level is 1 to 5' }));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: i };
}

export function validateEmployment(i: EmploymentInput, divisions: DivisionRules): Validated<EmploymentInput> {
  const errors: FieldError[] = [];
  if (i.enterpriseName.trim() === '' || i.enterpriseName.length > 200) errors.push(fieldError('enterpriseName', 'validation_failed'));
  if (!isLocalityCode(i.divisionCode, divisions)) errors.push(fieldError('divisionCode', 'division_unknown'));
  if (i.occupationCode && !OCCUPATION_CODE.test(i.occupationCode)) errors.push(fieldError('occupationCode', 'occupation_unknown'));
  if (i.creditCode && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(i.creditCode)) errors.push(fieldError('creditCode', 'credit_code_format'));
  if (!isIsoDate(i.startDate)) errors.push(fieldError('startDate', 'validation_failed'));
  if (i.endDate && (!isIsoDate(i.endDate) || i.endDate < i.startDate)) errors.push(fieldError('endDate', 'validation_failed'));
  if (i.monthlyWageFen !== null && i.monthlyWageFen !== undefined && !(Number.isSafeInteger(i.monthlyWageFen) && i.monthlyWageFen >= 0)) {
    errors.push(fieldError('monthlyWageFen', 'validation_failed'));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...i, enterpriseName: i.enterpriseName.trim() } };
}

export function validateInsurance(i: InsuranceInput, divisions: DivisionRules): Validated<InsuranceInput> {
  const errors: FieldError[] = [];
  if (!isInsuranceKind(i.kind)) errors.push(fieldError('kind', 'validation_failed'));
  if (!isLocalityCode(i.divisionCode, divisions)) errors.push(fieldError('divisionCode', 'division_unknown'));
  if (!MONTH.test(i.startMonth)) errors.push(fieldError('startMonth', 'validation_failed'));
  if (i.endMonth && (!MONTH.test(i.endMonth) || i.endMonth < i.startMonth)) errors.push(fieldError('endMonth', 'validation_failed'));
  if (!(Number.isInteger(i.contributionMonths) && i.contributionMonths >= 0 && i.contributionMonths <= 1200)) {
    errors.push(fieldError('contributionMonths', 'validation_failed'));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: i };
}
