/**
 * The unemployment register (O61-3.2): register at one of the person's four places, transfer between
 * them, start services, close as employed or deregister. One active registration per person (the
 * database enforces it); every step through the unit of work and the registration workflow, audited.
 */
import type { Deps } from '../deps.js';
import { provinceOf, type Actor } from '../actor.js';
import { createNumbering, type UnitOfWork, type Work, type WorkflowEngine } from '../kernel/index.js';
import { divisionName } from '../regions/index.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import * as repo from './registration.repository.js';
import {
  deregistrationReasons,
  placesOf,
  registrationRegion,
  registrationWorkflow,
  type DeregistrationReason,
  type PlaceKind,
} from './registration.js';
import { changeRefusal, readRefusal, registrationPlace } from './registration.policy.js';
import { toView, type RegistrationView } from './registration.view.js';
import type { UnemploymentRegistrationRow } from './registration.table.js';
import type { RegistrantReader, RegistrationFollower } from './registration.port.js';
import './unemployment.errors.js';
import './unemployment.permissions.js';
import { nameOf } from '../people/index.js';

export interface RegisterInput {
  personId: string;
  /** The kind of place to register at; the first place the office may accept when left out. */
  placeKind?: PlaceKind | undefined;
  /** For a worker registering from the phone: the office (county) chosen; staff register at their own. */
  officeCode?: string | undefined;
  registeredOn?: string | undefined;
}

type Step = { version: number; onDate?: string | undefined };

