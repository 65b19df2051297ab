/**
 * Who is calling: a session cookie (staff app and worker pages, CSRF-checked on every unsafe
 * method) or a bearer API token (scoped to the token's jurisdiction). Routes call `requireActor`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { Actor } from '../../modules/actor.js';
import type { Services } from '../../modules/services.js';
import type { Credential, UserView } from '../../modules/accounts/index.js';
import { can, type Permission } from '../../modules/accounts/index.js';
import { fail } from '../problem.js';

export const SESSION_COOKIE = 'wg_session';

/** Sets the session cookie of a new sign-in (staff or worker): HTTP-only, same-site, for the session's lifetime. */
export function setSessionCookie(reply: FastifyReply, token: string, config: { cookieSecure: boolean; sessionTtlHours: number }): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    maxAge: config.sessionTtlHours * 3600,
  });
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths a user who must change a one-time password may still call (no token minting before the change). */
const PASSWORD_CHANGE_ALLOWED = new Set(['/api/v1/auth/me', '/api/v1/auth/password', '/api/v1/auth/logout']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionUser: UserView | null;
    csrfToken: string | null;
    /** How the actor proved who they are (a session or an API token); null when anonymous. */
    credential: Credential | null;
  }
}

export function registerAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('credential', null);

  // Only /api/ requests carry credentials: anything else (health checks, pages, assets) passes
  // synchronously, without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.url.startsWith('/api/')) {
      done();
      return;
    }
    identify(request).then(() => done(), done);
  });

  async function identify(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await services.auth.fromApiToken(header.slice(7).trim(), request.id);
      if (!found) fail('unauthenticated', { zh: 'API 令牌无效、已吊销或已过期', en: 'The API token is invalid, revoked or expired' });
      request.actor = found.actor;
      request.credential = { kind: 'token', tokenId: found.tokenId };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await services.auth.fromSession(token, request.id);
    if (!found) return;
    if (!SAFE.has(request.method) && request.headers['x-csrf-token'] !== found.csrfToken) fail('csrf_invalid');
    if (found.user.mustChangePassword && !PASSWORD_CHANGE_ALLOWED.has(request.url.split('?')[0] ?? '')) {
      fail('password_change_required');
    }
    request.actor = found.actor;
    request.sessionUser = found.user;
    request.csrfToken = found.csrfToken;
    request.credential = { kind: 'session', sessionId: found.sessionId };
  }
}

/** The signed-in actor, or a 401 refusal. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) fail('unauthenticated');
  return request.actor;
}

/** The signed-in worker's own registry record, or a 401/403 refusal for anyone else (the /me/... routes of a worker). */
export function requireWorkerPerson(request: FastifyRequest): string {
  const actor = requireActor(request);
  if (actor.role !== 'worker' || actor.personId === null)
    fail('forbidden', { zh: '仅限已绑定登记信息的务工人员', en: 'Only for workers linked to a registry record' });
  return actor.personId;
}

/** How the signed-in actor proved who they are, or a 401 refusal. */
export function requireCredential(request: FastifyRequest): Credential {
  if (!request.actor || !request.credential) fail('unauthenticated');
  return request.credential;
}

/** The signed-in actor holding a permission, or a 401/403 refusal. */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!can(actor, permission)) fail('forbidden');
  return actor;
}
