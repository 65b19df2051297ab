/**
 * Sign-in, sessions, API tokens and password changes. Sessions live in the database so any app
 * server can check them and an administrator can revoke them. Failed sign-ins are counted in one
 * statement each, so wrong passwords sent at the same moment lock the account as surely as wrong
 * passwords sent one after another; a password change ends every session and token of the account.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import type { UnitOfWork } from '../kernel/index.js';
import { isDepartment, isRole, provinceOf, type Actor } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { ErrorCode } from '../../core/errors.js';
import { isoInstant } from '../../core/clock.js';
import { fromFlag } from '../../db/dialect.js';
import * as repo from './account.repository.js';
import { hashSecret, isStrongPassword, newSecret, toUserView, type Credential, type UserView } from './account.js';
import { auditEnded, revokeCredentials } from './credentials.js';
import { createTokenService } from './tokens.service.js';
import { createSessionCache } from './session-cache.js';

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: UserView;
}

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

// A real hash to verify against when the user does not exist, so timing does not reveal usernames.
const dummyHash = hash('wugong-timing-equaliser');

export function actorFromUser(u: repo.User, requestId: string | null, jurisdiction?: string): Actor | null {
  if (!isRole(u.role)) return null;
  return {
    userId: u.id,
    username: u.username,
    role: u.role,
    jurisdiction: jurisdiction ?? u.jurisdiction,
    department: u.department && isDepartment(u.department) ? u.department : null,
    personId: u.person_id,
    enterpriseId: u.enterprise_id,
    requestId,
  };
}

export function viewOf(u: repo.User): UserView | null {
  const a = actorFromUser(u, null);
  return a ? toUserView(u, a.role, a.department) : null;
}

export function createAuthService(deps: Deps, audit: AuditService, uow: UnitOfWork) {
  const { db, clock, config } = deps;
  const now = () => isoInstant(clock.now());
  const tokens = createTokenService(deps, uow);
  const sessionCache = createSessionCache<repo.SessionUser>(config.sessionCacheMs);

  /** Inserts a session row (no audit: the caller writes the entry that says why it opened). */
  async function openSession(trx: Transaction<Database>, userId: string, meta: SessionMeta): Promise<{ token: string; csrfToken: string }> {
    const { token, hash: id } = newSecret('s_');
    const csrfToken = crypto.randomBytes(24).toString('base64url');
    const expires = isoInstant(new Date(clock.now().getTime() + config.sessionTtlHours * 3_600_000));
    await repo.insertSession(trx, {
      id,
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now(),
      expires_at: expires,
      revoked_at: null,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, csrfToken };
  }

  /** Opens a session for a user inside the caller's transaction and audits the sign-in. */
  async function startSession(
    trx: Transaction<Database>,
    actor: Actor,
    userId: string,
    meta: SessionMeta,
  ): Promise<{ token: string; csrfToken: string }> {
    const session = await openSession(trx, userId, meta);
    await audit.record(trx, actor, {
      province: provinceOf(actor.jurisdiction),
      action: 'auth.login',
      entityType: 'user',
      entityId: userId,
    });
    return session;
  }

  /** Why a sign-in that raced with another change was refused, read again after the fact. */
  async function refusalNow(userId: string, otherwise: ErrorCode): Promise<Result<never>> {
    const fresh = await repo.findUserById(db.kysely, userId);
    if (fresh && fromFlag(fresh.disabled)) return refuse('account_disabled');
    if (fresh?.locked_until && fresh.locked_until > now()) return refuse('account_locked');
    return refuse(otherwise);
  }

  /** Counts a wrong password (one statement), audits it, and refuses; the failure reaching the limit locks. */
  async function failedSignIn(user: repo.User, actor: Actor): Promise<Result<never>> {
    const lockUntil = isoInstant(new Date(clock.now().getTime() + config.lockoutMinutes * 60_000));
    const r = await uow.write(actor, async (w) => {
      const row = await repo.countFailedLogin(w.trx, user.id, now(), config.loginMaxFailures, lockUntil);
      if (!row) return refuse('account_locked');
      const locked = row.locked_until !== null;
      await w.audit({
        province: provinceOf(user.jurisdiction),
        action: locked ? 'auth.locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        details: { failures: locked ? config.loginMaxFailures : row.failed_logins },
      });
      return ok(locked);
    });
    if (!r.ok) return refusalNow(user.id, 'account_locked');
    return refuse(r.value ? 'account_locked' : 'invalid_credentials');
  }

  return {
    hashPassword: (pw: string) => hash(pw),

    async login(username: string, password: string, meta: SessionMeta & { requestId: string | null }): Promise<Result<SignedIn>> {
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
      if (!(await verify(user.password_hash, password))) return failedSignIn(user, actor);
      const r = await uow.write(actor, async (w) => {
        // Holds only if no lock, disable or password change committed since the read above.
        if (!(await repo.clearFailedLogins(w.trx, user.id, now(), user.password_hash))) return refuse('invalid_credentials');
        const session = await openSession(w.trx, user.id, meta);
        await w.audit({ province: provinceOf(user.jurisdiction), action: 'auth.login', entityType: 'user', entityId: user.id });
        return ok(session);
      });
      if (!r.ok) return refusalNow(user.id, 'invalid_credentials');
      return ok({ ...r.value, user: view });
    },

    startSession,

    /** The actor behind a session cookie, or null when the session is unknown, expired or revoked. */
    async fromSession(
      token: string,
      requestId: string | null,
    ): Promise<{ actor: Actor; csrfToken: string; user: UserView; sessionId: string } | null> {
      // One read of the session and its user, kept at most a second (decision 234): a revocation, a
      // disable or a change of role, jurisdiction or binding holds from the next request on this
      // server, and within a second on every other one.
      const key = hashSecret(token);
      const at = clock.now().getTime();
      let found = sessionCache.get(key, at);
      if (!found) {
        const mark = sessionCache.begin();
        found = await repo.findLiveSessionUser(db.kysely, key, isoInstant(new Date(at)));
        if (found) sessionCache.put(key, found, mark, at, Date.parse(found.session_expires));
      }
      if (!found || fromFlag(found.disabled)) return null;
      const { session_id: sessionId, session_csrf: csrfToken, session_expires: _expires, ...user } = found;
      const actor = actorFromUser(user, requestId);
      const view = viewOf(user);
      return actor && view ? { actor, csrfToken, user: view, sessionId } : null;
    },

    /**
     * The actor behind an API token, limited to the token's jurisdiction; null when the token is
     * unknown, revoked or expired (an expiry is audited the first time the token is refused for it).
     */
    async fromApiToken(token: string, requestId: string | null): Promise<{ actor: Actor; tokenId: string } | null> {
      const row = await repo.findTokenByHash(db.kysely, hashSecret(token));
      if (!row || row.revoked_at !== null) return null;
      if (row.expires_at <= now()) {
        await tokens.recordExpiry(row, requestId);
        return null;
      }
      const user = await repo.findUserById(db.kysely, row.user_id);
      if (!user || fromFlag(user.disabled)) return null;
      await repo.touchToken(db.kysely, row.id, now());
      const actor = actorFromUser(user, requestId, row.jurisdiction);
      return actor ? { actor, tokenId: row.id } : null;
    },

    /** Ends the session of a cookie; audited as the user's sign-out. */
    async logout(token: string, requestId: string | null = null): Promise<void> {
      const id = hashSecret(token);
      const session = await repo.findLiveSession(db.kysely, id, now());
      const user = session ? await repo.findUserById(db.kysely, session.user_id) : undefined;
      const actor = user ? actorFromUser(user, requestId) : null;
      if (!user || !actor) {
        await repo.revokeSession(db.kysely, id, now());
        return;
      }
      await uow.write(actor, async (w) => {
        if (!(await repo.revokeSession(w.trx, id, now()))) return refuse('not_found');
        await w.audit({ province: provinceOf(user.jurisdiction), action: 'auth.logout', entityType: 'user', entityId: user.id });
        return ok(null);
      });
    },

    /**
     * Changes the caller's password and ends every session and API token of the account, the
     * caller's own session included; a caller signed in with a session gets a new one (new cookie,
     * new CSRF token), so the page they are on keeps working. An API token cannot change a password.
     */
    async changePassword(
      actor: Actor,
      credential: Credential,
      current: string,
      next: string,
      meta: SessionMeta = { ip: null, userAgent: null },
    ): Promise<Result<{ session: { token: string; csrfToken: string } | null }>> {
      if (!actor.userId) return refuse('forbidden');
      if (credential.kind === 'token')
        return refuse('forbidden', { zh: 'API 令牌不能修改密码', en: 'An API token cannot change the password' });
      const user = await repo.findUserById(db.kysely, actor.userId);
      if (!user || !(await verify(user.password_hash, current))) return refuse('invalid_credentials');
      if (!isStrongPassword(next) || next === current) return refuse('weak_password');
      const passwordHash = await hash(next);
      const reissue = credential.kind === 'session';
      return uow.write(actor, async (w) => {
        const t = now();
        if (
          !(await repo.replacePassword(w.trx, user.id, user.password_hash, {
            password_hash: passwordHash,
            must_change_password: 0,
            updated_at: t,
          }))
        ) {
          return refuse('invalid_credentials');
        }
        const ended = await revokeCredentials(w.trx, user, 'password_changed', user.id, t, true);
        const session = reissue ? await openSession(w.trx, user.id, meta) : null;
        await w.audit({
          province: provinceOf(user.jurisdiction),
          action: 'auth.password_changed',
          entityType: 'user',
          entityId: user.id,
          details: { sessionReissued: reissue },
        });
        await auditEnded(w, ended);
        return ok({ session });
      });
    },

    createToken: tokens.createToken,
    listTokens: tokens.listTokens,
    revokeToken: tokens.revokeToken,
    tokensOf: tokens.tokensOf,
    revokeTokenOf: tokens.revokeTokenOf,
    sweepExpiredTokens: tokens.sweepExpiredTokens,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
