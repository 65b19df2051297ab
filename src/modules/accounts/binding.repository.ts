/** All SQL of binding worker accounts to registry records: the request queue and users.person_id. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import { credentialsChanged } from './session-cache.js';
import type { WorkerBindingRequestRow } from './worker.table.js';

type Q = Kysely<Database> | Transaction<Database>;
export type BindingRequest = Selectable<WorkerBindingRequestRow>;

export async function insertRequest(q: Q, row: WorkerBindingRequestRow): Promise<void> {
  await q.insertInto('worker_binding_requests').values(row).execute();
}

export async function findRequest(q: Q, id: string): Promise<BindingRequest | undefined> {
  return q.selectFrom('worker_binding_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The account's latest request, or undefined. */
export async function latestRequestOf(q: Q, userId: string): Promise<BindingRequest | undefined> {
  return q
    .selectFrom('worker_binding_requests')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The account's pending request (at most one: worker_binding_requests_one_pending). */
export async function pendingOf(q: Q, userId: string): Promise<BindingRequest | undefined> {
  return q
    .selectFrom('worker_binding_requests')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/**
 * Requests in a jurisdiction (the person's localities when the request was filed), newest first, with
 * the worker's encrypted phone. A request that matched no record has no locality and is listed only
 * for a nationwide scope.
 */
export async function listRequests(
  q: Q,
  scope: string,
  status: string,
  limit: number,
  offset: number,
): Promise<{ rows: Array<BindingRequest & { phone_enc: string | null }>; total: number }> {
  const base = whereInScope(q.selectFrom('worker_binding_requests as r'), scope, {
    codes: ['r.hukou_code', 'r.residence_code', 'r.employment_code', 'r.insured_code'],
    province: 'r.province',
  }).where('r.status', '=', status);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .leftJoin('worker_logins as w', 'w.user_id', 'r.user_id')
    .selectAll('r')
    .select('w.phone_enc as phone_enc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(count?.n ?? 0) };
}

/** The account bound to a record, if any (at most one: users_person_unique). */
export async function holderOf(q: Q, personId: string): Promise<{ id: string } | undefined> {
  return q.selectFrom('users').select('id').where('person_id', '=', personId).executeTakeFirst();
}

/** Binds an unbound account; false when the account is already bound. A second account on the record fails on users_person_unique. */
export async function bindUser(q: Q, userId: string, personId: string, at: string): Promise<boolean> {
  const r = await q
    .updateTable('users')
    .set({ person_id: personId, updated_at: at })
    .where('id', '=', userId)
    .where('person_id', 'is', null)
    .executeTakeFirst();
  credentialsChanged();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves or clears an account's binding when it is still on `fromPersonId`; false otherwise. */
export async function rebindUser(q: Q, userId: string, fromPersonId: string, toPersonId: string | null, at: string): Promise<boolean> {
  const r = await q
    .updateTable('users')
    .set({ person_id: toPersonId, updated_at: at })
    .where('id', '=', userId)
    .where('person_id', '=', fromPersonId)
    .executeTakeFirst();
  credentialsChanged();
  return Number(r.numUpdatedRows) === 1;
}