export function createUnemploymentService(
  deps: Deps,
  uow: UnitOfWork,
  workflows: WorkflowEngine,
  people: RegistrantReader,
  followers: () => readonly RegistrationFollower[] = () => [],
) {
  const { db, clock } = deps;
  const numbering = createNumbering({ placeName: divisionName });
  const today = () => businessDate(clock.now());

  function dateOrToday(d: string | undefined, path: string): Result<string> {
    const date = d ?? today();
    if (!isIsoDate(date) || date > today()) return refuse('validation_failed', { errors: [fieldError(path, 'policy_date_invalid')] });
    return ok(date);
  }

  async function person(id: string) {
    const p = await people.summary(id);
    if (!p) return refuse('out_of_jurisdiction');
    if (p.mergedInto !== null) return refuse('person_merged');
    return ok(p);
  }

  async function view(row: UnemploymentRegistrationRow, withEvents: boolean): Promise<RegistrationView> {
    const p = await people.summary(row.person_id);
    const events = withEvents ? await repo.eventsOf(db.kysely, row.id) : undefined;
    return toView(row, nameOf(p), events);
  }

  /** Loads a registration for a step the actor may take. */
  async function forStep(actor: Actor, id: string): Promise<Result<UnemploymentRegistrationRow>> {
    const row = await repo.findRegistration(db.kysely, id);
    if (!row) return refuse('out_of_jurisdiction');
    const refused = changeRefusal(actor, row);
    return refused ? { ok: false, reason: refused } : ok(row);
  }

  /** One workflow step with its history line, in one unit of work. */
  async function step(
    actor: Actor,
    row: UnemploymentRegistrationRow,
    s: { event: 'start_services' | 'transfer' | 'employed' | 'deregister'; version: number; onDate: string; kind: string },
    patch: Partial<Pick<UnemploymentRegistrationRow, 'place_kind' | 'place_code' | 'region' | 'province' | 'ended_on' | 'end_reason'>>,
    note: string | null,
  ): Promise<Result<RegistrationView>> {
    const done = await uow.write(actor, async (w) => {
      const moved = await workflows.transition(w, registrationWorkflow, {
        id: row.id,
        from: row.status as (typeof registrationWorkflow.states)[number],
        event: s.event,
        expectedVersion: s.version,
        province: patch.province ?? row.province,
        region: patch.region ?? row.region,
        patch,
        details: { number: row.number, ...(patch.place_kind ? { placeKind: patch.place_kind, fromRegion: row.region } : {}) },
      });
      if (!moved.ok) return moved;
      const at = { province: patch.province ?? row.province, region: patch.region ?? row.region };
      for (const f of followers()) await f.stepped(w, { registrationId: row.id, event: s.event, ...at, onDate: s.onDate });
      await repo.insertEvent(w.trx, {
        id: newId(),
        registration_id: row.id,
        kind: s.kind,
        place_kind: patch.place_kind ?? null,
        place_code: patch.place_code ?? null,
        note,
        on_date: s.onDate,
        at: isoInstant(clock.now()),
        by_user: actor.userId,
      });
      return ok(row.id);
    });
    if (!done.ok) return done;
    const fresh = await repo.findRegistration(db.kysely, row.id);
    return fresh ? ok(await view(fresh, true)) : refuse('not_found');
  }

  return {
    /** Registers a person at one of their four places; refused elsewhere, naming the places that would accept. */
    async register(
      actor: Actor,
      input: RegisterInput,
      /** The caller's own step in the same unit of work (a rapid-response offer taken up; decision 177); its refusal undoes the registration. */
      then?: (w: Work, registration: { id: string; number: string }) => Promise<Result<unknown>>,
    ): Promise<Result<RegistrationView>> {
      const self = actor.role === 'worker';
      if (self && (actor.personId === null || actor.personId !== input.personId)) return refuse('out_of_jurisdiction');
      if (!self && !can(actor, 'unemployment.register')) return refuse('forbidden');
      const p = await person(input.personId);
      if (!p.ok) return p;
      const chosen = registrationPlace(actor, self, input, p.value.codes);
      if (!chosen.ok) return chosen;
      const { office, place } = chosen.value;
      const on = dateOrToday(input.registeredOn, '/registeredOn');
      if (!on.ok) return on;
      const region = registrationRegion(office, place.code);
      const at = isoInstant(clock.now());
      const id = newId();
      const opening = {
        personId: p.value.id,
        province: provinceOf(region),
        region,
        registeredOn: on.value,
        officerId: self ? null : actor.userId,
      };
      const follow = await Promise.all(followers().map((f) => f.prepare(opening)));
      const done = await uow.write(
        actor,
        async (w) => {
          const number = await numbering.allocate(w.trx, { kind: 'unemployment_registration', mark: '失', region, on: on.value });
          await repo.insertRegistration(w.trx, {
            id,
            number,
            person_id: p.value.id,
            province: provinceOf(region),
            region,
            place_kind: place.kind,
            place_code: place.code,
            status: 'registered',
            registered_on: on.value,
            ended_on: null,
            end_reason: null,
            version: 1,
            created_at: at,
            created_by: actor.userId,
            updated_at: at,
          });
          await repo.insertEvent(w.trx, {
            id: newId(),
            registration_id: id,
            kind: 'registered',
            place_kind: place.kind,
            place_code: place.code,
            note: null,
            on_date: on.value,
            at,
            by_user: actor.userId,
          });
          await w.audit({
            province: provinceOf(region),
            region,
            action: 'unemployment.registered',
            entityType: 'unemployment_registration',
            entityId: id,
            details: { number, personId: p.value.id, placeKind: place.kind, placeCode: place.code, self },
          });
          for (const apply of follow) await apply(w, id);
          const followed = then ? await then(w, { id, number }) : ok(null);
          return followed.ok ? ok(id) : followed;
        },
        {
          // The one-active index: PostgreSQL names it, SQLite names its column.
          uniques: {
            unemployment_one_active: refuse('unemployment_already_registered').reason,
            'unemployment_registrations.person_id': refuse('unemployment_already_registered').reason,
          },
        },
      );
      if (!done.ok) return done;
      const row = await repo.findRegistration(db.kysely, id);
      return row ? ok(await view(row, true)) : refuse('not_found');
    },

    async get(actor: Actor, id: string): Promise<Result<RegistrationView>> {
      const row = await repo.findRegistration(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = readRefusal(actor, row);
      return refused ? { ok: false, reason: refused } : ok(await view(row, true));
    },

    async list(actor: Actor, q: { status?: string | undefined; page: number; pageSize: number }) {
      if (!can(actor, 'unemployment.read')) return refuse('forbidden');
      const { rows, total } = await repo.listInScope(db.kysely, actor.jurisdiction, {
        status: q.status,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      const named = await people.summaries(rows.map((r) => r.person_id));
      const items = rows.map((r) => {
        const p = named.get(r.person_id);
        return toView(r, nameOf(p));
      });
      return ok({ items, total });
    },

    /** The signed-in worker's registrations, newest first, with their history. */
    async mine(actor: Actor): Promise<Result<RegistrationView[]>> {
      if (actor.role !== 'worker' || actor.personId === null) return refuse('forbidden');
      // One person: their summary once, and all the histories in one query.
      const [rows, p] = await Promise.all([repo.registrationsOf(db.kysely, actor.personId), people.summary(actor.personId)]);
      const events = await repo.eventsOfMany(
        db.kysely,
        rows.map((r) => r.id),
      );
      const person = nameOf(p);
      return ok(
        rows.map((r) =>
          toView(
            r,
            person,
            events.filter((e) => e.registration_id === r.id),
          ),
        ),
      );
    },

    async startServices(actor: Actor, id: string, s: Step): Promise<Result<RegistrationView>> {
      const row = await forStep(actor, id);
      if (!row.ok) return row;
      const on = dateOrToday(s.onDate, '/onDate');
      if (!on.ok) return on;
      return step(actor, row.value, { event: 'start_services', version: s.version, onDate: on.value, kind: 'services_started' }, {}, null);
    },

    /** Moves an active registration to another of the person's four places (the history keeps the old one). */
    async transfer(actor: Actor, id: string, s: Step & { placeKind: PlaceKind }): Promise<Result<RegistrationView>> {
      const row = await forStep(actor, id);
      if (!row.ok) return row;
      const p = await person(row.value.person_id);
      if (!p.ok) return p;
      const place = placesOf(p.value.codes).find((x) => x.kind === s.placeKind);
      if (!place) return refuse('unemployment_place_unknown');
      const on = dateOrToday(s.onDate, '/onDate');
      if (!on.ok) return on;
      const patch = { place_kind: place.kind, place_code: place.code, region: place.code, province: provinceOf(place.code) };
      return step(actor, row.value, { event: 'transfer', version: s.version, onDate: on.value, kind: 'transferred' }, patch, null);
    },

    async markEmployed(actor: Actor, id: string, s: Step & { employer?: string | undefined }): Promise<Result<RegistrationView>> {
      const row = await forStep(actor, id);
      if (!row.ok) return row;
      const on = dateOrToday(s.onDate, '/onDate');
      if (!on.ok) return on;
      const employer = s.employer?.trim().slice(0, 200) || null;
      const patch = { ended_on: on.value, end_reason: employer === null ? 'employed' : `employed:${employer}` };
      return step(actor, row.value, { event: 'employed', version: s.version, onDate: on.value, kind: 'employed' }, patch, employer);
    },

    async deregister(actor: Actor, id: string, s: Step & { reason: string; note?: string | undefined }): Promise<Result<RegistrationView>> {
      if (!(deregistrationReasons as readonly string[]).includes(s.reason)) return refuse('unemployment_reason_unknown');
      const row = await forStep(actor, id);
      if (!row.ok) return row;
      const on = dateOrToday(s.onDate, '/onDate');
      if (!on.ok) return on;
      const patch = { ended_on: on.value, end_reason: s.reason as DeregistrationReason };
      const note = s.note?.trim().slice(0, 500) || null;
      return step(actor, row.value, { event: 'deregister', version: s.version, onDate: on.value, kind: 'deregistered' }, patch, note);
    },

    /** True when the person holds a registration in force on the date (the policy engine's fact). */
    async registeredOn(personId: string, date: string): Promise<boolean> {
      return (await repo.activeOn(db.kysely, personId, date)) !== undefined;
    },
  };
}

export type UnemploymentService = ReturnType<typeof createUnemploymentService>;
