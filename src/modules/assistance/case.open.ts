/**
 * Opening and closing cases with their registrations (decision 156): the unemployment module calls
 * this follower inside the registration's own unit of work, so a registration never lacks its case
 * and a case closes in the same transaction as the registration ends. The plan's deadlines are kernel
 * timers; each fires once and leaves one reminder for the officers over the case (decision 158).
 */
import type { Deps } from '../deps.js';
import { systemActor } from '../actor.js';
import type { TimerWork, Work } from '../kernel/index.js';
import type { RegistrationFollower, RegistrationOpening, RegistrationStep } from '../unemployment/index.js';
import { beijingMidnightUtc, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok } from '../../core/result.js';
import { findParameterRow, type ParameterRow } from '../../policy/index.js';
import { caseWorkflow, overdueFrom, planFor, priorityOf, requirements, type Category, type ServiceStandard } from './case.js';
import type { AssistancePorts } from './case.ports.js';
import * as repo from './case.repository.js';

export const TIMER_ITEM_OVERDUE = 'assistance.item.overdue';

/** The standard when a deployment's parameters lack a key (the seed has them all). */
export const DEFAULT_STANDARD: ServiceStandard = {
  firstContactWorkingDays: 5,
  planCalendarDays: 30,
  guidanceSessions: 1,
  jobReferrals: 3,
  offers: 1,
};

/** The service standard for a region on a date, from the policy parameters assist.*. */
export function standardFrom(params: readonly ParameterRow[], region: string, date: string): ServiceStandard {
  const n = (key: Parameters<typeof findParameterRow>[1], fallback: number) => {
    const row = findParameterRow(params, key, region, date);
    return row === undefined ? fallback : Number(row.value);
  };
  return {
    firstContactWorkingDays: n('assist.firstContactWorkingDays', DEFAULT_STANDARD.firstContactWorkingDays),
    planCalendarDays: n('assist.planDays', DEFAULT_STANDARD.planCalendarDays),
    guidanceSessions: n('assist.guidanceSessions', DEFAULT_STANDARD.guidanceSessions),
    jobReferrals: n('assist.jobReferrals', DEFAULT_STANDARD.jobReferrals),
    offers: n('assist.offers', DEFAULT_STANDARD.offers),
  };
}

