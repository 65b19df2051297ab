/** All SQL of the payment ledger: entries (insert only), status events (insert only), slots, batches. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { PaymentBatchRow, PaymentEntryRow, PaymentSlotRow, PaymentStatusRow } from './benefits.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertEntry(q: Q, row: PaymentEntryRow): Promise<void> {
  await q.insertInto('payment_entries').values(row).execute();
}

export async function appendStatus(q: Q, row: Omit<PaymentStatusRow, 'id'>): Promise<void> {
  await q.insertInto('payment_status').values(row).execute();
}

export async function insertSlot(q: Q, row: PaymentSlotRow): Promise<void> {
  await q.insertInto('payment_slots').values(row).execute();
}

export async function findSlot(q: Q, familyKey: string): Promise<Selectable<PaymentSlotRow> | undefined> {
  return q.selectFrom('payment_slots').selectAll().where('family_key', '=', familyKey).executeTakeFirst();
}

/** The slots of several families holding a payment in effect (pending or paid). */
export async function slotsInEffect(q: Q, familyKeys: readonly string[]): Promise<Array<Selectable<PaymentSlotRow>>> {
  if (familyKeys.length === 0) return [];
  return q
    .selectFrom('payment_slots')
    .selectAll()
    .where('family_key', 'in', [...familyKeys])
    .where('status', 'in', ['pending', 'paid'])
    .execute();
}

