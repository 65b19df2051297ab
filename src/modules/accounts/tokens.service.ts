/**
 * Personal API tokens: minted from a signed-in session (never by a worker, never by another token),
 * narrowed to a jurisdiction inside the owner's, expiring after `WUGONG_TOKEN_DAYS` at most, listed
 * and revoked by their owner and by an administrator of the owner's jurisdiction. Every revocation
 * and every expiry is audited.
 */
import crypto from 'node:crypto';
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import { provinceOf, systemActor, type Actor } from '../actor.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { fromFlag } from '../../db/dialect.js';
import { inScope } from '../../db/scope.js';
import * as repo from './account.repository.js';
import { newSecret, toTokenView, type Credential, type EndReason, type TokenView } from './account.js';
import { can, mayAdministerAccount } from './permissions.js';
import { auditTokenRevoked } from './credentials.js';

export interface NewToken {
  name: string;
  jurisdiction: string;
  /** When absent the token lives the configured number of days. */
  expiresAt: string | null;
}

export function createTokenService(deps: Deps, uow: UnitOfWork) {
  const { db, clock, config } = deps;
  const now = () => isoInstant(clock.now());

  /** The expiry asked for, or the default; refused when in the past or beyond the configured lifetime. */
  function expiryOf(requested: string | null): Result<string> {
    const latest = isoInstant(new Date(clock.now().getTime() + config.tokenDays * 86_400_000));
    if (requested === null) return ok(latest);
    const at = new Date(requested);
    const iso = Number.isNaN(at.getTime()) ? '' : isoInstant(at);
    if (iso > now() && iso <= latest) return ok(iso);
    const message = {
      zh: `有效期须晚于现在，且不超过 ${config.tokenDays} 天`,
      en: `The expiry must be in the future and at most ${config.tokenDays} days away`,
    };
    return refuse('validation_failed', { ...message, errors: [fieldError('/expiresAt', 'validation_failed', message)] });
  }

  async function revokeOne(actor: Actor, ownerId: string, tokenId: string, reason: EndReason): Promise<Result<null>> {
    return uow.write(actor, async (w) => {
      const token = await repo.revokeToken(w.trx, tokenId, ownerId, now(), reason, actor.userId);
      if (!token) return refuse('not_found');
      await auditTokenRevoked(w, token, reason);
      return ok(null);
    });
  }

  /** Writes a token's expiry to the audit log once (a second call finds it recorded and does nothing). */
  async function recordExpiry(token: repo.ApiToken, requestId: string | null): Promise<boolean> {
    if (token.expiry_recorded_at !== null) return false;
    const r = await uow.write(systemActor(requestId), async (w) => {
      if (!(await repo.markExpiryRecorded(w.trx, token.id, now()))) return refuse('conflict');
      await w.audit({
        province: provinceOf(token.jurisdiction),
        action: 'token.expired',
        entityType: 'api_token',
        entityId: token.id,
        details: { owner: token.user_id, name: token.name, expiresAt: token.expires_at },
      });
      return ok(null);
    });
    return r.ok;
  }

  return {
    /** Issues a token; the secret is returned once. */
    async createToken(
      actor: Actor,
      credential: Credential,
      input: NewToken,
    ): Promise<Result<{ id: string; token: string; expiresAt: string }>> {
      const userId = actor.userId;
      if (!userId) return refuse('forbidden');
      if (actor.role === 'worker')
        return refuse('forbidden', { zh: '务工人员账户不能创建 API 令牌', en: 'A worker account cannot create API tokens' });
      if (credential.kind === 'token')
        return refuse('forbidden', {
          zh: 'API 令牌不能再创建令牌，请登录后创建',
          en: 'An API token cannot create another token; sign in to create one',
        });
      if (!inScope(actor.jurisdiction, [input.jurisdiction]))
        return refuse('forbidden', { zh: '令牌的管辖范围不能超出本人', en: 'A token cannot reach beyond your own jurisdiction' });
      const expiry = expiryOf(input.expiresAt);
      if (!expiry.ok) return expiry;
      const expiresAt = expiry.value;
      const { token, hash: tokenHash } = newSecret('wg_');
      const id = crypto.randomUUID();
      return uow.write(actor, async (w) => {
        // The account row is locked first, so a password change, reset or disable running at the same
        // time either sees this token (and revokes it) or has already ended the session minting it.
        const user = await repo.lockUser(w.trx, db.dialect, userId);
        if (!user || fromFlag(user.disabled)) return refuse('unauthenticated');
        if (credential.kind === 'session') {
          const session = await repo.findLiveSession(w.trx, credential.sessionId, now());
          if (session?.user_id !== userId) return refuse('unauthenticated');
        }
        await repo.insertToken(w.trx, {
          id,
          user_id: userId,
          name: input.name,
          token_hash: tokenHash,
          jurisdiction: input.jurisdiction,
          created_at: now(),
          expires_at: expiresAt,
          revoked_at: null,
          revoked_reason: null,
          revoked_by: null,
          last_used_at: null,
          expiry_recorded_at: null,
        });
        await w.audit({
          province: provinceOf(input.jurisdiction),
          action: 'token.created',
          entityType: 'api_token',
          entityId: id,
          details: { name: input.name, jurisdiction: input.jurisdiction, expiresAt },
        });
        return ok({ id, token, expiresAt });
      });
    },

    /** The caller's own tokens, newest first, with their state. */
    async listTokens(actor: Actor): Promise<TokenView[]> {
      if (!actor.userId) return [];
      const t = now();
      return (await repo.listTokens(db.kysely, actor.userId)).map((r) => toTokenView(r, t));
    },

    /** The owner revokes one of their tokens. */
    revokeToken(actor: Actor, id: string): Promise<Result<null>> {
      if (!actor.userId) return Promise.resolve(refuse('forbidden'));
      return revokeOne(actor, actor.userId, id, 'owner');
    },

    /** An administrator lists the tokens of an account inside their jurisdiction. */
    async tokensOf(actor: Actor, userId: string): Promise<Result<TokenView[]>> {
      if (!can(actor, 'accounts.admin')) return refuse('forbidden');
      const user = await repo.findUserById(db.kysely, userId);
      if (!user || !mayAdministerAccount(actor, user.jurisdiction)) return refuse('not_found');
      const t = now();
      return ok((await repo.listTokens(db.kysely, userId)).map((r) => toTokenView(r, t)));
    },

    /** An administrator revokes a token of an account inside their jurisdiction. */
    async revokeTokenOf(actor: Actor, userId: string, tokenId: string): Promise<Result<null>> {
      if (!can(actor, 'accounts.admin')) return refuse('forbidden');
      const user = await repo.findUserById(db.kysely, userId);
      if (!user || !mayAdministerAccount(actor, user.jurisdiction)) return refuse('not_found');
      return revokeOne(actor, userId, tokenId, 'administrator');
    },

    recordExpiry,

    /** Audits the expiry of every token that expired unseen (for a periodic timer); returns how many. */
    async sweepExpiredTokens(limit = 500): Promise<number> {
      let n = 0;
      for (const token of await repo.expiredUnrecorded(db.kysely, now(), limit)) if (await recordExpiry(token, null)) n++;
      return n;
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
