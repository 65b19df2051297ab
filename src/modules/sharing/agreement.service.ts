/**
 * Sharing agreements (借调协议, O61-1.3): drafted from a proposal or for two named firms with the
 * workers picked from the lender's own staff, the wage checked against the borrower place's minimum
 * (the jobs module's rule), sent to each worker for consent, cancelled by a party or an officer.
 */
import type { Deps } from '../deps.js';
import { provinceOf, type Actor } from '../actor.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { NOTIFY_TOPIC, notice } from '../jobs/index.js';
import { inScope } from '../../db/scope.js';
import * as repo from './sharing.repository.js';
import {
  agreementWorkflow,
  endInstant,
  listingWorkflow,
  overlaps,
  startInstant,
  type AgreementInput,
  type AgreementStatus,
  type ListingStatus,
} from './sharing.js';
import { agreementChangeRefusal, agreementReadRefusal, firmRefusal, reachOf } from './sharing.policy.js';
import { agreementErrors } from './sharing.validate.js';
import { agreementView, type AgreementView } from './sharing.view.js';
import type { SharingAgreementRow, SharingListingRow } from './sharing.table.js';
import type { SharingFirm, SharingPorts } from './sharing.ports.js';
import { firmNames, wageRefusal } from './sharing.shared.js';
import type { Work } from '../kernel/index.js';

export const TIMER_START = 'sharing.agreement.start';
export const TIMER_END = 'sharing.agreement.end';

