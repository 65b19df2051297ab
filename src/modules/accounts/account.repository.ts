/** All SQL of users, sessions and API tokens. */
import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DialectName } from '../../db/database.js';
import type { ApiTokenRow, SessionRow, UserRow } from './account.table.js';
import { whereInScope } from '../../db/scope.js';
import { compiledQuery } from '../../db/compiled.js';
import { credentialsChanged } from './session-cache.js';

type Q = Kysely<Database> | Transaction<Database>;
export type User = Selectable<UserRow>;
export type ApiToken = Selectable<ApiTokenRow>;

export async function findUserByUsername(q: Q, username: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(q: Q, id: string): Promise<User | undefined> {
  return q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Reads a user and, on PostgreSQL, locks the row until the transaction ends, so that minting a
 * credential and ending all of them (password change, reset, disable) happen one after the other.
 * SQLite needs no lock: its write transactions already run one at a time (BEGIN IMMEDIATE).
 */
export async function lockUser(q: Transaction<Database>, dialect: DialectName, id: string): Promise<User | undefined> {
  const query = q.selectFrom('users').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export async function insertUser(q: Q, row: Insertable<UserRow>): Promise<void> {
  await q.insertInto('users').values(row).execute();
}

export async function updateUser(q: Q, id: string, patch: Updateable<UserRow>): Promise<void> {
  await q.updateTable('users').set(patch).where('id', '=', id).execute();
  credentialsChanged();
}

/** Sets a new password only if the stored one is still `expectedHash`; false when it changed meanwhile. */
export async function replacePassword(q: Q, id: string, expectedHash: string, patch: Updateable<UserRow>): Promise<boolean> {
  const r = await q.updateTable('users').set(patch).where('id', '=', id).where('password_hash', '=', expectedHash).executeTakeFirst();
  credentialsChanged();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Counts one failed sign-in in a single statement (no read-modify-write, so failures sent at the
 * same moment are all counted): the count goes up by one, and the failure that reaches `max` locks
 * the account until `lockUntil` and starts the count again. Returns nothing when the account is
 * disabled or already locked (that failure is not counted: the caller refuses it as locked).
 */
export async function countFailedLogin(
  q: Q,
  id: string,
  now: string,
  max: number,
  lockUntil: string,
): Promise<{ failed_logins: number; locked_until: string | null } | undefined> {
  const r = await q
    .updateTable('users')
    .set({
      failed_logins: sql<number>`case when failed_logins + 1 >= ${max} then 0 else failed_logins + 1 end`,
      locked_until: sql<string | null>`case when failed_logins + 1 >= ${max} then cast(${lockUntil} as text) else null end`,
    })
    .where('id', '=', id)
    .where('disabled', '=', 0)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirst();
  credentialsChanged();
  return r;
}

/**
 * Clears the failure count of a successful sign-in, only if the account is still enabled, not
 * locked and has the password that was just verified (all in the statement, so a lock, a disable
 * or a password change that committed meanwhile wins). False when one of them did.
 */
export async function clearFailedLogins(q: Q, id: string, now: string, verifiedHash: string): Promise<boolean> {
  const r = await q
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', id)
    .where('disabled', '=', 0)
    .where('password_hash', '=', verifiedHash)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  credentialsChanged();
  return Number(r.numUpdatedRows) === 1;
}

export async function countUsers(q: Q): Promise<number> {
  const r = await q
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Users whose jurisdiction lies inside the given one. */
export async function listUsers(q: Q, scope: string, limit: number, offset: number): Promise<{ rows: User[]; total: number }> {
  const base = whereInScope(q.selectFrom('users'), scope, { codes: ['jurisdiction'] });
  const rows = await base.selectAll().orderBy('username').limit(limit).offset(offset).execute();
  const t = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(t.n) };
}

export async function insertSession(q: Q, row: Insertable<SessionRow>): Promise<void> {
  await q.insertInto('sessions').values(row).execute();
}

export async function findLiveSession(q: Q, id: string, now: string): Promise<Selectable<SessionRow> | undefined> {
  return q
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Ends one session; false when it had already ended. */
export async function revokeSession(q: Q, id: string, now: string): Promise<boolean> {
  const r = await q
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  credentialsChanged();
  return Number(r.numUpdatedRows) === 1;
}

/** Ends every open session of a user; returns how many were still open (unexpired). */
export async function revokeUserSessions(q: Q, userId: string, now: string): Promise<number> {
  const open = await q
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  await q.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  credentialsChanged();
  return Number(open.n);
}

export async function insertToken(q: Q, row: Insertable<ApiTokenRow>): Promise<void> {
  await q.insertInto('api_tokens').values(row).execute();
}

/** A token by the hash of its secret, whatever its state. */
export async function findTokenByHash(q: Q, hash: string): Promise<ApiToken | undefined> {
  return q.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

export async function touchToken(q: Q, id: string, now: string): Promise<void> {
  await q.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listTokens(q: Q, userId: string): Promise<ApiToken[]> {
  return q.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Revokes one token of a user; returns it when it was not yet revoked, else nothing. */
export async function revokeToken(
  q: Q,
  id: string,
  userId: string,
  now: string,
  reason: string,
  by: string | null,
): Promise<ApiToken | undefined> {
  return q
    .updateTable('api_tokens')
    .set({ revoked_at: now, revoked_reason: reason, revoked_by: by })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Revokes every live token of a user and returns them (for one audit entry each). */
export async function revokeUserTokens(q: Q, userId: string, now: string, reason: string, by: string | null): Promise<ApiToken[]> {
  return q
    .updateTable('api_tokens')
    .set({ revoked_at: now, revoked_reason: reason, revoked_by: by })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .execute();
}

/** Marks a token's expiry as audited; false when it already was (so the expiry is audited once). */
export async function markExpiryRecorded(q: Q, id: string, now: string): Promise<boolean> {
  const r = await q
    .updateTable('api_tokens')
    .set({ expiry_recorded_at: now })
    .where('id', '=', id)
    .where('expiry_recorded_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Expired tokens whose expiry is not yet in the audit log (revoked ones were audited when revoked). */
export async function expiredUnrecorded(q: Q, now: string, limit: number): Promise<ApiToken[]> {
  return q
    .selectFrom('api_tokens')
    .selectAll()
    .where('expires_at', '<=', now)
    .where('expiry_recorded_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
}

/** Display names of the given users (staff names shown beside reviews). */
export async function displayNames(q: Q, ids: readonly string[]): Promise<Array<{ id: string; display_name: string }>> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Ids of users whose display name or username contains `text` (the audit log's officer filter), at most `limit`. */
export async function idsNamed(q: Q, text: string, limit: number): Promise<string[]> {
  // LIKE wildcards are dropped rather than escaped (SQLite and PostgreSQL escape differently).
  const like = `%${text.replace(/[\\%_]/g, '')}%`;
  const rows = await q
    .selectFrom('users')
    .select('id')
    .where((eb) => eb.or([eb('display_name', 'like', like), eb('username', 'like', like)]))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** A live session with its user, read in one statement on every signed-in request. */
export type SessionUser = User & { session_id: string; session_csrf: string; session_expires: string };

/**
 * The live session `id` and its user in one read. On SQLite the driver reuses the statement it
 * prepared for this SQL text (database.ts), so no special path is needed here (decision 160).
 */
// Every signed-in request: compiled once (decision 167).
const liveSessionUser = compiledQuery(2, (q, id: string, now: string) =>
  q
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.csrf_token as session_csrf', 's.expires_at as session_expires'])
    .where('s.id', '=', id)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now),
);

export async function findLiveSessionUser(q: Q, id: string, now: string): Promise<SessionUser | undefined> {
  return (await liveSessionUser(q, id, now)).rows[0];
}