/** Sets a slot's status when its current entry and status match; false when someone got there first. */
export async function moveSlot(
  q: Q,
  familyKey: string,
  from: { entryId: string; statuses: string[] },
  to: { entryId: string; status: string; at: string },
): Promise<boolean> {
  const r = await q
    .updateTable('payment_slots')
    .set({ entry_id: to.entryId, status: to.status, updated_at: to.at })
    .where('family_key', '=', familyKey)
    .where('entry_id', '=', from.entryId)
    .where('status', 'in', from.statuses)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** An entry row with its latest status, bank reference and batch. */
export type EntryWithStatus = Selectable<PaymentEntryRow> & {
  status: string;
  bank_reference: string | null;
  batch_id: string | null;
  /** The readable number and the region of the claim the entry pays. */
  claim_number: string | null;
  claim_region: string;
};

/** Ids per `in (...)` list. */
const IN_CHUNK = 500;

function withStatus(q: Q) {
  return q
    .selectFrom('payment_entries as e')
    .innerJoin('payment_status as s', (j) =>
      j.onRef('s.entry_id', '=', 'e.id').on('s.id', '=', (eb) =>
        eb
          .selectFrom('payment_status as s2')
          .select((e2) => e2.fn.max('s2.id').as('m'))
          .whereRef('s2.entry_id', '=', 'e.id'),
      ),
    )
    .leftJoin('payment_batch_entries as b', 'b.entry_id', 'e.id')
    .innerJoin('claims as c', 'c.id', 'e.claim_id')
    .selectAll('e')
    .select([
      's.status as status',
      's.bank_reference as bank_reference',
      'b.batch_id as batch_id',
      'c.number as claim_number',
      'c.region as claim_region',
    ]);
}

export async function findEntry(q: Q, id: string): Promise<EntryWithStatus | undefined> {
  return withStatus(q).where('e.id', '=', id).executeTakeFirst();
}

export async function entriesOfClaim(q: Q, claimId: string): Promise<EntryWithStatus[]> {
  return withStatus(q).where('e.claim_id', '=', claimId).orderBy('e.created_at').orderBy('e.id').execute();
}

/** The entries of many claims at once (chunked to stay under the databases' parameter limits). */
export async function entriesOfClaims(q: Q, claimIds: readonly string[]): Promise<EntryWithStatus[]> {
  const out: EntryWithStatus[] = [];
  for (let i = 0; i < claimIds.length; i += IN_CHUNK)
    out.push(
      ...(await withStatus(q)
        .where('e.claim_id', 'in', claimIds.slice(i, i + IN_CHUNK))
        .execute()),
    );
  return out;
}

export async function entriesOfBatch(q: Q, batchId: string): Promise<EntryWithStatus[]> {
  return withStatus(q).where('b.batch_id', '=', batchId).orderBy('e.created_at').orderBy('e.id').execute();
}

export interface EntryFilter {
  scope: string;
  status?: string;
  claimId?: string;
  personId?: string;
  batchId?: string;
}

/** Entries within a jurisdiction (the claim's region), newest first. */
export async function listEntries(
  q: Q,
  f: EntryFilter,
  limit: number,
  offset: number,
): Promise<{ rows: EntryWithStatus[]; total: number }> {
  let base = whereInScope(withStatus(q), f.scope, {
    codes: ['c.region'],
    province: 'e.province',
  });
  if (f.status !== undefined) base = base.where('s.status', '=', f.status);
  if (f.claimId !== undefined) base = base.where('e.claim_id', '=', f.claimId);
  if (f.personId !== undefined) base = base.where('e.person_id', '=', f.personId);
  if (f.batchId !== undefined) base = base.where('b.batch_id', '=', f.batchId);
  const count = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const rows = await base.orderBy('e.created_at', 'desc').orderBy('e.id').limit(limit).offset(offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

/** Pending payment entries not yet in a batch, inside a jurisdiction. */
export async function unbatchedPending(q: Q, scope: string, limit: number): Promise<EntryWithStatus[]> {
  const base = whereInScope(withStatus(q), scope, {
    codes: ['c.region'],
    province: 'e.province',
  })
    .where('s.status', '=', 'pending')
    .where('e.kind', '=', 'payment')
    .where('b.batch_id', 'is', null);
  return base.orderBy('e.created_at').orderBy('e.id').limit(limit).execute();
}

/**
 * Sum of payments in effect (not failed, not reversed) for a program over a person's records: the
 * survivor and every record merged into it (decision 108), so a merge never resets a limit.
 */
export async function paidInEffect(q: Q, personIds: readonly string[], programId: string): Promise<number> {
  if (personIds.length === 0) return 0;
  const r = await q
    .selectFrom('payment_slots as s')
    .innerJoin('payment_entries as e', 'e.id', 's.entry_id')
    .where('e.person_id', 'in', [...personIds])
    .where('e.program_id', '=', programId)
    .where('s.status', 'in', ['pending', 'paid'])
    .select((eb) => eb.fn.sum<number | string | null>('e.amount_fen').as('total'))
    .executeTakeFirst();
  return Number(r?.total ?? 0);
}

export async function insertBatch(q: Q, row: PaymentBatchRow): Promise<void> {
  await q.insertInto('payment_batches').values(row).execute();
}

export async function addToBatch(q: Q, batchId: string, province: string, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await q
    .insertInto('payment_batch_entries')
    .values(entryIds.map((entry_id) => ({ entry_id, batch_id: batchId, province })))
    .execute();
}

export async function findBatch(q: Q, id: string): Promise<Selectable<PaymentBatchRow> | undefined> {
  return q.selectFrom('payment_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markBatchReconciled(q: Q, id: string, at: string, hash: string): Promise<void> {
  await q.updateTable('payment_batches').set({ reconciled_at: at, reconciliation_hash: hash }).where('id', '=', id).execute();
}

export async function listBatches(
  q: Q,
  scope: string,
  limit: number,
  offset: number,
): Promise<{ rows: Array<Selectable<PaymentBatchRow>>; total: number }> {
  const base = whereInScope(q.selectFrom('payment_batches'), scope, { codes: ['region'], province: 'province' });
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

/** All ledger rows of a claim exactly as stored (tests compare them before and after a reversal). */
export async function rawEntries(q: Q, claimId: string): Promise<Array<Selectable<PaymentEntryRow>>> {
  return q.selectFrom('payment_entries').selectAll().where('claim_id', '=', claimId).orderBy('id').execute();
}
