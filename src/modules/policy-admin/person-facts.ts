/**
 * The one mapping from a registry record to policy facts (pure): the four localities, 建档立卡 and
 * 低保 status on the decision date, birth date, unemployment-insurance months and first insured
 * date, current employment. Claim facts are merged on top for what the registry does not know.
 * Used for single decisions, for entitlements and (row by row) for what-if columns, so all three
 * read the registry the same way.
 */
import { monthsBetween } from '../../core/dates.js';
import { FACT_KEYS, type FactKey, type Facts } from '../../policy/index.js';
import type { PersonFactsRecord } from '../people/index.js';

/** The registry data the mapping reads: a person and their histories, as the people module serves them. */
export type RegistryRecord = Omit<PersonFactsRecord, 'id'>;

/** Facts the registry fills; a claim cannot replace them (the registry is the record). */
export const REGISTRY_FACTS = [
  'birthDate',
  'migrantWorker',
  'povertyRegistered',
  'hukouRegion',
  'residenceRegion',
  'employmentRegion',
  'insuredRegion',
  'employedNow',
  'contributionMonths',
  'firstInsuredDate',
  'household',
] as const satisfies readonly (keyof Facts)[];

/** A place code as facts take it: 6-digit county or 9-digit township (longer village codes cut to the township). */
export function placeFact(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  if (code.length >= 9) return code.slice(0, 9);
  return code.length >= 6 ? code.slice(0, 6) : undefined;
}

/** True when a status flagged with optional dates is in force on the date. */
export function activeOn(flag: boolean, from: string | null, to: string | null, asOf: string): boolean {
  return flag && (from === null || from <= asOf) && (to === null || asOf <= to);
}

/** Unemployment-insurance months paid by the decision date (a record still running counts only the months elapsed). */
export function contributionMonthsOn(insurance: RegistryRecord['insurance'], asOf: string): number {
  const month = asOf.slice(0, 7);
  let total = 0;
  for (const r of insurance) {
    if (r.kind !== 'unemployment' || r.startMonth > month) continue;
    const endsAfter = r.endMonth === null || r.endMonth > month;
    const elapsed = monthsBetween(`${r.startMonth}-01`, `${month}-01`) + 1;
    total += endsAfter ? Math.min(r.contributionMonths, Math.max(0, elapsed)) : r.contributionMonths;
  }
  return total;
}

function currentJob(r: RegistryRecord, asOf: string): RegistryRecord['employment'][number] | undefined {
  return r.employment.find((e) => e.startDate <= asOf && (e.endDate === null || asOf <= e.endDate));
}

/**
 * Facts from the registry on a date. Everyone in the registry is a registered rural labourer
 * (migrantWorker); household is 'dibao' only when 低保 is in force (the registry does not record
 * low-income status, so otherwise the claim says it). Employed now: a job record covers the date,
 * or, for a person without job records, an employment place is recorded.
 */
export function personFacts(r: RegistryRecord, asOf: string): Facts {
  const f: Facts = {
    birthDate: r.birthDate,
    migrantWorker: true,
    povertyRegistered: activeOn(r.povertyRegistered, r.povertyFrom, r.povertyTo, asOf),
  };
  const job = currentJob(r, asOf);
  const ui = r.insurance.filter((x) => x.kind === 'unemployment' && x.startMonth <= asOf.slice(0, 7));
  const latestUi = [...ui].sort((a, b) => (a.startMonth < b.startMonth ? 1 : -1))[0];
  const places: [keyof Facts, string | undefined][] = [
    ['hukouRegion', placeFact(r.hukouCode)],
    ['residenceRegion', placeFact(r.residenceCode)],
    ['employmentRegion', placeFact(r.employmentCode ?? job?.divisionCode)],
    ['insuredRegion', placeFact(r.insuredCode ?? latestUi?.divisionCode)],
  ];
  for (const [k, v] of places) if (v !== undefined) Object.assign(f, { [k]: v });
  f.employedNow = job !== undefined || (r.employment.length === 0 && r.employmentCode !== null);
  if (job) f.continuousServiceMonths = Math.max(0, monthsBetween(job.startDate, asOf));
  if (activeOn(r.dibao, r.dibaoFrom, r.dibaoTo, asOf)) f.household = 'dibao';
  f.contributionMonths = contributionMonthsOn(r.insurance, asOf);
  const first = [...ui].sort((a, b) => (a.startMonth < b.startMonth ? -1 : 1))[0];
  if (first) f.firstInsuredDate = `${first.startMonth}-01`;
  return f;
}

/** Claim facts on top of registry facts; registry-held facts win (a claim cannot re-state the record). */
export function mergeClaimFacts(registry: Facts, claim: Facts): { facts: Facts; ignored: FactKey[] } {
  const facts: Facts = { ...claim };
  const ignored: FactKey[] = [];
  for (const k of FACT_KEYS) {
    const v = registry[k];
    if (v === undefined) continue;
    const c = claim[k];
    if (c !== undefined && c !== v) ignored.push(k);
    Object.assign(facts, { [k]: v });
  }
  return { facts, ignored };
}
