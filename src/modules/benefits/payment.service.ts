/**
 * Payments: the ledger list, bank batches (create, export .xlsx, reconcile the bank's result file),
 * reversal and re-issue. Each write is one unit of work (kernel) with its audit entry; ledger rows are only
 * inserted (ledger.ts), and a claim becomes `paid` when every payment in effect for it is paid.
 */
import type { Deps } from '../deps.js';
import type { BlobStore } from '../blobs/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { liveRecord, mergeFamily, type PeopleReader } from './people-port.js';
import { mayManagePayments } from './benefits.policy.js';
import { claimWorkflow } from './claim.js';
import { createWorkflowEngine, type UnitOfWork } from '../kernel/index.js';
import { batchOf, entryOf } from './claim.codec.js';
import { batchWorkbook, readResults, type BatchLine } from './batch-sheet.js';
import { reissue, recordResult, reverse } from './ledger.js';
import type { PaymentBatch, PaymentEntry } from './payment.js';
import * as claimsRepo from './claim.repository.js';
import * as repo from './payment.repository.js';

/** Largest number of entries in one bank batch. */
export const BATCH_MAX_ENTRIES = 5000;

export function createPaymentService(deps: Deps, uow: UnitOfWork, blobs: BlobStore, people: PeopleReader) {
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());
  const workflows = createWorkflowEngine(deps);

  /** An entry the actor may manage (its claim's region in jurisdiction), or null. */
  async function managed(actor: Actor, entryId: string) {
    const e = await repo.findEntry(db.kysely, entryId);
    if (!e) return null;
    const claim = await claimsRepo.findClaim(db.kysely, e.claim_id);
    return claim && mayManagePayments(actor, claim.region) ? { entry: e, claim } : null;
  }

  async function batchIfManaged(actor: Actor, id: string) {
    const b = await repo.findBatch(db.kysely, id);
    return b && mayManagePayments(actor, b.region) ? b : null;
  }

  return {
    async list(
      actor: Actor,
      q: { status?: string | undefined; claimId?: string | undefined; page: number; pageSize: number },
    ): Promise<Result<{ items: PaymentEntry[]; total: number }>> {
      if (!can(actor, 'payments.manage') && !can(actor, 'claims.review')) return refuse('forbidden');
      const { rows, total } = await repo.listEntries(
        db.kysely,
        { scope: actor.jurisdiction, status: q.status, claimId: q.claimId },
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      return ok({ items: rows.map(entryOf), total });
    },

    /** Entries of one claim (staff in jurisdiction, or the worker whose claim it is: the caller checks the claim). */
    async ofClaim(claimId: string): Promise<PaymentEntry[]> {
      return (await repo.entriesOfClaim(db.kysely, claimId)).map(entryOf);
    },

    /** Groups the pending, unbatched entries of the actor's jurisdiction into one batch for the bank. */
    async createBatch(actor: Actor): Promise<Result<PaymentBatch>> {
      if (!can(actor, 'payments.manage')) return refuse('forbidden');
      const id = newId();
      const at = now();
      const province = provinceOf(actor.jurisdiction);
      const r = await uow.write(actor, async (w) => {
        const trx = w.trx;
        const entries = await repo.unbatchedPending(trx, actor.jurisdiction, BATCH_MAX_ENTRIES);
        if (entries.length === 0) return refuse('batch_empty');
        const total = entries.reduce((s, e) => s + Number(e.amount_fen), 0);
        await repo.insertBatch(trx, {
          id,
          province,
          region: actor.jurisdiction,
          entry_count: entries.length,
          total_fen: total,
          created_by: actor.userId,
          created_at: at,
          reconciled_at: null,
          reconciliation_hash: null,
        });
        await repo.addToBatch(
          trx,
          id,
          province,
          entries.map((e) => e.id),
        );
        for (const e of entries)
          await repo.appendStatus(trx, {
            province: e.province,
            entry_id: e.id,
            status: 'batched',
            batch_id: id,
            bank_reference: null,
            note: null,
            at,
            by_user: actor.userId,
          });
        await w.audit({
          province,
          region: actor.jurisdiction === '' ? null : actor.jurisdiction,
          action: 'payment_batch.created',
          entityType: 'payment_batch',
          entityId: id,
          details: { entries: entries.length, totalFen: total },
        });
        return ok(id);
      });
      if (!r.ok) return r;
      const b = await repo.findBatch(db.kysely, id);
      return b ? ok(batchOf(b)) : refuse('internal');
    },

    async listBatches(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: PaymentBatch[]; total: number }>> {
      if (!can(actor, 'payments.manage')) return refuse('forbidden');
      const { rows, total } = await repo.listBatches(db.kysely, actor.jurisdiction, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.map(batchOf), total });
    },

    /** The bank instruction file (.xlsx); ID numbers and bank accounts masked. The export is audited. */
    async exportBatch(actor: Actor, id: string): Promise<Result<{ fileName: string; body: Buffer }>> {
      const b = await batchIfManaged(actor, id);
      if (!b) return refuse('out_of_jurisdiction');
      const entries = await repo.entriesOfBatch(db.kysely, id);
      const payees = await people.payees(entries.map((e) => e.person_id));
      const lines: BatchLine[] = [];
      for (const e of entries) {
        const p = payees.get(e.person_id);
        lines.push({
          entryId: e.id,
          claimId: e.claim_id,
          name: p?.name ?? '',
          idNumberMasked: p?.idNumberMasked ?? '',
          bankAccountMasked: p?.bankAccountMasked ?? '',
          programId: e.program_id,
          instalment: e.instalment,
          amountFen: Number(e.amount_fen),
        });
      }
      const body = await batchWorkbook(id, lines);
      const audited = await uow.write(actor, async (w) => {
        await w.audit({
          province: b.province,
          region: b.region === '' ? null : b.region,
          action: 'payment_batch.exported',
          entityType: 'payment_batch',
          entityId: id,
          details: { rows: lines.length },
        });
        return ok(true);
      });
      if (!audited.ok) return audited;
      return ok({ fileName: `payment-batch-${id.slice(0, 8)}.xlsx`, body });
    },

    /** Applies the bank's result file: each batched entry becomes paid or failed (status rows appended). */
    async reconcile(actor: Actor, id: string, file: Buffer): Promise<Result<{ paid: number; failed: number; skipped: number }>> {
      const b = await batchIfManaged(actor, id);
      if (!b) return refuse('out_of_jurisdiction');
      const lines = await readResults(file);
      if (!lines.ok) return lines;
      const blob = await blobs.put(file);
      const at = now();
      const counts = { paid: 0, failed: 0, skipped: 0 };
      const r = await uow.write(actor, async (w) => {
        const trx = w.trx;
        const entries = new Map((await repo.entriesOfBatch(trx, id)).map((e) => [e.id, e]));
        const claimIds = new Set<string>();
        for (const line of lines.value) {
          const e = entries.get(line.entryId);
          if (!e || !(await recordResult(trx, e, line.result, line.bankReference, { at, by: actor.userId }))) {
            counts.skipped++;
            continue;
          }
          counts[line.result]++;
          claimIds.add(e.claim_id);
        }
        for (const claimId of claimIds) {
          const claim = await claimsRepo.findClaim(trx, claimId);
          const all = await repo.entriesOfClaim(trx, claimId);
          const live = all.filter((e) => e.kind === 'payment' && e.status !== 'failed' && e.status !== 'reversed');
          if (claim && claim.status === 'approved' && live.length > 0 && live.every((e) => e.status === 'paid')) {
            const paid = await workflows.transition(w, claimWorkflow, {
              id: claimId,
              from: 'approved',
              event: 'mark_paid',
              expectedVersion: Number(claim.version),
              province: claim.province,
              region: claim.region,
              action: 'claim.paid',
              details: { batchId: id },
            });
            if (!paid.ok) return paid;
          }
        }
        await repo.markBatchReconciled(trx, id, at, blob.hash);
        await w.audit({
          province: b.province,
          region: b.region === '' ? null : b.region,
          action: 'payment_batch.reconciled',
          entityType: 'payment_batch',
          entityId: id,
          details: { ...counts, file: blob.hash },
        });
        return ok(true);
      });
      return r.ok ? ok(counts) : r;
    },

    /** A reversing entry for a paid payment, with the reason; the original entry is not changed. */
    async reverse(actor: Actor, entryId: string, reason: string): Promise<Result<PaymentEntry>> {
      const m = await managed(actor, entryId);
      if (!m) return refuse('out_of_jurisdiction');
      const at = now();
      const r = await uow.write(actor, async (w) => {
        const reversal = await reverse(w.trx, entryId, reason, { at, by: actor.userId });
        await w.audit({
          province: m.entry.province,
          region: m.claim.region,
          action: 'payment.reversed',
          entityType: 'payment_entry',
          entityId: entryId,
          details: { reversal, reason: reason.slice(0, 500) },
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
        const fresh = await reissue(w.trx, entryId, { at, by: actor.userId }, family);
        await w.audit({
          province: m.entry.province,
          region: m.claim.region,
          action: 'payment.reissued',
          entityType: 'payment_entry',
          entityId: fresh,
          details: { previous: entryId },
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
