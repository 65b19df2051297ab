/**
 * The region an audit entry about a person carries (decision 113): the person's owning locality,
 * the first of household registration, residence, employment and insured place that lies in the
 * person's province (the chain the entry goes to), else the household registration.
 */
import { provinceOf } from '../actor.js';

export interface PersonLocalities {
  province: string;
  hukou_code: string;
  residence_code: string | null;
  employment_code: string | null;
  insured_code: string | null;
}

export function personRegion(p: PersonLocalities): string {
  const codes = [p.hukou_code, p.residence_code, p.employment_code, p.insured_code];
  return codes.find((c): c is string => c !== null && provinceOf(c) === p.province) ?? p.hukou_code;
}
