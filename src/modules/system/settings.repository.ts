/** All SQL of settings and idempotency keys. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function getSetting(q: Q, key: string): Promise<string | undefined> {
  const r = await q.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

export async function putSetting(q: Q, key: string, value: string, at: string): Promise<void> {
  await q
    .insertInto('settings')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

export async function claimIdempotencyKey(q: Q, key: string, requestHash: string, at: string): Promise<boolean> {
  const r = await q
    .insertInto('idempotency_keys')
    .values({ key, request_hash: requestHash, status_code: null, response: null, created_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findIdempotencyKey(q: Q, key: string) {
  return q.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function completeIdempotencyKey(q: Q, key: string, statusCode: number, response: string): Promise<void> {
  await q.updateTable('idempotency_keys').set({ status_code: statusCode, response }).where('key', '=', key).execute();
}

export async function releaseIdempotencyKey(q: Q, key: string): Promise<void> {
  await q.deleteFrom('idempotency_keys').where('key', '=', key).where('status_code', 'is', null).execute();
}

export async function purgeIdempotencyKeys(q: Q, before: string): Promise<void> {
  await q.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}
