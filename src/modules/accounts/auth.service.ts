/**
 * Sign-in, sessions, API tokens and password changes. Sessions live in the database so any app
 * server can check them and an administrator can revoke them.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/audit.service.js';
import { isDepartment, isRole, provinceOf, type Actor } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { fromFlag, toFlag } from '../../db/dialect.js';
import * as repo from './account.repository.js';
import { hashSecret, isStrongPassword, newSecret, toUserView, type UserView } from './account.js';

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: UserView;
}

// A real hash to verify against when the user does not exist, so timing does not reveal usernames.
const dummyHash = hash('wugong-timing-equaliser');

export function actorFromUser(u: repo.User, requestId: string | null, jurisdiction?: string): Actor | null {
  if (!isRole(u.role)) return null;
  return {
    userId: u.id, username: u.username, role: u.role, jurisdiction: jurisdiction ?? u.jurisdiction,
    department: u.department && isDepartment(u.department) ? u.department : null,
    personId: u.person_id, enterpriseId: u.enterprise_id, requestId,
  };
}

export function viewOf(u: repo.User): UserView | null {
  const a = actorFromUser(u, null);
  return a ? toUserView(u, a.role, a.department) : null;
}

export function createAuthService(deps: Deps, audit: AuditService) {
  const { db, clock, config } = deps;
  const now = () => isoInstant(clock.now());

  /** Opens a session for a user inside the caller's transaction and audits the sign-in. */
  async function startSession(trx: Transaction<Database>, actor: Actor, userId: string, meta: { ip: string | null; userAgent: string | null }): Promise<{ token: string; csrfToken: string }> {
    const { token, hash: id } = newSecret('s_');
    const csrfToken = crypto.randomBytes(24).toString('base64url');
    const expires = isoInstant(new Date(clock.now().getTime() + config.sessionTtlHours * 3_600_000));
    await repo.insertSession(trx, { id, user_id: userId, csrf_token: csrfToken, created_at: now(), expires_at: expires, revoked_at: null, ip: meta.ip, user_agent: meta.userAgent?.slice(0, 300) ?? null });
    await audit.record(trx, actor, { province: provinceOf(actor.jurisdiction), action: 'auth.login', entityType: 'user', entityId: userId });
    return { token, csrfToken };
  }

  return {
    hashPassword: (pw: string) => hash(pw),

    async login(username: string, password: string, meta: { ip: string | null; userAgent: string | null; requestId: string | null }): Promise<Result<SignedIn>> {
      const user = await repo.findUserByUsername(db.kysely, username);
      if (!user) {
        await verify(await dummyHash, password);
        return refuse('invalid_credentials');
      }
      const actor = actorFromUser(user, meta.requestId);
      const view = viewOf(user);
      if (!actor || !view) return refuse('invalid_credentials');
      if (fromFlag(user.disabled)) return refuse('account_disabled');
      if (user.locked_until && user.locked_until > now()) return refuse('account_locked');
      const good = await verify(user.password_hash, password);
      const province = provinceOf(user.jurisdiction);
      if (!good) {
        const failures = user.failed_logins + 1;
        const lock = failures >= config.loginMaxFailures;
        const lockedUntil = lock ? isoInstant(new Date(clock.now().getTime() + config.lockoutMinutes * 60_000)) : null;
        await db.kysely.transaction().execute(async (trx) => {
          await repo.updateUser(trx, user.id, { failed_logins: lock ? 0 : failures, locked_until: lockedUntil });
          await audit.record(trx, actor, { province, action: lock ? 'auth.locked' : 'auth.login_failed', entityType: 'user', entityId: user.id, details: { failures } });
        });
        return refuse(lock ? 'account_locked' : 'invalid_credentials');
      }
      const session = await db.kysely.transaction().execute(async (trx) => {
        await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null });
        return startSession(trx, actor, user.id, meta);
      });
      return ok({ ...session, user: view });
    },

    startSession,

    /** The actor behind a session cookie, or null when the session is unknown, expired or revoked. */
    async fromSession(token: string, requestId: string | null): Promise<{ actor: Actor; csrfToken: string; user: UserView } | null> {
      const session = await repo.findLiveSession(db.kysely, hashSecret(token), now());
      if (!session) return null;
      const user = await repo.findUserById(db.kysely, session.user_id);
      if (!user || fromFlag(user.disabled)) return null;
      const actor = actorFromUser(user, requestId);
      const view = viewOf(user);
      return actor && view ? { actor, csrfToken: session.csrf_token, user: view } : null;
    },

    /** The actor behind an API token, limited to the token's jurisdiction. */
    async fromApiToken(token: string, requestId: string | null): Promise<Actor | null> {
      const row = await repo.findLiveToken(db.kysely, hashSecret(token), now());
      if (!row) return null;
      const user = await repo.findUserById(db.kysely, row.user_id);
      if (!user || fromFlag(user.disabled)) return null;
      await repo.touchToken(db.kysely, row.id, now());
      return actorFromUser(user, requestId, row.jurisdiction);
    },

    async logout(token: string): Promise<void> {
      await repo.revokeSession(db.kysely, hashSecret(token), now());
    },

    async changePassword(actor: Actor, current: string, next: string): Promise<Result<null>> {
      if (!actor.userId) return refuse('forbidden');
      const user = await repo.findUserById(db.kysely, actor.userId);
      if (!user || !(await verify(user.password_hash, current))) return refuse('invalid_credentials');
      if (!isStrongPassword(next) || next === current) return refuse('weak_password');
      const passwordHash = await hash(next);
      await db.kysely.transaction().execute(async (trx) => {
        await repo.updateUser(trx, user.id, { password_hash: passwordHash, must_change_password: toFlag(false), updated_at: now() });
        await audit.record(trx, actor, { province: provinceOf(user.jurisdiction), action: 'auth.password_changed', entityType: 'user', entityId: user.id });
      });
      return ok(null);
    },

    /** Issues an API token whose jurisdiction lies within the actor's. The secret is shown once. */
    async createToken(actor: Actor, input: { name: string; jurisdiction: string; expiresAt: string | null }): Promise<Result<{ id: string; token: string }>> {
      if (!actor.userId) return refuse('forbidden');
      if (!input.jurisdiction.startsWith(actor.jurisdiction)) return refuse('forbidden', { zh: '令牌的管辖范围不能超出本人', en: 'A token cannot reach beyond your own jurisdiction' });
      const { token, hash: tokenHash } = newSecret('wg_');
      const id = crypto.randomUUID();
      const userId = actor.userId;
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertToken(trx, { id, user_id: userId, name: input.name, token_hash: tokenHash, jurisdiction: input.jurisdiction, created_at: now(), expires_at: input.expiresAt, revoked_at: null, last_used_at: null });
        await audit.record(trx, actor, { province: provinceOf(input.jurisdiction), action: 'token.created', entityType: 'api_token', entityId: id, details: { name: input.name, jurisdiction: input.jurisdiction } });
      });
      return ok({ id, token });
    },

    async listTokens(actor: Actor) {
      if (!actor.userId) return [];
      const rows = await repo.listTokens(db.kysely, actor.userId);
      return rows.map((r) => ({ id: r.id, name: r.name, jurisdiction: r.jurisdiction, createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at, lastUsedAt: r.last_used_at }));
    },

    async revokeToken(actor: Actor, id: string): Promise<Result<null>> {
      if (!actor.userId) return refuse('forbidden');
      const userId = actor.userId;
      const n = await db.kysely.transaction().execute(async (trx) => {
        const changed = await repo.revokeToken(trx, id, userId, now());
        if (changed) await audit.record(trx, actor, { province: provinceOf(actor.jurisdiction), action: 'token.revoked', entityType: 'api_token', entityId: id });
        return changed;
      });
      return n ? ok(null) : refuse('not_found');
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