export function createAgreementService(deps: Deps, ports: SharingPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  /** The agreement as this actor may see it: a worker sees only their own line. */
  async function view(actor: Actor, row: SharingAgreementRow): Promise<AgreementView> {
    const all = await repo.workersOf(db.kysely, [row.id]);
    // A decline removes the worker (decision 197): only the lender's side still sees who declined.
    const lenderSide = actor.role === 'employer' ? actor.enterpriseId === row.lender_id : inScope(actor.jurisdiction, [row.lender_region]);
    const workers =
      actor.role === 'worker'
        ? all.filter((w) => w.person_id === actor.personId)
        : lenderSide
          ? all
          : all.filter((w) => w.consent !== 'declined');
    const [firms, names] = await Promise.all([
      firmNames(ports, [row.lender_id, row.borrower_id]),
      ports.namesOf(workers.map((w) => w.person_id)),
    ]);
    return agreementView(row, { lender: firms.get(row.lender_id) ?? '', borrower: firms.get(row.borrower_id) ?? '' }, workers, names);
  }

  /** The two firms and the listings an agreement comes from, or the refusal. */
  async function parties(
    input: AgreementInput,
    /** An employer drafting: the offer must be its own, told before anything else about the listings. */
    owner: string | null,
  ): Promise<Result<{ lender: SharingFirm; borrower: SharingFirm; offer?: SharingListingRow; request?: SharingListingRow }>> {
    let offer: SharingListingRow | undefined;
    let request: SharingListingRow | undefined;
    let lenderId = input.lenderId;
    let borrowerId = input.borrowerId;
    if (input.offerId && input.requestId) {
      offer = await repo.findListing(db.kysely, input.offerId);
      request = await repo.findListing(db.kysely, input.requestId);
      if (!offer || !request || offer.side !== 'offer' || request.side !== 'request') return refuse('out_of_jurisdiction');
      if (owner !== null && offer.enterprise_id !== owner) return refuse('out_of_jurisdiction');
      if (offer.status !== 'open' || request.status !== 'open') return refuse('sharing_listing_not_open');
      if (!overlaps({ startDate: offer.start_date, endDate: offer.end_date }, { startDate: request.start_date, endDate: request.end_date }))
        return refuse('sharing_invalid');
      lenderId = offer.enterprise_id;
      borrowerId = request.enterprise_id;
    }
    if (!lenderId || !borrowerId) return refuse('sharing_invalid');
    if (lenderId === borrowerId) return refuse('sharing_same_firm');
    const [lender, borrower] = await Promise.all([ports.enterprise(lenderId), ports.enterprise(borrowerId)]);
    if (!lender || !borrower) return refuse('out_of_jurisdiction');
    return ok({ lender, borrower, ...(offer ? { offer } : {}), ...(request ? { request } : {}) });
  }

  /** Moves a listing the agreement came from (skipped when it is no longer in the state the step needs). */
  async function moveListing(
    w: Pick<Work, 'trx' | 'audit'>,
    id: string | null,
    event: 'match' | 'reopen' | 'close',
  ): Promise<Result<unknown>> {
    if (!id) return ok(null);
    const l = await repo.findListing(w.trx, id);
    if (!l) return ok(null);
    const from = l.status as ListingStatus;
    const allowed = event === 'match' ? from === 'open' : event === 'reopen' ? from === 'matched' : from !== 'closed';
    if (!allowed) return event === 'match' ? refuse('sharing_listing_not_open') : ok(null);
    return ports.workflows.transition(w, listingWorkflow, {
      id,
      from,
      event,
      expectedVersion: l.version,
      province: l.province,
      region: l.region,
    });
  }

  async function loadForChange(actor: Actor, id: string): Promise<Result<SharingAgreementRow>> {
    const row = await repo.findAgreement(db.kysely, id);
    if (!row) return refuse('out_of_jurisdiction');
    const refused = agreementChangeRefusal(actor, row, await repo.workersOf(db.kysely, [id]));
    return refused ? { ok: false, reason: refused } : ok(row);
  }

  return {
    view,
    moveListing,

    /** Drafts an agreement: the lender firm (or an officer of either party) picks the workers from the lender's staff. */
    async create(actor: Actor, input: AgreementInput): Promise<Result<AgreementView>> {
      if (actor.role === 'worker') return refuse('out_of_jurisdiction');
      const errors = agreementErrors(input, today());
      if (errors.length > 0) return refuse('sharing_invalid', { errors });
      const p = await parties(input, actor.role === 'employer' ? actor.enterpriseId : null);
      if (!p.ok) return p;
      const { lender, borrower } = p.value;
      if (actor.role === 'employer') {
        if (actor.enterpriseId === borrower.id) return refuse('forbidden');
        if (actor.enterpriseId !== lender.id) return refuse('out_of_jurisdiction');
      } else {
        const a = firmRefusal(actor, lender);
        const b = firmRefusal(actor, borrower);
        if (a && b) return { ok: false, reason: a.code === 'forbidden' ? a : b };
      }
      const low = await wageRefusal(ports, input.wageFen, input.placeCode, input.startDate);
      if (low) return low;
      const staff = await ports.staffAmong(lender.id, input.workerIds, input.startDate);
      const strangers = input.workerIds.flatMap((id, i) => (staff.has(id) ? [] : [fieldError(`/workerIds/${i}`, 'sharing_not_staff')]));
      if (strangers.length > 0) return refuse('sharing_not_staff', { errors: strangers });
      const now = isoInstant(clock.now());
      const row: SharingAgreementRow = {
        id: newId(),
        lender_id: lender.id,
        borrower_id: borrower.id,
        province: provinceOf(lender.addressCode),
        lender_region: lender.addressCode,
        borrower_region: borrower.addressCode,
        offer_id: p.value.offer?.id ?? null,
        request_id: p.value.request?.id ?? null,
        start_date: input.startDate,
        end_date: input.endDate,
        place_code: input.placeCode,
        address: input.address.trim(),
        occupation_code: input.occupationCode,
        wage_fen: input.wageFen,
        wage_payer: input.wagePayer,
        injury_insurer: input.injuryInsurer,
        status: 'draft',
        activated_on: null,
        ended_on: null,
        version: 1,
        created_at: now,
        created_by: actor.userId,
        updated_at: now,
      };
      const done = await ports.uow.write(actor, async (w) => {
        await repo.insertAgreement(w.trx, row);
        await repo.insertWorkers(
          w.trx,
          input.workerIds.map((personId) => ({
            id: newId(),
            agreement_id: row.id,
            person_id: personId,
            consent: 'pending',
            answered_at: null,
          })),
        );
        for (const [id, ev] of [
          [row.offer_id, 'match'],
          [row.request_id, 'match'],
        ] as const) {
          const moved = await moveListing(w, id, ev);
          if (!moved.ok) return moved;
        }
        await w.audit({
          province: row.province,
          region: row.lender_region,
          action: 'sharing_agreement.draft',
          entityType: 'sharing_agreement',
          entityId: row.id,
          details: { lenderId: lender.id, borrowerId: borrower.id, workers: input.workerIds.length, wageFen: input.wageFen },
        });
        return ok(row.id);
      });
      if (!done.ok) return done;
      return ok(await view(actor, row));
    },

    async get(actor: Actor, id: string): Promise<Result<AgreementView>> {
      const row = await repo.findAgreement(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = agreementReadRefusal(actor, row, await repo.workersOf(db.kysely, [id]));
      return refused ? { ok: false, reason: refused } : ok(await view(actor, row));
    },

    async list(actor: Actor, f: { status?: string | undefined; page: number; pageSize: number }): Promise<Result<AgreementView[]>> {
      const reach = reachOf(actor);
      if (!reach) return refuse('forbidden');
      const rows = await repo.listAgreements(db.kysely, reach, { status: f.status, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return ok(await Promise.all(rows.map((r) => view(actor, r))));
    },

    /** Sends a draft to its workers: each gets a consent request in the app and by SMS; start and end timers set. */
    async send(actor: Actor, id: string, version: number): Promise<Result<AgreementView>> {
      const loaded = await loadForChange(actor, id);
      if (!loaded.ok) return loaded;
      const row = loaded.value;
      // Drafting and sending are the lender's acts (decision 194): the borrowing firm may cancel, not send.
      if (actor.role === 'employer' && actor.enterpriseId !== row.lender_id) return refuse('forbidden');
      // Read before the write: on SQLite a read outside the open transaction would wait for it.
      const firms = await firmNames(ports, [row.lender_id, row.borrower_id]);
      const lender = firms.get(row.lender_id) ?? '';
      const borrower = firms.get(row.borrower_id) ?? '';
      const done = await ports.uow.write(actor, async (w) => {
        const moved = await ports.workflows.transition(w, agreementWorkflow, {
          id,
          from: row.status as AgreementStatus,
          event: 'send',
          expectedVersion: version,
          province: row.province,
          region: row.lender_region,
        });
        if (!moved.ok) return moved;
        await ports.timers.schedule(w.trx, TIMER_START, id, startInstant(row.start_date));
        await ports.timers.schedule(w.trx, TIMER_END, id, endInstant(row.end_date));
        for (const wk of await repo.workersOf(w.trx, [id]))
          w.send(
            NOTIFY_TOPIC,
            notice({
              kind: 'sharing.consent',
              personId: wk.person_id,
              refId: id,
              zh: `${lender}拟安排您${row.start_date}至${row.end_date}到${borrower}工作（共享用工），是否同意请本人在手机上打开“找工作”栏的“共享用工确认”（/m/sharing）确认`,
              en: `${lender} proposes that you work at ${borrower} from ${row.start_date} to ${row.end_date} (labour sharing); please consent or decline yourself on your phone: Jobs tab, Labour sharing (/m/sharing)`,
            }),
          );
        return ok(id);
      });
      if (!done.ok) return done;
      return this.get(actor, id);
    },

    /** Cancels an agreement before it ends; the listings it took go back to open. */
    async cancel(actor: Actor, id: string, version: number): Promise<Result<AgreementView>> {
      const loaded = await loadForChange(actor, id);
      if (!loaded.ok) return loaded;
      const row = loaded.value;
      const done = await ports.uow.write(actor, async (w) => {
        const moved = await ports.workflows.transition(w, agreementWorkflow, {
          id,
          from: row.status as AgreementStatus,
          event: 'cancel',
          expectedVersion: version,
          province: row.province,
          region: row.lender_region,
        });
        if (!moved.ok) return moved;
        await ports.timers.cancel(w.trx, id);
        for (const l of [row.offer_id, row.request_id]) {
          const r = await moveListing(w, l, 'reopen');
          if (!r.ok) return r;
        }
        return ok(id);
      });
      if (!done.ok) return done;
      return this.get(actor, id);
    },
  };
}
