/**
 * Ledger steps used inside a caller's transaction: issue the instructions of an approved decision,
 * re-issue a failed one, reverse a paid one, record the bank's answer. Entries and status events are
 * only ever inserted; the slot table holds the one payment in effect per family, so a second
 * concurrent issue fails on its primary key and the transaction rolls back.
 */
import './benefits.errors.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../core/ids.js';
import { refuse, RefusalError } from '../../core/result.js';
import type { Decision } from '../../policy/index.js';
import { isUniqueViolation } from './claim.codec.js';
import { attemptKey, familyKey, fullAmountOf, planPayments } from './payment.js';
import * as pay from './payment.repository.js';

type Trx = Transaction<Database>;

export interface LedgerContext {
  at: string;
  by: string | null;
  /** The next readable ledger number, taken in the same transaction (kernel numbering). */
  number(): Promise<string>;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw new RefusalError(refuse('payment_in_effect').reason);
    throw err;
  }
}

/** Refuses when another record of the person's merge family holds a payment in effect for the same program and instalment. */
async function noneInEffectElsewhere(
  trx: Trx,
  personId: string,
  mergeFamily: readonly string[],
  programId: string,
  instalment: string,
): Promise<void> {
  const others = mergeFamily.filter((id) => id !== personId).map((id) => familyKey(id, programId, instalment));
  if ((await pay.slotsInEffect(trx, others)).length > 0) throw new RefusalError(refuse('payment_in_effect').reason);
}

/**
 * Creates the payment instructions of an approved claim; refuses a second payment in effect or more
 * than the full amount. `mergeFamily` is the claim's person and every record merged into it
 * (decision 108): limits and "one payment in effect" hold over all of them.
 */
export async function issueForClaim(
  trx: Trx,
  claim: { id: string; province: string; personId: string; programId: string },
  decision: Decision,
  ctx: LedgerContext,
  mergeFamily: readonly string[],
): Promise<string[]> {
  const plan = planPayments(decision);
  const full = fullAmountOf(decision);
  const people = [claim.personId, ...mergeFamily.filter((id) => id !== claim.personId)];
  if (full !== null && decision.programId === 'entrepreneurship-subsidy') {
    const already = await pay.paidInEffect(trx, people, claim.programId);
    const adding = plan.reduce((s, p) => s + p.amountFen, 0);
    if (already + adding > full) throw new RefusalError(refuse('payment_over_limit').reason);
  }
  const ids: string[] = [];
  for (const p of plan) {
    await noneInEffectElsewhere(trx, claim.personId, people, claim.programId, p.instalment);
    const family = familyKey(claim.personId, claim.programId, p.instalment);
    const slot = await pay.findSlot(trx, family);
    if (slot && (slot.status === 'pending' || slot.status === 'paid')) throw new RefusalError(refuse('payment_in_effect').reason);
    const previous = slot ? await pay.findEntry(trx, slot.entry_id) : undefined;
    const attempt = previous ? previous.attempt + 1 : 1;
    const id = newId();
    const number = await ctx.number();
    await guard(async () => {
      await pay.insertEntry(trx, {
        id,
        number,
        province: claim.province,
        claim_id: claim.id,
        person_id: claim.personId,
        program_id: claim.programId,
        instalment: p.instalment,
        kind: 'payment',
        amount_fen: p.amountFen,
        idempotency_key: attemptKey(family, attempt),
        family_key: family,
        attempt,
        reverses_entry_id: null,
        created_at: ctx.at,
        created_by: ctx.by,
      });
      if (slot) {
        if (
          !(await pay.moveSlot(
            trx,
            family,
            { entryId: slot.entry_id, statuses: ['failed', 'reversed'] },
            { entryId: id, status: 'pending', at: ctx.at },
          ))
        ) {
          throw new RefusalError(refuse('payment_in_effect').reason);
        }
      } else {
        await pay.insertSlot(trx, { family_key: family, province: claim.province, entry_id: id, status: 'pending', updated_at: ctx.at });
      }
    });
    await pay.appendStatus(trx, {
      province: claim.province,
      entry_id: id,
      status: 'pending',
      batch_id: null,
      bank_reference: null,
      note: null,
      at: ctx.at,
      by_user: ctx.by,
    });
    ids.push(id);
  }
  return ids;
}

