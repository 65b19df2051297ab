/** All SQL of worker sign-in (phone → account, one-time codes). */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { OtpCodeRow } from './worker.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function countCodesSince(q: Q, phoneIndex: string, since: string): Promise<number> {
  const r = await q
    .selectFrom('otp_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('phone_index', '=', phoneIndex)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertCode(q: Q, row: Insertable<OtpCodeRow>): Promise<void> {
  await q.insertInto('otp_codes').values(row).execute();
}

export async function latestLiveCode(q: Q, phoneIndex: string, now: string) {
  return q
    .selectFrom('otp_codes')
    .selectAll()
    .where('phone_index', '=', phoneIndex)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function bumpAttempts(q: Q, id: string, attempts: number): Promise<void> {
  await q.updateTable('otp_codes').set({ attempts }).where('id', '=', id).execute();
}

export async function useCode(q: Q, id: string, now: string): Promise<number> {
  const r = await q.updateTable('otp_codes').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function findLogin(q: Q, phoneIndex: string) {
  return q.selectFrom('worker_logins').selectAll().where('phone_index', '=', phoneIndex).executeTakeFirst();
}

export async function insertLogin(
  q: Q,
  row: { phone_index: string; user_id: string; phone_enc: string; created_at: string },
): Promise<void> {
  await q.insertInto('worker_logins').values(row).execute();
}

export async function findLoginByUser(q: Q, userId: string) {
  return q.selectFrom('worker_logins').selectAll().where('user_id', '=', userId).executeTakeFirst();
}
