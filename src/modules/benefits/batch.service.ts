/**
 * Bank batches: group the pending payments of a jurisdiction (people without a bank account are
 * left out and named), read one with its payees, the bank's instruction file (.xlsx, masked, in
 * Chinese) and reconciliation of the bank's result file (decision 172: results in Chinese or
 * English, a column mapping chosen on upload and remembered per bank). Each write is one unit of work.
 */
import './benefits.permissions.js';
import type { Deps } from '../deps.js';
import type { BlobStore } from '../blobs/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { readSetting, writeSetting } from '../system/index.js';
import { beijingMinute, businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { createWorkflowEngine, type Numbering, type UnitOfWork, type Work } from '../kernel/index.js';
import type { PeopleReader } from './people-port.js';
import { mayManagePayments } from './benefits.policy.js';
import { claimWorkflow } from './claim.js';
import { batchOf, entryOf } from './claim.codec.js';
import { batchWorkbook, type BatchLine } from './batch-sheet.js';
import { isMapping, readResults, type ColumnMapping } from './reconcile-sheet.js';
import { recordResult } from './ledger.js';
import type { PaymentBatch, PaymentEntry } from './payment.js';
import * as claimsRepo from './claim.repository.js';
import * as repo from './payment.repository.js';

/** Largest number of entries in one bank batch. */
export const BATCH_MAX_ENTRIES = 5000;
/** The setting holding the remembered column mapping of each bank (JSON object, bank name → mapping). */
export const BANK_MAPPINGS_SETTING = 'payments.bank_mappings';

/** A payment left out of a batch because its payee has no bank account on record. */
export interface LeftOut {
  number: string;
  claimNumber: string;
  name: string;
  idNumberMasked: string;
}

export interface ReconcileCounts {
  paid: number;
  failed: number;
  returned: number;
  skipped: number;
}

export function createBatchService(deps: Deps, uow: UnitOfWork, blobs: BlobStore, people: PeopleReader, numbering: Numbering) {
  const { db, clock } = deps;
  const workflows = createWorkflowEngine(deps);

  async function batchIfManaged(actor: Actor, id: string) {
    const b = await repo.findBatch(db.kysely, id);
    return b && mayManagePayments(actor, b.region) ? b : null;
  }

  async function bankMappings(): Promise<Record<string, ColumnMapping>> {
    const text = await readSetting(db.kysely, BANK_MAPPINGS_SETTING);
    if (text === undefined) return {};
    const v: unknown = JSON.parse(text);
    const out: Record<string, ColumnMapping> = {};
    if (typeof v === 'object' && v !== null) for (const [bank, m] of Object.entries(v)) if (isMapping(m)) out[bank] = m;
    return out;
  }

  /** Marks the claims whose every live payment is now paid as paid (kernel workflow step). */
  async function settleClaims(w: Work, claimIds: Set<string>, batchId: string): Promise<Result<true>> {
    const ids = [...claimIds];
    const claims = new Map((await claimsRepo.findClaims(w.trx, ids)).map((c) => [c.id, c]));
    const live = new Map<string, Array<{ status: string }>>();
    for (const e of await repo.entriesOfClaims(w.trx, ids))
      if (e.kind === 'payment' && e.status !== 'failed' && e.status !== 'reversed')
        live.set(e.claim_id, [...(live.get(e.claim_id) ?? []), e]);
    for (const id of ids) {
      const claim = claims.get(id);
      const payments = live.get(id) ?? [];
      if (claim && claim.status === 'approved' && payments.length > 0 && payments.every((e) => e.status === 'paid')) {
        const paid = await workflows.transition(w, claimWorkflow, {
          id,
          from: 'approved',
          event: 'mark_paid',
          expectedVersion: Number(claim.version),
          province: claim.province,
          region: claim.region,
          action: 'claim.paid',
          details: { number: claim.number, batchId },
        });
        if (!paid.ok) return paid;
      }
    }
    return ok(true);
  }

  return {
    /**
     * Groups the pending, unbatched entries of the actor's jurisdiction into one numbered batch. Payments
     * to people with no bank account on record stay out (still pending) and are named in the answer.
     */
    async create(actor: Actor): Promise<Result<{ batch: PaymentBatch; leftOut: LeftOut[] }>> {
      if (!can(actor, 'payments.manage')) return refuse('forbidden');
      const id = newId();
      const now = clock.now();
      const at = isoInstant(now);
      const province = provinceOf(actor.jurisdiction);
      const leftOut: LeftOut[] = [];
      // Payees are read before the unit of work (the people module has its own connection); an entry
      // that turns up between the two reads waits for the next batch.
      const before = await repo.unbatchedPending(db.kysely, actor.jurisdiction, BATCH_MAX_ENTRIES);
      const payees = await people.payees(before.map((e) => e.person_id));
      const r = await uow.write(actor, async (w) => {
        const pending = (await repo.unbatchedPending(w.trx, actor.jurisdiction, BATCH_MAX_ENTRIES)).filter((e) => payees.has(e.person_id));
        const entries = pending.filter((e) => {
          const p = payees.get(e.person_id);
          if (p && p.bankAccountMasked !== '') return true;
          leftOut.push({
            number: e.number ?? '',
            claimNumber: e.claim_number ?? '',
            name: p?.name ?? '',
            idNumberMasked: p?.idNumberMasked ?? '',
          });
          return false;
        });
        if (entries.length === 0)
          return leftOut.length > 0
            ? refuse('batch_empty', {
                zh: `没有可发放的付款：${leftOut.length}笔付款的领取人没有登记银行账号（${leftOut.map((l) => `${l.name} ${l.number}`).join('、')}）`,
                en: `Nothing to pay: ${leftOut.length} payment(s) are to people with no bank account on record`,
              })
            : refuse('batch_empty');
        const total = entries.reduce((s, e) => s + Number(e.amount_fen), 0);
        const number = await numbering.allocate(w.trx, {
          kind: 'payment_batch',
          mark: '批',
          region: actor.jurisdiction,
          on: businessDate(now),
        });
        await repo.insertBatch(w.trx, {
          id,
          number,
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
          w.trx,
          id,
          province,
          entries.map((e) => e.id),
        );
        for (const e of entries)
          await repo.appendStatus(w.trx, {
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
          details: { number, entries: entries.length, totalFen: total, leftOut: leftOut.map((l) => l.number) },
        });
        return ok(id);
      });
      if (!r.ok) return r;
      const b = await repo.findBatch(db.kysely, id);
      return b ? ok({ batch: batchOf(b), leftOut }) : refuse('internal');
    },

    async list(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: PaymentBatch[]; total: number }>> {
      if (!can(actor, 'payments.manage')) return refuse('forbidden');
      const { rows, total } = await repo.listBatches(db.kysely, actor.jurisdiction, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.map(batchOf), total });
    },

    /** One batch with its entries, each with the payee's name and masked ID number (the print view). */
    async get(actor: Actor, id: string): Promise<Result<{ batch: PaymentBatch; entries: PaymentEntry[] }>> {
      const b = await batchIfManaged(actor, id);
      if (!b) return refuse('out_of_jurisdiction');
      const rows = await repo.entriesOfBatch(db.kysely, id);
      const payees = await people.payees(rows.map((e) => e.person_id));
      const entries = rows.map((e) => {
        const p = payees.get(e.person_id);
        return { ...entryOf(e), ...(p ? { person: { name: p.name, idNumberMasked: p.idNumberMasked } } : {}) };
      });
      return ok({ batch: batchOf(b), entries });
    },

    /** The bank instruction file (.xlsx, in Chinese); ID numbers and bank accounts masked. The export is audited. */
    async exportFile(actor: Actor, id: string): Promise<Result<{ fileName: string; body: Buffer }>> {
      const b = await batchIfManaged(actor, id);
      if (!b) return refuse('out_of_jurisdiction');
      const entries = await repo.entriesOfBatch(db.kysely, id);
      const payees = await people.payees(entries.map((e) => e.person_id));
      const lines: BatchLine[] = entries.map((e) => {
        const p = payees.get(e.person_id);
        return {
          number: e.number ?? e.id,
          claimNumber: e.claim_number ?? '',
          name: p?.name ?? '',
          idNumberMasked: p?.idNumberMasked ?? '',
          bankAccountMasked: p?.bankAccountMasked ?? '',
          programId: e.program_id,
          instalment: e.instalment,
          amountFen: Number(e.amount_fen),
        };
      });
      const number = b.number ?? b.id.slice(0, 8);
      const body = await batchWorkbook({ number, createdAtLocal: beijingMinute(b.created_at) }, lines);
      const audited = await uow.write(actor, async (w) => {
        await w.audit({
          province: b.province,
          region: b.region === '' ? null : b.region,
          action: 'payment_batch.exported',
          entityType: 'payment_batch',
          entityId: id,
          details: { number, rows: lines.length },
        });
        return ok(true);
      });
      if (!audited.ok) return audited;
      return ok({ fileName: `付款批次-${number}.xlsx`, body });
    },

    /** The remembered column mapping of every bank (chosen on earlier uploads). */
    async mappings(actor: Actor): Promise<Result<Record<string, ColumnMapping>>> {
      if (!can(actor, 'payments.manage')) return refuse('forbidden');
      return ok(await bankMappings());
    },

    /**
     * Applies the bank's result file: each batched entry becomes paid or failed (a return is a
     * failure whose note says 退回), status rows appended. The mapping given (or remembered for
     * `bank`) finds the columns; with a bank named, the mapping is remembered for next time.
     */
    async reconcile(
      actor: Actor,
      id: string,
      file: Buffer,
      options: { bank?: string | undefined; mapping?: ColumnMapping | undefined } = {},
    ): Promise<Result<ReconcileCounts & { mapping: ColumnMapping }>> {
      const b = await batchIfManaged(actor, id);
      if (!b) return refuse('out_of_jurisdiction');
      const bank = options.bank?.trim() ?? '';
      const known = await bankMappings();
      const remembered = bank === '' ? undefined : known[bank];
      const mapping = options.mapping ?? remembered;
      const read = await readResults(file, mapping);
      if (!read.ok) return read;
      const blob = await blobs.put(file);
      const at = isoInstant(clock.now());
      const counts: ReconcileCounts = { paid: 0, failed: 0, returned: 0, skipped: 0 };
      const r = await uow.write(actor, async (w) => {
        const rows = await repo.entriesOfBatch(w.trx, id);
        const byKey = new Map(rows.flatMap((e) => [[e.id, e] as const, ...(e.number ? [[e.number, e] as const] : [])]));
        const claimIds = new Set<string>();
        for (const line of read.value.lines) {
          const e = byKey.get(line.key) ?? byKey.get(line.key.toLowerCase());
          const result = line.result === 'paid' ? 'paid' : 'failed';
          const note = line.result === 'returned' ? `退回 returned（${line.word}）` : null;
          if (!e || !(await recordResult(w.trx, e, result, line.bankReference, { at, by: actor.userId, note }))) {
            counts.skipped++;
            continue;
          }
          counts[line.result]++;
          claimIds.add(e.claim_id);
        }
        const settled = await settleClaims(w, claimIds, id);
        if (!settled.ok) return settled;
        await repo.markBatchReconciled(w.trx, id, at, blob.hash);
        if (bank !== '') {
          const all = { ...known, [bank]: mapping ?? read.value.mapping };
          await writeSetting(w.trx, BANK_MAPPINGS_SETTING, JSON.stringify(all), at);
        }
        await w.audit({
          province: b.province,
          region: b.region === '' ? null : b.region,
          action: 'payment_batch.reconciled',
          entityType: 'payment_batch',
          entityId: id,
          details: { number: b.number, ...counts, bank: bank === '' ? null : bank, file: blob.hash },
        });
        return ok(true);
      });
      return r.ok ? ok({ ...counts, mapping: mapping ?? read.value.mapping }) : r;
    },
  };
}

export type BatchService = ReturnType<typeof createBatchService>;