/** A new attempt for a failed (or reversed) payment, under the same family key with `#n`; none while another record of the merge family has one in effect. */
export async function reissue(trx: Trx, entryId: string, ctx: LedgerContext, mergeFamily: readonly string[]): Promise<string> {
  const old = await pay.findEntry(trx, entryId);
  if (!old || old.kind !== 'payment') throw new RefusalError(refuse('not_found').reason);
  const slot = await pay.findSlot(trx, old.family_key);
  if (!slot || slot.entry_id !== old.id || (slot.status !== 'failed' && slot.status !== 'reversed'))
    throw new RefusalError(refuse('payment_not_reissuable').reason);
  await noneInEffectElsewhere(trx, old.person_id, mergeFamily, old.program_id, old.instalment);
  const id = newId();
  const attempt = old.attempt + 1;
  const number = await ctx.number();
  await guard(async () => {
    await pay.insertEntry(trx, {
      id,
      number,
      province: old.province,
      claim_id: old.claim_id,
      person_id: old.person_id,
      program_id: old.program_id,
      instalment: old.instalment,
      kind: 'payment',
      amount_fen: Number(old.amount_fen),
      idempotency_key: attemptKey(old.family_key, attempt),
      family_key: old.family_key,
      attempt,
      reverses_entry_id: null,
      created_at: ctx.at,
      created_by: ctx.by,
    });
    if (
      !(await pay.moveSlot(
        trx,
        old.family_key,
        { entryId: old.id, statuses: ['failed', 'reversed'] },
        { entryId: id, status: 'pending', at: ctx.at },
      ))
    ) {
      throw new RefusalError(refuse('payment_in_effect').reason);
    }
  });
  await pay.appendStatus(trx, {
    province: old.province,
    entry_id: id,
    status: 'pending',
    batch_id: null,
    bank_reference: null,
    note: null,
    at: ctx.at,
    by_user: ctx.by,
  });
  return id;
}

/** A reversing entry (negative amount) for a paid payment; the original row is never touched. */
export async function reverse(trx: Trx, entryId: string, reason: string, ctx: LedgerContext): Promise<string> {
  const old = await pay.findEntry(trx, entryId);
  if (!old || old.kind !== 'payment') throw new RefusalError(refuse('not_found').reason);
  if (old.status !== 'paid') throw new RefusalError(refuse('payment_not_reversible').reason);
  const id = newId();
  const number = await ctx.number();
  await guard(() =>
    pay.insertEntry(trx, {
      id,
      number,
      province: old.province,
      claim_id: old.claim_id,
      person_id: old.person_id,
      program_id: old.program_id,
      instalment: old.instalment,
      kind: 'reversal',
      amount_fen: -Number(old.amount_fen),
      idempotency_key: `${old.idempotency_key}:reversal`,
      family_key: old.family_key,
      attempt: old.attempt,
      reverses_entry_id: old.id,
      created_at: ctx.at,
      created_by: ctx.by,
    }),
  ).catch((err: unknown) => {
    if (err instanceof RefusalError) throw new RefusalError(refuse('payment_not_reversible').reason);
    throw err;
  });
  await pay.appendStatus(trx, {
    province: old.province,
    entry_id: old.id,
    status: 'reversed',
    batch_id: null,
    bank_reference: null,
    note: reason,
    at: ctx.at,
    by_user: ctx.by,
  });
  await pay.appendStatus(trx, {
    province: old.province,
    entry_id: id,
    status: 'paid',
    batch_id: null,
    bank_reference: null,
    note: reason,
    at: ctx.at,
    by_user: ctx.by,
  });
  if (
    !(await pay.moveSlot(trx, old.family_key, { entryId: old.id, statuses: ['paid'] }, { entryId: old.id, status: 'reversed', at: ctx.at }))
  ) {
    throw new RefusalError(refuse('payment_not_reversible').reason);
  }
  return id;
}

/** Records the bank's answer for one batched entry; a failure frees the slot for a re-issue. */
export async function recordResult(
  trx: Trx,
  entry: pay.EntryWithStatus,
  result: 'paid' | 'failed',
  bankReference: string | null,
  ctx: Omit<LedgerContext, 'number'> & { note?: string | null },
): Promise<boolean> {
  if (entry.status !== 'batched') return false;
  await pay.appendStatus(trx, {
    province: entry.province,
    entry_id: entry.id,
    status: result,
    batch_id: entry.batch_id,
    bank_reference: bankReference,
    note: ctx.note ?? null,
    at: ctx.at,
    by_user: ctx.by,
  });
  return pay.moveSlot(
    trx,
    entry.family_key,
    { entryId: entry.id, statuses: ['pending'] },
    { entryId: entry.id, status: result, at: ctx.at },
  );
}