export function createCaseOpener(deps: Deps, ports: AssistancePorts) {
  const { db, clock } = deps;

  /** The categories the registry shows on a date: poor labourer (建档立卡 in force), priority area of the household place. */
  async function derived(personId: string, on: string): Promise<Category[]> {
    const [poverty, person] = await Promise.all([ports.people.poverty(personId), ports.people.summary(personId)]);
    const cats: Category[] = [];
    if (poverty?.registered && (poverty.from === null || poverty.from <= on) && (poverty.to === null || poverty.to >= on))
      cats.push('poor_labourer');
    if (person && (await ports.priorityArea(person.hukouCode, on))) cats.push('priority_area');
    return cats;
  }

  /** Reads and computes outside the transaction; returns the write that opens the case inside it. */
  async function prepare(r: RegistrationOpening): Promise<(w: Work, registrationId: string) => Promise<void>> {
    const standard = standardFrom(await ports.parameters(), r.region, r.registeredOn);
    const plan = await planFor(r.registeredOn, standard, ports.addWorkingDays);
    const cats = await derived(r.personId, r.registeredOn);
    return async (w, id) => {
      const at = isoInstant(clock.now());
      await repo.insertCase(
        w.trx,
        {
          id,
          person_id: r.personId,
          province: r.province,
          region: r.region,
          status: 'open',
          opened_on: r.registeredOn,
          closed_on: null,
          close_reason: null,
          priority: priorityOf(cats),
          derived_categories: JSON.stringify(cats),
          recorded_categories: '[]',
          standard: JSON.stringify(standard),
          officer_id: r.officerId,
          version: 1,
          created_at: at,
          updated_at: at,
        },
        plan.map((i) => ({ case_id: id, requirement: i.requirement, due_on: i.dueOn, target: i.target, done: 0, met_on: null })),
      );
      for (const i of plan)
        await ports.timers.schedule(w.trx, TIMER_ITEM_OVERDUE, id, beijingMidnightUtc(overdueFrom(i.dueOn)), {
          requirement: i.requirement,
        });
      await w.audit({
        province: r.province,
        region: r.region,
        action: 'assistance_case.opened',
        entityType: 'assistance_case',
        entityId: id,
        details: { plan: plan.map((i) => `${i.requirement}:${i.target}@${i.dueOn}`), categories: cats },
      });
    };
  }

  async function stepped(w: Work, s: RegistrationStep): Promise<void> {
    const at = isoInstant(clock.now());
    if (s.event === 'transfer') {
      await repo.moveCase(w.trx, s.registrationId, s.region, s.province, at);
      return;
    }
    if (s.event !== 'employed' && s.event !== 'deregister') return;
    const reason = s.event === 'employed' ? 'employed' : 'deregistered';
    // Locked, so a step recorded at this moment cannot move the version between this read and the close.
    const c = await repo.lockCase(w.trx, db.dialect, s.registrationId);
    // Only an open case closes (a workflow step, decision 178); a closed or missing one is left as it is.
    if (c?.status !== 'open') return;
    const closed = await ports.workflows.transition(w, caseWorkflow, {
      id: c.id,
      from: 'open',
      event: 'close',
      expectedVersion: Number(c.version),
      province: s.province,
      region: s.region,
      patch: { closed_on: s.onDate, close_reason: reason },
      action: 'assistance_case.closed',
      details: { reason, on: s.onDate },
    });
    if (!closed.ok) return;
    await ports.timers.cancel(w.trx, s.registrationId, TIMER_ITEM_OVERDUE);
  }

  /** A plan item's deadline passed: one reminder when it is still unmet on an open case. */
  ports.timers.on(TIMER_ITEM_OVERDUE, async (w: TimerWork, timer) => {
    const p = timer.payload;
    const named = typeof p === 'object' && p !== null && 'requirement' in p ? p.requirement : null;
    const requirement = requirements.find((x) => x === named);
    const c = await repo.findCase(w.trx, timer.subjectId);
    if (!c || c.status !== 'open' || !requirement) return;
    const item = (await repo.itemsOf(w.trx, c.id)).find((i) => i.requirement === requirement);
    if (!item || item.met_on !== null) return;
    const row = {
      id: newId(),
      case_id: c.id,
      requirement,
      province: c.province,
      region: c.region,
      officer_id: c.officer_id,
      due_on: item.due_on,
      created_at: isoInstant(clock.now()),
    };
    if (!(await repo.insertReminderOnce(w.trx, row))) return;
    await w.audit({
      province: c.province,
      region: c.region,
      action: 'assistance_case.reminded',
      entityType: 'assistance_case',
      entityId: c.id,
      details: { requirement, dueOn: item.due_on },
    });
  });

  const follower: RegistrationFollower = { prepare, stepped };

  return {
    follower,
    /**
     * Opens the case of every registration that has none (those made before cases existed), closing
     * it at once when the registration has ended. Returns how many were opened.
     */
    async openMissing(): Promise<number> {
      let opened = 0;
      for (;;) {
        const batch = await repo.registrationsWithoutCase(db.kysely, 100);
        for (const r of batch) {
          const apply = await prepare({
            personId: r.person_id,
            province: r.province,
            region: r.region,
            registeredOn: r.registered_on,
            officerId: r.created_by,
          });
          await ports.uow.write(systemActor('assistance'), async (w) => {
            await apply(w, r.id);
            if (r.status === 'employed' || r.status === 'deregistered')
              await stepped(w, {
                registrationId: r.id,
                event: r.status === 'employed' ? 'employed' : 'deregister',
                province: r.province,
                region: r.region,
                onDate: r.ended_on ?? r.registered_on,
              });
            return ok(r.id);
          });
          opened++;
        }
        if (batch.length < 100) return opened;
      }
    },
  };
}

export type CaseOpener = ReturnType<typeof createCaseOpener>;
