/**
 * Rapid-response events (快速响应, O61-3.1): a lay-off reported by an employer or an event recorded
 * by an officer, with a readable number; its tasks from the templates of its kind (decision 174);
 * the affected workers picked from the registry or read from an .xlsx, each with their offers; and
 * the event page's progress, cut to what the caller may see (decision 175).
 */
import type { Deps } from '../deps.js';
import { provinceOf, type Actor } from '../actor.js';
import { createNumbering, type UnitOfWork, type WorkflowEngine } from '../kernel/index.js';
import { divisionName } from '../regions/index.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { countyOf, homeOf, homeTemplates, templatesFor, type EventKind } from './response.js';
import { eventAccess } from './response.policy.js';
import { progressOf, toOfferView, toSummary, type EventSummary, type EventView, type WorkerView } from './response.view.js';
import { problem, readWorkerList, type RowProblem } from './response.import.js';
import type { ResponseEnterprises, ResponseOffers, ResponsePeople, ResponseUsers } from './response.port.js';
import type { RapidResponseEventRow } from './response.table.js';
import { createTaskService, type TaskPorts } from './task.service.js';
import { createOfferService, type PlannedOffer } from './offer.service.js';
import * as repo from './response.repository.js';
import { nameOf } from '../people/index.js';

export interface EventInput {
  kind: EventKind;
  enterpriseId?: string | undefined;
  /** Where it happens; the enterprise's address when left out. */
  placeCode?: string | undefined;
  occurredOn: string;
  description: string;
  workersAffected: number;
}

export interface ResponsePorts extends TaskPorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  people: ResponsePeople;
  enterprises: ResponseEnterprises;
  offers: ResponseOffers;
  users: ResponseUsers;
}

export interface AddOutcome {
  added: number;
  /** Already on the event (kept once). */
  alreadyListed: number;
  problems: RowProblem[];
}

