/**
 * What the jobs module reads and writes of people (its port, filled in src/modules/services.ts):
 * a worker's matching profile, candidates inside a jurisdiction, the phone for a notification, and a
 * hire written inside the caller's unit of work (employment record and 就业地 together).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { whereInScope } from '../../db/scope.js';
import { newId } from '../../core/ids.js';
import { isoInstant } from '../../core/clock.js';
import type { HireRecord, JobSeeker } from '../jobs/index.js';
import * as repo from './person.repository.js';
import { insertEmployment } from './person-history.repository.js';

type Row = Database['people'];

function seeker(p: Row, occupations: string[], asOf: string): JobSeeker {
  const poor =
    Number(p.poverty_registered) === 1 &&
    (p.poverty_from === null || p.poverty_from <= asOf) &&
    (p.poverty_to === null || asOf <= p.poverty_to);
  return {
    personId: p.id,
    name: p.name,
    province: p.province,
    hukouCode: p.hukou_code,
    placeCode: p.residence_code ?? p.hukou_code,
    occupationCodes: occupations,
    expectedWageFen: p.expected_wage_fen,
    willingToGoOut: Number(p.willing_to_go_out) === 1,
    poor,
    codes: [p.hukou_code, p.residence_code, p.employment_code, p.insured_code],
  };
}

export function createPersonJobsPort(deps: Deps) {
  const { db, pii, clock } = deps;
  async function occupationsOf(ids: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db.kysely
        .selectFrom('person_occupations')
        .select(['person_id', 'occupation_code'])
        .where('person_id', 'in', ids.slice(i, i + 500))
        .orderBy('occupation_code')
        .execute();
      for (const r of rows) map.set(r.person_id, [...(map.get(r.person_id) ?? []), r.occupation_code]);
    }
    return map;
  }
  return {
    /** The live person's matching profile, or null (unknown or merged away). */
    async profile(personId: string, asOf: string): Promise<JobSeeker | null> {
      const p = await repo.findPersonById(db.kysely, personId);
      if (!p || p.merged_into !== null) return null;
      return seeker(p, (await occupationsOf([p.id])).get(p.id) ?? [], asOf);
    },

    /** Live people inside the jurisdiction (any locality), at most `limit`, by id. */
    async candidates(jurisdiction: string, asOf: string, limit: number): Promise<JobSeeker[]> {
      const rows = await whereInScope(db.kysely.selectFrom('people').selectAll(), jurisdiction, {
        codes: ['hukou_code', 'residence_code', 'employment_code', 'insured_code'],
      })
        .where('merged_into', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute();
      const occ = await occupationsOf(rows.map((r) => r.id));
      return rows.map((r) => seeker(r, occ.get(r.id) ?? [], asOf));
    },

    /** Names of live people by id, in one read (unknown or merged-away people are left out). */
    async namesOf(personIds: readonly string[]): Promise<Map<string, string>> {
      const rows = await repo.findPeopleByIds(db.kysely, [...new Set(personIds)]);
      return new Map(rows.filter((p) => p.merged_into === null).map((p) => [p.id, p.name]));
    },

    /** The phone in clear for an SMS (never leaves the server), or null. */
    async phoneOf(personId: string): Promise<string | null> {
      const p = await repo.findPersonById(db.kysely, personId);
      return p?.phone_enc ? pii.decrypt(p.phone_enc) : null;
    },

    /** Writes a hire inside the caller's transaction: an employment record and the person's 就业地. */
    async recordHire(trx: Transaction<Database>, h: HireRecord): Promise<{ employmentId: string; province: string } | null> {
      const p = await repo.findPersonById(trx, h.personId);
      if (!p) return null;
      const now = isoInstant(clock.now());
      const employmentId = newId();
      await insertEmployment(trx, {
        id: employmentId,
        person_id: p.id,
        province: p.province,
        enterprise_name: h.enterpriseName,
        enterprise_id: h.enterpriseId,
        credit_code: h.creditCode,
        division_code: h.workCode,
        occupation_code: h.occupationCode,
        start_date: h.startDate,
        end_date: null,
        monthly_wage_fen: h.monthlyWageFen,
        created_at: now,
      });
      await trx
        .updateTable('people')
        .set((eb) => ({ employment_code: h.workCode, version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', p.id)
        .execute();
      return { employmentId, province: p.province };
    },
  };
}

export type PersonJobsPort = ReturnType<typeof createPersonJobsPort>;
