/** All SQL of users, sessions and API tokens. */
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ApiTokenRow, SessionRow, UserRow } from './account.table.js';
import { likePrefix } from '../../db/dialect.js';

type Q = Kysely<Database> | Transaction<Database>;
export type User = Selectable<UserRow>;

export async function findUserByUsername(q: Q, username: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(q: Q, id: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(q: Q, row: Insertable<UserRow>): Promise<void> {
  await q.insertInto('users').values(row).execute();
}

export async function updateUser(q: Q, id: string, patch: Updateable<UserRow>): Promise<void> {
  await q.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function countUsers(q: Q): Promise<number> {
  const r = await q.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Users whose jurisdiction lies inside the given prefix. */
export async function listUsers(q: Q, scope: string, limit: number, offset: number): Promise<{ rows: User[]; total: number }> {
  let base = q.selectFrom('users');
  if (scope !== '') base = base.where('jurisdiction', 'like', likePrefix(scope));
  const rows = await base.selectAll().orderBy('username').limit(limit).offset(offset).execute();
  const t = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(t.n) };
}

export async function insertSession(q: Q, row: Insertable<SessionRow>): Promise<void> {
  await q.insertInto('sessions').values(row).execute();
}

export async function findLiveSession(q: Q, id: string, now: string): Promise<Selectable<SessionRow> | undefined> {
  return q.selectFrom('sessions').selectAll().where('id', '=', id).where('revoked_at', 'is', null)
    .where('expires_at', '>', now).executeTakeFirst();
}

export async function revokeSession(q: Q, id: string, now: string): Promise<void> {
  await q.updateTable('sessions').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeUserSessions(q: Q, userId: string, now: string): Promise<void> {
  await q.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function insertToken(q: Q, row: Insertable<ApiTokenRow>): Promise<void> {
  await q.insertInto('api_tokens').values(row).execute();
}

export async function findLiveToken(q: Q, hash: string, now: string): Promise<Selectable<ApiTokenRow> | undefined> {
  return q.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)])).executeTakeFirst();
}

export async function touchToken(q: Q, id: string, now: string): Promise<void> {
  await q.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listTokens(q: Q, userId: string): Promise<Array<Selectable<ApiTokenRow>>> {
  return q.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
}

export async function revokeToken(q: Q, id: string, userId: string, now: string): Promise<number> {
  const r = await q.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('user_id', '=', userId)
    .where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Display names of the given users (staff names shown beside reviews). */
export async function displayNames(q: Q, ids: readonly string[]): Promise<Array<{ id: string; display_name: string }>> {
  if (ids.length === 0) return [];
  return q.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...ids]).execute();
}