export function createRapidResponseService(deps: Deps, ports: ResponsePorts) {
  const { db, clock } = deps;
  const numbering = createNumbering({ placeName: divisionName });
  const tasks = createTaskService(deps, ports);
  const offers = createOfferService(deps, ports);
  const today = () => businessDate(clock.now());

  async function enterpriseName(id: string | null): Promise<string | null> {
    return id ? ((await ports.enterprises.get(id))?.name ?? null) : null;
  }

  async function record(actor: Actor, input: EventInput, via: 'employer' | 'officer'): Promise<Result<EventView>> {
    const day = today();
    if (!isIsoDate(input.occurredOn) || input.occurredOn > day)
      return refuse('validation_failed', { errors: [fieldError('/occurredOn', 'policy_date_invalid')] });
    const enterprise = input.enterpriseId ? await ports.enterprises.get(input.enterpriseId) : null;
    if (input.enterpriseId && !enterprise) return refuse('out_of_jurisdiction');
    if ((input.kind === 'layoff' || input.kind === 'closure') && !enterprise) return refuse('rapid_response_enterprise_required');
    const region = input.placeCode ?? enterprise?.addressCode ?? '';
    if (!/^\d{6}(\d{3})?$/.test(region) || divisionName(region) === undefined)
      return refuse('validation_failed', { errors: [fieldError('/placeCode', 'validation_failed')] });
    // An officer records events of their own area, and names only an enterprise of their own area
    // (the port reads any enterprise: another county's would reach that employer's portal); an
    // employer reports at the enterprise's address.
    const outside =
      !inScope(actor.jurisdiction, [region]) || (enterprise !== null && !inScope(actor.jurisdiction, [enterprise.addressCode]));
    if (via === 'officer' && outside) return refuse('out_of_jurisdiction');
    const at = isoInstant(clock.now());
    const id = newId();
    const planned = await tasks.plan(templatesFor(input.kind, enterprise !== null), day);
    const done = await ports.uow.write(actor, async (w) => {
      const number = await numbering.allocate(w.trx, { kind: 'rapid_response_event', mark: '响', region, on: day });
      const row: RapidResponseEventRow = {
        id,
        number,
        kind: input.kind,
        enterprise_id: enterprise?.id ?? null,
        province: provinceOf(region),
        region,
        occurred_on: input.occurredOn,
        description: input.description.trim().slice(0, 2000),
        workers_affected: input.workersAffected,
        reported_via: via,
        reported_by: actor.userId,
        recorded_on: day,
        created_at: at,
        updated_at: at,
      };
      await repo.insertEvent(w.trx, row);
      const created = await tasks.createTasks(w, row, planned, region);
      await w.audit({
        province: row.province,
        region,
        action: 'rapid_response_event.recorded',
        entityType: 'rapid_response_event',
        entityId: id,
        details: { number, kind: input.kind, via, enterpriseId: row.enterprise_id, workersAffected: input.workersAffected, tasks: created },
      });
      return ok(id);
    });
    if (!done.ok) return done;
    return view(actor, id);
  }

  async function view(actor: Actor, id: string): Promise<Result<EventView>> {
    const row = await repo.findEvent(db.kysely, id);
    if (!row) return refuse('out_of_jurisdiction');
    const access = await eventAccess(actor, row, () => repo.touchesScope(db.kysely, id, actor.jurisdiction));
    if (!access) return refuse('out_of_jurisdiction');
    const allTasks = await repo.tasksOf(db.kysely, id);
    const visibleTasks = allTasks.filter((t) =>
      access === 'full' ? true : access === 'enterprise' ? t.department === 'enterprise' : inScope(actor.jurisdiction, [t.region]),
    );
    const taskViews = await tasks.views(actor, visibleTasks, new Map([[row.id, row]]));
    const workerRows = access === 'enterprise' ? [] : await repo.workersOf(db.kysely, id, access === 'full' ? null : actor.jurisdiction);
    const offerRows = await repo.offersOfWorkers(
      db.kysely,
      workerRows.map((w) => w.id),
    );
    const named = await ports.people.summaries(workerRows.map((w) => w.person_id));
    const workers: WorkerView[] = workerRows.map((w) => ({
      id: w.id,
      personId: w.person_id,
      ...nameOf(named.get(w.person_id)),
      homeRegion: w.home_region,
      addedVia: w.added_via === 'imported' ? 'imported' : 'picked',
      offers: offerRows.filter((o) => o.worker_id === w.id).map(toOfferView),
    }));
    return ok({
      ...toSummary(row, await enterpriseName(row.enterprise_id)),
      access,
      workersListed: await repo.countWorkers(db.kysely, id),
      tasks: taskViews,
      workers,
      progress: progressOf(taskViews),
      mayManage: access === 'full' && can(actor, 'rapid_response.manage'),
    });
  }

  /** Lists people on an event with their offers, and the home counties' tasks, in one unit of work. */
  async function list(
    actor: Actor,
    event: RapidResponseEventRow,
    people: Array<{ personId: string; codes: ReadonlyArray<string | null> }>,
    via: 'picked' | 'imported',
  ): Promise<Result<{ added: number; alreadyListed: number }>> {
    const listed = await repo.personIdsOf(db.kysely, event.id);
    const fresh = people.filter((p, i) => !listed.has(p.personId) && people.findIndex((q) => q.personId === p.personId) === i);
    const planned = new Map<string, PlannedOffer[]>();
    for (const p of fresh) planned.set(p.personId, await offers.plan(p.personId, inScope(actor.jurisdiction, p.codes)));
    const homeTasks = await tasks.plan(homeTemplates[event.kind as EventKind], today());
    const at = isoInstant(clock.now());
    const written = await ports.uow.write(actor, async (w) => {
      let added = 0;
      const homes = new Set<string>();
      for (const p of fresh) {
        const home = homeOf(p.codes) ?? event.region;
        const workerId = newId();
        const inserted = await repo.insertWorkerOnce(w.trx, {
          id: workerId,
          event_id: event.id,
          person_id: p.personId,
          home_region: home,
          added_via: via,
          added_at: at,
          added_by: actor.userId,
        });
        if (!inserted) continue;
        added++;
        await offers.record(w, event.id, workerId, planned.get(p.personId) ?? []);
        if (countyOf(home) !== countyOf(event.region)) homes.add(countyOf(home));
      }
      let created = 0;
      for (const county of homes) created += await tasks.createTasks(w, event, homeTasks, county);
      await w.audit({
        province: event.province,
        region: event.region,
        action: 'rapid_response_event.workers_listed',
        entityType: 'rapid_response_event',
        entityId: event.id,
        details: { via, added, people: fresh.map((p) => p.personId), homeCounties: [...homes], homeTasks: created },
      });
      return ok(added);
    });
    if (!written.ok) return written;
    return ok({ added: written.value, alreadyListed: people.length - written.value });
  }

  /** The event for listing workers: officers of its area only. */
  async function forListing(actor: Actor, id: string): Promise<Result<RapidResponseEventRow>> {
    const row = await repo.findEvent(db.kysely, id);
    if (!row || !can(actor, 'rapid_response.read') || !inScope(actor.jurisdiction, [row.region])) return refuse('out_of_jurisdiction');
    return can(actor, 'rapid_response.manage') ? ok(row) : refuse('forbidden');
  }

  return {
    tasks,
    offers,

    /** An officer records an event of their area (any kind). */
    async create(actor: Actor, input: EventInput): Promise<Result<EventView>> {
      if (!can(actor, 'rapid_response.manage')) return refuse('forbidden');
      return record(actor, input, 'officer');
    },

    /** An employer reports a mass lay-off of its own enterprise (at the enterprise's address). */
    async report(actor: Actor, input: Pick<EventInput, 'occurredOn' | 'description' | 'workersAffected'>): Promise<Result<EventView>> {
      if (!can(actor, 'rapid_response.report') || !actor.enterpriseId) return refuse('forbidden');
      return record(actor, { ...input, kind: 'layoff', enterpriseId: actor.enterpriseId }, 'employer');
    },

    get: view,

    async list(actor: Actor, q: { page: number; pageSize: number }): Promise<Result<{ items: EventSummary[]; total: number }>> {
      if (actor.role === 'employer') {
        if (!actor.enterpriseId) return refuse('forbidden');
        const rows = await repo.eventsOfEnterprise(db.kysely, actor.enterpriseId);
        const name = await enterpriseName(actor.enterpriseId);
        return ok({ items: rows.map((r) => toSummary(r, name)), total: rows.length });
      }
      if (!can(actor, 'rapid_response.read')) return refuse('forbidden');
      const { rows, total } = await repo.eventsInScope(db.kysely, actor.jurisdiction, {
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      const items = await Promise.all(rows.map(async (r) => toSummary(r, await enterpriseName(r.enterprise_id))));
      return ok({ items, total });
    },

    /**
     * Lists registry people picked by id. Only people of the officer's jurisdiction can be picked by
     * id (no attaching strangers to read their names); others come by ID number and name (import).
     */
    async addWorkers(actor: Actor, id: string, personIds: readonly string[]): Promise<Result<AddOutcome>> {
      const event = await forListing(actor, id);
      if (!event.ok) return event;
      const people = [];
      for (const personId of personIds) {
        const p = await ports.people.summary(personId);
        if (!p || p.mergedInto !== null || !inScope(actor.jurisdiction, p.codes)) return refuse('out_of_jurisdiction');
        people.push({ personId: p.id, codes: p.codes });
      }
      const r = await list(actor, event.value, people, 'picked');
      return r.ok ? ok({ ...r.value, problems: [] }) : r;
    },

    /** Lists the workers of an .xlsx (ID number + name a row): good rows once each, every bad row reported. */
    async importWorkers(actor: Actor, id: string, file: { name: string; data: Buffer }): Promise<Result<AddOutcome>> {
      const event = await forListing(actor, id);
      if (!event.ok) return event;
      const read = await readWorkerList(file.name, file.data, today(), deps.config);
      if (!read.ok) return read;
      const problems = [...read.value.problems];
      const people: Array<{ personId: string; codes: ReadonlyArray<string | null> }> = [];
      for (const row of read.value.rows) {
        const personId = await ports.people.identify(row.idNumber, row.name);
        const p = personId ? await ports.people.summary(personId) : null;
        if (!p) problems.push(problem(row.rowNumber, 'rapid_response_person_unknown'));
        else if (people.some((x) => x.personId === p.id)) problems.push(problem(row.rowNumber, 'import_duplicate_row'));
        else people.push({ personId: p.id, codes: p.codes });
      }
      problems.sort((a, b) => a.rowNumber - b.rowNumber);
      const r = people.length > 0 ? await list(actor, event.value, people, 'imported') : ok({ added: 0, alreadyListed: 0 });
      return r.ok ? ok({ ...r.value, problems }) : r;
    },
  };
}

export type RapidResponseService = ReturnType<typeof createRapidResponseService>;
