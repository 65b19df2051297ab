/**
 * A person's occupations, employment and insurance histories: list, add and remove, each write in
 * one transaction with its audit row (values that are not personal data only).
 */
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import type { Actor } from '../actor.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { isInsuranceKind } from './person.js';
import * as repo from './person.repository.js';
import * as hist from './person-history.repository.js';
import { readAccess, staffAccess } from './person.policy.js';
import { personRegion } from './person.region.js';
import type { DivisionRules } from './person.validate.js';
import {
  validateEmployment,
  validateInsurance,
  validateOccupation,
  type EmploymentInput,
  type InsuranceInput,
  type OccupationInput,
  type PersonHistories,
} from './person-history.js';

export type HistoryKind = 'occupations' | 'employment' | 'insurance';
const tableOf: Record<HistoryKind, hist.HistoryTable> = {
  occupations: 'person_occupations',
  employment: 'employment_history',
  insurance: 'insurance_history',
};

const num = (v: number | null): number | null => (v === null ? null : Number(v));

/** How the people module checks that an employment entry names a registered enterprise (a port on the enterprises module). */
export interface EnterpriseLookup {
  /** The enterprise's address code, or null when there is no such enterprise. */
  addressOf(enterpriseId: string): Promise<string | null>;
}

export function createPersonHistoryService(deps: Deps, uow: UnitOfWork, divisions: DivisionRules, enterprises: EnterpriseLookup) {
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());

  /** Loads a live person the actor may change. */
  async function writable(actor: Actor, personId: string): Promise<Result<repo.Person>> {
    const row = await repo.findPersonById(db.kysely, personId);
    if (!row) return refuse('out_of_jurisdiction');
    const access = staffAccess(actor, 'people.write', row);
    if (!access.ok) return access;
    if (row.merged_into !== null)
      return refuse('conflict', { zh: '该记录已合并，不能修改', en: 'This record was merged and cannot be changed' });
    return ok(row);
  }

  /** Inserts one child row, bumps the person's version and audits, in one transaction. */
  async function add(
    actor: Actor,
    person: repo.Person,
    kind: HistoryKind,
    insert: (trx: repo.Q, id: string, t: string) => Promise<void>,
    details: Record<string, unknown>,
  ): Promise<Result<{ id: string }>> {
    const id = newId();
    return uow.write(actor, async (w) => {
      const t = now();
      await insert(w.trx, id, t);
      await repo.touchPerson(w.trx, person.id, t);
      await w.audit({
        province: person.province,
        region: personRegion(person),
        action: `person.${kind}_added`,
        entityType: 'person',
        entityId: person.id,
        details: { childId: id, ...details },
      });
      return ok({ id });
    });
  }

  return {
    /** All three histories of a person the actor may read. */
    async list(actor: Actor, personId: string): Promise<Result<PersonHistories>> {
      const row = await repo.findPersonById(db.kysely, personId);
      if (!row) return refuse('out_of_jurisdiction');
      const access = readAccess(actor, personId, row);
      if (!access.ok) return access;
      const [occ, emp, ins] = await Promise.all([
        hist.listOccupations(db.kysely, personId),
        hist.listEmployment(db.kysely, personId),
        hist.listInsurance(db.kysely, personId),
      ]);
      return ok({
        occupations: occ.map((r) => ({ id: r.id, occupationCode: r.occupation_code, level: num(r.level), createdAt: r.created_at })),
        employment: emp.map((r) => ({
          id: r.id,
          enterpriseName: r.enterprise_name,
          enterpriseId: r.enterprise_id,
          creditCode: r.credit_code,
          divisionCode: r.division_code,
          occupationCode: r.occupation_code,
          startDate: r.start_date,
          endDate: r.end_date,
          monthlyWageFen: num(r.monthly_wage_fen),
          createdAt: r.created_at,
        })),
        insurance: ins.flatMap((r) =>
          isInsuranceKind(r.kind)
            ? [
                {
                  id: r.id,
                  kind: r.kind,
                  divisionCode: r.division_code,
                  startMonth: r.start_month,
                  endMonth: r.end_month,
                  contributionMonths: Number(r.contribution_months),
                  createdAt: r.created_at,
                },
              ]
            : [],
        ),
      });
    },

    async addOccupation(actor: Actor, personId: string, input: OccupationInput): Promise<Result<{ id: string }>> {
      const p = await writable(actor, personId);
      if (!p.ok) return p;
      const v = validateOccupation(input);
      if (!v.ok) return refuse('validation_failed', { errors: v.errors });
      return add(
        actor,
        p.value,
        'occupations',
        (trx, id, t) =>
          hist.insertOccupation(trx, {
            id,
            person_id: personId,
            province: p.value.province,
            occupation_code: v.value.occupationCode,
            level: v.value.level ?? null,
            created_at: t,
          }),
        { occupationCode: v.value.occupationCode },
      );
    },

    async addEmployment(actor: Actor, personId: string, input: EmploymentInput): Promise<Result<{ id: string }>> {
      const p = await writable(actor, personId);
      if (!p.ok) return p;
      const v = validateEmployment(input, divisions);
      if (!v.ok) return refuse('validation_failed', { errors: v.errors });
      const e = v.value;
      const enterpriseId = e.enterpriseId ?? null;
      if (enterpriseId !== null && (await enterprises.addressOf(enterpriseId)) === null) {
        return refuse('validation_failed', {
          errors: [
            fieldError('enterpriseId', 'not_found', { zh: '没有这家已登记的用人单位', en: 'There is no such registered enterprise' }),
          ],
        });
      }
      return add(
        actor,
        p.value,
        'employment',
        (trx, id, t) =>
          hist.insertEmployment(trx, {
            id,
            person_id: personId,
            province: p.value.province,
            enterprise_name: e.enterpriseName,
            enterprise_id: enterpriseId,
            credit_code: e.creditCode ?? null,
            division_code: e.divisionCode,
            occupation_code: e.occupationCode ?? null,
            start_date: e.startDate,
            end_date: e.endDate ?? null,
            monthly_wage_fen: e.monthlyWageFen ?? null,
            created_at: t,
          }),
        { divisionCode: e.divisionCode, enterpriseId },
      );
    },

    async addInsurance(actor: Actor, personId: string, input: InsuranceInput): Promise<Result<{ id: string }>> {
      const p = await writable(actor, personId);
      if (!p.ok) return p;
      const v = validateInsurance(input, divisions);
      if (!v.ok) return refuse('validation_failed', { errors: v.errors });
      const i = v.value;
      return add(
        actor,
        p.value,
        'insurance',
        (trx, id, t) =>
          hist.insertInsurance(trx, {
            id,
            person_id: personId,
            province: p.value.province,
            kind: i.kind,
            division_code: i.divisionCode,
            start_month: i.startMonth,
            end_month: i.endMonth ?? null,
            contribution_months: i.contributionMonths,
            created_at: t,
          }),
        { kind: i.kind, divisionCode: i.divisionCode },
      );
    },

    /** Removes one child row of a person (not_found when it is not theirs). */
    async remove(actor: Actor, personId: string, kind: HistoryKind, childId: string): Promise<Result<{ ok: true }>> {
      const p = await writable(actor, personId);
      if (!p.ok) return p;
      return uow.write(actor, async (w) => {
        if (!(await hist.deleteChild(w.trx, tableOf[kind], personId, childId))) return refuse('not_found');
        await repo.touchPerson(w.trx, personId, now());
        await w.audit({
          province: p.value.province,
          region: personRegion(p.value),
          action: `person.${kind}_removed`,
          entityType: 'person',
          entityId: personId,
          details: { childId },
        });
        return ok({ ok: true as const });
      });
    },
  };
}

export type PersonHistoryService = ReturnType<typeof createPersonHistoryService>;
