/**
 * System-level registry reader for policy decisions: a person's record with employment and
 * insurance histories, and a paged stream of live people in a jurisdiction with the same data.
 * Callers check access (this reader trusts its caller, like the worker sign-in matcher); no
 * personal numbers are read, so nothing is decrypted.
 */
import type { Deps } from '../deps.js';
import * as repo from './person-facts.repository.js';
import type { ValidPerson } from './person.js';

/** A person as policy facts need them (see policy-admin/person-facts.ts). */
export interface PersonFactsRecord extends Pick<
  ValidPerson,
  | 'birthDate'
  | 'hukouCode'
  | 'residenceCode'
  | 'employmentCode'
  | 'insuredCode'
  | 'povertyRegistered'
  | 'povertyFrom'
  | 'povertyTo'
  | 'dibao'
  | 'dibaoFrom'
  | 'dibaoTo'
> {
  id: string;
  employment: { divisionCode: string; startDate: string; endDate: string | null }[];
  insurance: { kind: string; divisionCode: string; startMonth: string; endMonth: string | null; contributionMonths: number }[];
}

function record(p: repo.FactPersonRow, emp: readonly repo.FactEmploymentRow[], ins: readonly repo.FactInsuranceRow[]): PersonFactsRecord {
  return {
    id: p.id,
    birthDate: p.birth_date,
    hukouCode: p.hukou_code,
    residenceCode: p.residence_code,
    employmentCode: p.employment_code,
    insuredCode: p.insured_code,
    povertyRegistered: Number(p.poverty_registered) === 1,
    povertyFrom: p.poverty_from,
    povertyTo: p.poverty_to,
    dibao: Number(p.dibao) === 1,
    dibaoFrom: p.dibao_from,
    dibaoTo: p.dibao_to,
    employment: emp.map((e) => ({ divisionCode: e.division_code, startDate: e.start_date, endDate: e.end_date })),
    insurance: ins.map((i) => ({
      kind: i.kind,
      divisionCode: i.division_code,
      startMonth: i.start_month,
      endMonth: i.end_month,
      contributionMonths: Number(i.contribution_months),
    })),
  };
}

function groupBy<T extends { person_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const g = m.get(r.person_id);
    if (g) g.push(r);
    else m.set(r.person_id, [r]);
  }
  return m;
}

export function createPersonFactsReader(deps: Deps) {
  const q = deps.db.kysely;
  return {
    /** One person's record (a merged record answers with its survivor), or null when unknown. */
    async record(personId: string): Promise<PersonFactsRecord | null> {
      let p = await repo.factPerson(q, personId);
      if (p?.merged_into) p = await repo.factPerson(q, p.merged_into);
      if (!p) return null;
      const [emp, ins] = await Promise.all([repo.factEmployment(q, [p.id]), repo.factInsurance(q, [p.id])]);
      return record(p, emp, ins);
    },

    /** Live people inside the jurisdiction prefix ('' nationwide). */
    async count(scope: string): Promise<number> {
      return repo.countFactPeople(q, scope);
    },

    /** Distinct county codes named anywhere in the registry (a superset for column region indexes). */
    async counties(): Promise<string[]> {
      return repo.distinctCounties(q);
    },

    /** Live people of a jurisdiction in pages (id order), each with histories; memory stays one page. */
    async *pages(scope: string, pageSize = 5000): AsyncGenerator<PersonFactsRecord[]> {
      let after = '';
      for (;;) {
        const people = await repo.factPeoplePage(q, scope, after, pageSize);
        if (!people.length) return;
        const ids = people.map((p) => p.id);
        const [emp, ins] = await Promise.all([repo.factEmployment(q, ids), repo.factInsurance(q, ids)]);
        const e = groupBy(emp);
        const i = groupBy(ins);
        yield people.map((p) => record(p, e.get(p.id) ?? [], i.get(p.id) ?? []));
        after = people[people.length - 1]?.id ?? after;
        if (people.length < pageSize) return;
      }
    },
  };
}

export type PersonFactsReader = ReturnType<typeof createPersonFactsReader>;
