/**
 * Assistance cases (O61-3.1): read a case with its plan and steps, record a step, record difficulty
 * categories, refer the person to a job from the matching engine (the referral counts toward the
 * plan), show the benefits the policy engine finds, and list cases, overdue items and reminders of
 * the jurisdiction. Every write through the unit of work, audited.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import {
  isRecordedCategory,
  isStepKind,
  priorityOf,
  requirementOf,
  type RecordedCategory,
  type Requirement,
  type StepKind,
} from './case.js';
import { readRefusal, workRefusal } from './case.policy.js';
import { categoriesOf, toCaseView, toPlanItem, toSummary, type CaseSummaryView, type CaseView } from './case.view.js';
import type { AssistancePorts, Entitlements, Recommendation } from './case.ports.js';
import type { AssistanceCaseRow } from './case.table.js';
import * as repo from './case.repository.js';
import './assistance.errors.js';
import './assistance.permissions.js';
import { nameOf } from '../people/index.js';

export interface StepInput {
  kind: string;
  onDate?: string | undefined;
  outcome: string;
}

export function createAssistanceService(deps: Deps, ports: AssistancePorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  async function load(id: string) {
    return repo.findCaseDetail(db.kysely, id);
  }

  async function view(id: string): Promise<Result<CaseView>> {
    const row = await load(id);
    if (!row) return refuse('not_found');
    const [items, steps, person] = await Promise.all([
      repo.itemsOf(db.kysely, id),
      repo.stepsOf(db.kysely, id),
      ports.people.summary(row.person_id),
    ]);
    const who = nameOf(person);
    return ok(toCaseView(row, { ...who, number: row.number, today: today() }, items, steps));
  }

  /** The case, when the actor may work on it (404 outside the jurisdiction, 409 when closed). */
  async function workable(actor: Actor, id: string): Promise<Result<AssistanceCaseRow>> {
    const row = await repo.findCase(db.kysely, id);
    if (!row) return refuse('out_of_jurisdiction');
    const refused = workRefusal(actor, row);
    if (refused) return { ok: false, reason: refused };
    if (row.status !== 'open') return refuse('assistance_case_closed');
    return ok(row);
  }

  function stepDate(row: AssistanceCaseRow, d: string | undefined): Result<string> {
    const date = d ?? today();
    if (!isIsoDate(date)) return refuse('validation_failed', { errors: [fieldError('/onDate', 'policy_date_invalid')] });
    if (date < row.opened_on || date > today()) return refuse('assistance_step_date_invalid');
    return ok(date);
  }

  /** Inserts a step, counts it toward its plan item and audits it (inside the caller's write). */
  async function addStep(
    w: Parameters<Parameters<AssistancePorts['uow']['write']>[1]>[0],
    actor: Actor,
    row: AssistanceCaseRow,
    s: { kind: StepKind; onDate: string; outcome: string; applicationId?: string; postingTitle?: string },
  ): Promise<void> {
    const at = isoInstant(clock.now());
    const id = newId();
    await repo.insertStep(w.trx, {
      id,
      case_id: row.id,
      kind: s.kind,
      on_date: s.onDate,
      officer_id: actor.userId,
      officer_name: actor.username,
      outcome: s.outcome,
      application_id: s.applicationId ?? null,
      posting_title: s.postingTitle ?? null,
      recorded_at: at,
    });
    const requirement = requirementOf(s.kind);
    if (requirement) await repo.countStep(w.trx, row.id, requirement, s.onDate);
    await repo.touchCase(w.trx, row.id, at);
    await w.audit({
      province: row.province,
      region: row.region,
      action: 'assistance_case.step',
      entityType: 'assistance_case',
      entityId: row.id,
      details: { stepId: id, kind: s.kind, onDate: s.onDate, ...(s.applicationId ? { applicationId: s.applicationId } : {}) },
    });
  }

  return {
    async get(actor: Actor, id: string): Promise<Result<CaseView>> {
      const row = await repo.findCase(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = readRefusal(actor, row);
      return refused ? { ok: false, reason: refused } : view(id);
    },

    /** Records a contact, guidance, an offer, a public-welfare post referral or a follow-up (job referrals come from matching). */
    async recordStep(actor: Actor, id: string, input: StepInput): Promise<Result<CaseView>> {
      if (!isStepKind(input.kind)) return refuse('assistance_step_unknown');
      const kind = input.kind;
      if (kind === 'job_referral') return refuse('assistance_referral_from_matching');
      const row = await workable(actor, id);
      if (!row.ok) return row;
      if (kind === 'welfare_post_referral') {
        const cats = categoriesOf(row.value);
        if (cats.derived.length + cats.recorded.length === 0) return refuse('assistance_welfare_post_needs_category');
      }
      const on = stepDate(row.value, input.onDate);
      if (!on.ok) return on;
      const outcome = input.outcome.trim().slice(0, 1000);
      if (!outcome) return refuse('validation_failed', { errors: [fieldError('/outcome', 'validation_failed')] });
      const done = await ports.uow.write(actor, async (w) => {
        // Read again under lock: a close that committed since the read above refuses the step.
        if ((await repo.lockCase(w.trx, db.dialect, id))?.status !== 'open') return refuse('assistance_case_closed');
        await addStep(w, actor, row.value, { kind, onDate: on.value, outcome });
        return ok(id);
      });
      return done.ok ? view(id) : done;
    },

    /** Records the categories an officer establishes (long-term unemployed, disabled, older worker); priority follows. */
    async setCategories(actor: Actor, id: string, input: { categories: string[]; version: number }): Promise<Result<CaseView>> {
      const recorded: RecordedCategory[] = [];
      for (const c of input.categories) {
        if (!isRecordedCategory(c)) return refuse('assistance_category_unknown');
        if (!recorded.includes(c)) recorded.push(c);
      }
      const row = await workable(actor, id);
      if (!row.ok) return row;
      const all = [...categoriesOf(row.value).derived, ...recorded];
      const done = await ports.uow.write(actor, async (w) => {
        const at = isoInstant(clock.now());
        if (!(await repo.setCategories(w.trx, id, input.version, JSON.stringify(recorded), priorityOf(all), at))) return refuse('conflict');
        await w.audit({
          province: row.value.province,
          region: row.value.region,
          action: 'assistance_case.categories',
          entityType: 'assistance_case',
          entityId: id,
          details: { recorded, priority: priorityOf(all) },
        });
        return ok(id);
      });
      return done.ok ? view(id) : done;
    },

    /** The matching engine's recommendations for the case's person. */
    async recommendations(actor: Actor, id: string, limit: number): Promise<Result<Recommendation[]>> {
      const row = await workable(actor, id);
      if (!row.ok) return row;
      return ports.recommend(actor, row.value.person_id, limit);
    },

    /**
     * Refers the person to a posting through the jobs module's referral workflow and records the
     * referral on the case (it counts toward the plan's referrals; an application counts once), in one
     * unit of work: a case closed meanwhile refuses, and no referral is left behind (decision 177).
     */
    async refer(actor: Actor, id: string, postingId: string): Promise<Result<CaseView>> {
      const row = await workable(actor, id);
      if (!row.ok) return row;
      const done = await ports.refer(actor, postingId, row.value.person_id, async (w, application) => {
        const current = await repo.lockCase(w.trx, db.dialect, id);
        if (current?.status !== 'open') return refuse('assistance_case_closed');
        // The outcome is the posting's title (the employer's words, in no second language).
        const { id: applicationId, postingTitle } = application;
        await addStep(w, actor, row.value, { kind: 'job_referral', onDate: today(), outcome: postingTitle, applicationId, postingTitle });
        return ok(id);
      });
      return done.ok ? view(id) : done;
    },

    /** What the policy engine finds the person eligible for today (the same answer the worker sees). */
    async benefits(actor: Actor, id: string): Promise<Result<{ asOf: string; items: Extract<Entitlements, { ok: true }>['value'] }>> {
      const row = await repo.findCase(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = readRefusal(actor, row);
      if (refused) return { ok: false, reason: refused };
      const asOf = today();
      const items = await ports.entitlements(row.person_id, asOf);
      return items.ok ? ok({ asOf, items: items.value }) : items;
    },

    /** Cases of the jurisdiction (or only the actor's own), open ones first, high priority first. */
    async list(
      actor: Actor,
      q: { mine?: boolean | undefined; status?: string | undefined; page: number; pageSize: number },
    ): Promise<Result<{ items: CaseSummaryView[]; total: number }>> {
      if (!can(actor, 'assistance.read')) return refuse('forbidden');
      const { rows, total } = await repo.listInScope(db.kysely, actor.jurisdiction, {
        status: q.status,
        officerId: q.mine ? (actor.userId ?? '') : undefined,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      const named = await ports.people.summaries(rows.map((r) => r.person_id));
      return ok({ items: rows.map((r) => toSummary(r, { name: named.get(r.person_id)?.name ?? '', number: r.number })), total });
    },

    /** Overdue plan items of the jurisdiction (a county officer sees the county's, a township officer the township's). */
    async overdue(actor: Actor, q: { mine?: boolean | undefined; limit: number }) {
      if (!can(actor, 'assistance.read')) return refuse('forbidden');
      const t = today();
      const rows = await repo.overdueInScope(db.kysely, actor.jurisdiction, t, {
        officerId: q.mine ? (actor.userId ?? '') : undefined,
        limit: q.limit,
      });
      const named = await ports.people.summaries(rows.map((r) => r.person_id));
      return ok(
        rows.map((r) => ({
          caseId: r.case_id,
          registrationNumber: r.number,
          personName: named.get(r.person_id)?.name ?? '',
          region: r.region,
          priority: r.priority === 'high' ? ('high' as const) : ('normal' as const),
          officerId: r.officer_id,
          ...toPlanItem(r, t),
        })),
      );
    },

    /** The reminders the timers left for the jurisdiction, newest first (in-app notices for officers). */
    async reminders(actor: Actor, limit: number) {
      if (!can(actor, 'assistance.read')) return refuse('forbidden');
      const rows = await repo.remindersInScope(db.kysely, actor.jurisdiction, limit);
      const named = await ports.people.summaries(rows.map((r) => r.person_id));
      return ok(
        rows.map((r) => ({
          id: r.id,
          caseId: r.case_id,
          registrationNumber: r.number,
          personName: named.get(r.person_id)?.name ?? '',
          region: r.region,
          requirement: r.requirement as Requirement,
          dueOn: r.due_on,
          createdAt: r.created_at,
          metSince: r.met_on,
        })),
      );
    },
  };
}

export type AssistanceService = ReturnType<typeof createAssistanceService>;
