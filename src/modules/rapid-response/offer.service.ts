/**
 * What each listed worker is offered (O61-3.1) and what they took up (decision 176): unemployment
 * registration (the unemployment module registers them at a place the officer's office accepts),
 * job referrals (the jobs module's recommendations) and the relief the policy engine finds them
 * eligible for. Offers are worked out when the worker is listed and recorded with the worker.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import type { UnitOfWork, Work, WorkflowEngine } from '../kernel/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { offerWorkflow, type OfferKind } from './response.js';
import { mayServeWorker } from './response.policy.js';
import { toOfferView, type OfferView } from './response.view.js';
import type { ResponseOffers } from './response.port.js';
import type { RapidResponseOfferRow } from './response.table.js';
import * as repo from './response.repository.js';

/** How many job referrals each worker is offered. */
export const REFERRALS_PER_WORKER = 3;

/** An offer worked out before the write (reads only). */
export interface PlannedOffer {
  kind: OfferKind;
  ref: string;
  label: { zh: string; en: string };
  amountFen: number | null;
  /** Already taken up (a registration in force when the worker is listed). */
  takenUp: boolean;
}

export function createOfferService(deps: Deps, ports: { uow: UnitOfWork; workflows: WorkflowEngine; offers: ResponseOffers }) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  /**
   * The offers for one person today (reads other modules through the ports). `ownArea` is false for
   * a person listed from another county (an .xlsx row found by ID number and name): their
   * registration and the relief their registry facts allow are not read, which would tell the
   * listing officer facts of someone outside their jurisdiction; the person's home county serves them.
   */
  async function plan(personId: string, ownArea: boolean): Promise<PlannedOffer[]> {
    const day = today();
    const [registered, referrals, relief] = await Promise.all([
      ownArea ? ports.offers.registeredOn(personId, day) : Promise.resolve(false),
      ports.offers.referrals(personId, REFERRALS_PER_WORKER),
      ownArea ? ports.offers.relief(personId, day) : Promise.resolve([]),
    ]);
    return [
      { kind: 'registration', ref: '', label: { zh: '失业登记', en: 'Unemployment registration' }, amountFen: null, takenUp: registered },
      ...referrals.map((r) => ({
        kind: 'referral' as const,
        ref: r.postingId,
        label: { zh: r.title, en: r.title },
        amountFen: null,
        takenUp: false,
      })),
      ...relief.map((r) => ({ kind: 'relief' as const, ref: r.programId, label: r.name, amountFen: r.amountFen, takenUp: false })),
    ];
  }

  /** Records planned offers of a listed worker inside the caller's unit of work. */
  async function record(w: Work, eventId: string, workerId: string, planned: readonly PlannedOffer[]): Promise<void> {
    const at = isoInstant(clock.now());
    const day = today();
    for (const o of planned) {
      await repo.insertOfferOnce(w.trx, {
        id: newId(),
        event_id: eventId,
        worker_id: workerId,
        kind: o.kind,
        ref: o.ref,
        label_zh: o.label.zh.slice(0, 200),
        label_en: o.label.en.slice(0, 200),
        amount_fen: o.amountFen,
        status: o.takenUp ? 'taken_up' : 'offered',
        offered_on: day,
        closed_on: o.takenUp ? day : null,
        note: o.takenUp ? 'already_registered' : null,
        version: 1,
        updated_at: at,
      });
    }
  }

  /** An offer found for a step, with its worker's person and the event's place. */
  interface Found {
    offer: RapidResponseOfferRow;
    personId: string;
    region: string;
    province: string;
  }

  /** Loads an offer for a step: the actor serves the worker (the event's area or the worker's home), else 404. */
  async function forStep(actor: Actor, id: string): Promise<Result<Found>> {
    const offer = await repo.findOffer(db.kysely, id);
    const worker = offer ? await repo.findWorker(db.kysely, offer.worker_id) : undefined;
    const event = worker ? await repo.findEvent(db.kysely, worker.event_id) : undefined;
    if (!offer || !worker || !event || !mayServeWorker(actor, event.region, worker.home_region)) return refuse('out_of_jurisdiction');
    return ok({ offer, personId: worker.person_id, region: event.region, province: event.province });
  }

  type Step = { event: 'take_up' | 'decline'; version: number; note: string | null };

  /** The offer's workflow step inside a unit of work. */
  async function stepIn(w: Work, { offer, region, province }: Found, s: Step): Promise<Result<string>> {
    const moved = await ports.workflows.transition(w, offerWorkflow, {
      id: offer.id,
      // Callers step only an offer still offered (checked before the unit of work; the version guards the rest).
      from: 'offered',
      event: s.event,
      expectedVersion: s.version,
      province,
      region,
      patch: { closed_on: today(), note: s.note },
      details: { eventId: offer.event_id, workerId: offer.worker_id, kind: offer.kind, ref: offer.ref },
    });
    return moved.ok ? ok(offer.id) : moved;
  }

  async function fresh(id: string): Promise<Result<OfferView>> {
    const row = await repo.findOffer(db.kysely, id);
    return row ? ok(toOfferView(row)) : refuse('not_found');
  }

  async function close(actor: Actor, id: string, s: Step): Promise<Result<OfferView>> {
    const found = await forStep(actor, id);
    if (!found.ok) return found;
    if (found.value.offer.status !== 'offered') return refuse('rapid_response_offer_closed');
    const done = await ports.uow.write(actor, (w) => stepIn(w, found.value, s));
    return done.ok ? fresh(found.value.offer.id) : done;
  }

  return {
    plan,
    record,

    /** Records that the worker took the offer up (a referral made, a claim lodged …), with a note. */
    takeUp: (actor: Actor, id: string, s: { version: number; note?: string | undefined }) =>
      close(actor, id, { event: 'take_up', version: s.version, note: s.note?.trim().slice(0, 500) || null }),

    /** Records that the worker declined the offer. */
    decline: (actor: Actor, id: string, s: { version: number; note?: string | undefined }) =>
      close(actor, id, { event: 'decline', version: s.version, note: s.note?.trim().slice(0, 500) || null }),

    /**
     * Takes up a registration offer by registering the worker as unemployed at a place the officer's
     * office accepts (refused with the places that would, as the unemployment module words it).
     */
    async register(actor: Actor, id: string, s: { version: number }): Promise<Result<OfferView>> {
      const found = await forStep(actor, id);
      if (!found.ok) return found;
      if (found.value.offer.kind !== 'registration' || found.value.offer.status !== 'offered') return refuse('rapid_response_offer_closed');
      // The registration and the offer's step are one unit of work (decision 177): a stale offer
      // version refuses the step, and no registration is left behind.
      const registered = await ports.offers.register(actor, found.value.personId, (w, r) =>
        stepIn(w, found.value, { event: 'take_up', version: s.version, note: r.number }),
      );
      return registered.ok ? fresh(id) : registered;
    },
  };
}

export type OfferService = ReturnType<typeof createOfferService>;
