/**
 * Payments: the ledger list (with the payee's name and masked ID number), reversal and re-issue.
 * Each write is one unit of work (kernel) with its audit entry and a readable number for the new
 * ledger row; ledger rows are only inserted (ledger.ts). Bank batches: batch.service.ts.
 */
import './benefits.permissions.js';
import './benefits.errors.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { liveRecord, mergeFamily, type PeopleReader } from './people-port.js';
import { mayManagePayments } from './benefits.policy.js';
import type { Numbering, UnitOfWork } from '../kernel/index.js';
import { entryOf } from './claim.codec.js';
import { reissue, reverse } from './ledger.js';
import type { PaymentEntry } from './payment.js';
import * as claimsRepo from './claim.repository.js';
import * as repo from './payment.repository.js';

export function createPaymentService(deps: Deps, uow: UnitOfWork, people: PeopleReader, numbering: Numbering) {
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());
  /** The next ledger number in a unit of work, numbered after the claim's county. */
  const numberIn = (trx: Parameters<Numbering['allocate']>[0], region: string) => () =>
    numbering.allocate(trx, { kind: 'payment', mark: '付', region, on: businessDate(clock.now()) });

  /** An entry the actor may manage (its claim's region in jurisdiction), or null. */
  async function managed(actor: Actor, entryId: string) {
    const e = await repo.findEntry(db.kysely, entryId);
    if (!e) return null;
    const claim = await claimsRepo.findClaim(db.kysely, e.claim_id);
    return claim && mayManagePayments(actor, claim.region) ? { entry: e, claim } : null;
  }

  return {
    async list(
      actor: Actor,
      q: {
        status?: string | undefined;
        claimId?: string | undefined;
        personId?: string | undefined;
        batchId?: string | undefined;
        page: number;
        pageSize: number;
      },
    ): Promise<Result<{ items: PaymentEntry[]; total: number }>> {
      if (!can(actor, 'payments.manage') && !can(actor, 'claims.review')) return refuse('forbidden');
      const { rows, total } = await repo.listEntries(
        db.kysely,
        { scope: actor.jurisdiction, status: q.status, claimId: q.claimId, personId: q.personId, batchId: q.batchId },
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      const payees = await people.payees(rows.map((r) => r.person_id));
      const items = rows.map((r) => {
        const p = payees.get(r.person_id);
        return { ...entryOf(r), ...(p ? { person: { name: p.name, idNumberMasked: p.idNumberMasked } } : {}) };
      });
      return ok({ items, total });
    },

    /** Entries of one claim (staff in jurisdiction, or the worker whose claim it is: the caller checks the claim). */
    async ofClaim(claimId: string): Promise<PaymentEntry[]> {
      return (await repo.entriesOfClaim(db.kysely, claimId)).map(entryOf);
    },

    /** A reversing entry for a paid payment, with the reason; the original entry is not changed. */
    async reverse(actor: Actor, entryId: string, reason: string): Promise<Result<PaymentEntry>> {
      const m = await managed(actor, entryId);
      if (!m) return refuse('out_of_jurisdiction');
      const at = now();
      const r = await uow.write(actor, async (w) => {
        const reversal = await reverse(w.trx, entryId, reason, { at, by: actor.userId, number: numberIn(w.trx, m.claim.region) });
        await w.audit({
          province: m.entry.province,
          region: m.claim.region,
          action: 'payment.reversed',
          entityType: 'payment_entry',
          entityId: entryId,
          details: { number: m.entry.number, reversal, reason: reason.slice(0, 500) },
        });
        return ok(reversal);
      });
      if (!r.ok) return r;
      const e = await repo.findEntry(db.kysely, r.value);
      return e ? ok(entryOf(e)) : refuse('internal');
    },

    /**
     * A new attempt for a failed or reversed payment (same family key, `#n`); never for a record that
     * was merged away (the refusal names the survivor), nor while another record of the merge family
     * has a payment in effect for the same instalment (decision 108).
     */
    async reissue(actor: Actor, entryId: string): Promise<Result<PaymentEntry>> {
      const m = await managed(actor, entryId);
      if (!m) return refuse('out_of_jurisdiction');
      const live = await liveRecord(people, m.entry.person_id);
      if (!live.ok) return live;
      const family = await mergeFamily(people, m.entry.person_id);
      const at = now();
      const r = await uow.write(actor, async (w) => {
        const fresh = await reissue(w.trx, entryId, { at, by: actor.userId, number: numberIn(w.trx, m.claim.region) }, family);
        await w.audit({
          province: m.entry.province,
          region: m.claim.region,
          action: 'payment.reissued',
          entityType: 'payment_entry',
          entityId: fresh,
          details: { previous: entryId, previousNumber: m.entry.number },
        });
        return ok(fresh);
      });
      if (!r.ok) return r;
      const e = await repo.findEntry(db.kysely, r.value);
      return e ? ok(entryOf(e)) : refuse('internal');
    },
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
