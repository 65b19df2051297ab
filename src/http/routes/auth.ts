/** Sign-in, sign-out, the current user, password change and personal API tokens. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { permissionsOf } from '../../modules/accounts/index.js';
import { requireActor, requireCredential, SESSION_COOKIE, setSessionCookie } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { IdParams, Ok, problemResponses } from '../schemas/common.js';

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    role: Type.String(),
    jurisdiction: Type.String(),
    department: Type.Union([Type.String(), Type.Null()]),
    personId: Type.Union([Type.String(), Type.Null()]),
    enterpriseId: Type.Union([Type.String(), Type.Null()]),
    mustChangePassword: Type.Boolean(),
    disabled: Type.Boolean(),
    lockedUntil: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
  },
  { $id: 'User' },
);

const Me = Type.Object({ user: Type.Ref('User'), csrfToken: Type.String(), permissions: Type.Array(Type.String()) });

/** An API token as its owner and administrators see it (never the secret). */
export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  jurisdiction: Type.String({ description: 'the token reaches only this division prefix' }),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  revokedReason: Type.Union([
    Type.String({ description: 'owner, administrator, password_changed, password_reset or disabled' }),
    Type.Null(),
  ]),
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
});

/** The rate-limit key of a sign-in attempt: the address and the username tried (lower case). */
function loginKey(req: FastifyRequest): string {
  const body: unknown = req.body;
  const username = typeof body === 'object' && body !== null ? Reflect.get(body, 'username') : undefined;
  return `login:${req.ip}:${typeof username === 'string' ? username.trim().toLowerCase().slice(0, 64) : ''}`;
}

/** Sign-in tries one address may make a minute whatever usernames it tries (password spraying). */
const LOGIN_TRIES_PER_ADDRESS = 200;

export function authRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    // A second count beside the route's per-username one (the plugin takes one limit per route):
    // present whenever rate limiting is on (WUGONG_RATE_LIMIT > 0).
    const perAddress = app.hasDecorator('createRateLimit')
      ? app.createRateLimit({ max: LOGIN_TRIES_PER_ADDRESS, timeWindow: '1 minute', keyGenerator: (r) => `login-addr:${r.ip}` })
      : null;
    app.post(
      '/auth/login',
      {
        // Counted per address and username (the body is parsed: the limit runs at preHandler), so the
        // officers of a bureau behind one NAT address do not hold each other up, and per address
        // beside it (200 a minute) against spraying one password over many usernames; wrong
        // passwords lock the account itself (auth.service.ts).
        config: { rateLimit: { max: 20, timeWindow: '1 minute', keyGenerator: loginKey } },
        preHandler: async (request) => {
          const counted = perAddress ? await perAddress(request) : null;
          if (counted && !counted.isAllowed && counted.isExceeded) fail('rate_limited');
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with username and password / 用户名密码登录',
          body: Type.Object({
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
          }),
          response: { 200: Me, ...problemResponses, 423: Type.Ref('Problem') },
        },
      },
      async (request, reply) => {
        const r = unwrap(
          await services.auth.login(request.body.username, request.body.password, {
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
            requestId: request.id,
          }),
        );
        setSessionCookie(reply, r.token, services.deps.config);
        return { user: r.user, csrfToken: r.csrfToken, permissions: [...permissionsOf(r.user.role)] };
      },
    );

    app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out / 退出', response: { 200: Ok } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await services.auth.logout(token, request.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    });

    app.get(
      '/auth/me',
      { schema: { tags: ['auth'], summary: 'The signed-in user / 当前用户', response: { 200: Me, 401: Type.Ref('Problem') } } },
      async (request) => {
        const actor = requireActor(request);
        if (!request.sessionUser || !request.csrfToken) fail('unauthenticated');
        return { user: request.sessionUser, csrfToken: request.csrfToken, permissions: [...permissionsOf(actor.role)] };
      },
    );

    app.post(
      '/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary:
            'Change own password; ends every session and API token of the account and issues this browser a new session / 修改密码（结束其他会话并吊销全部令牌）',
          body: Type.Object({ currentPassword: Type.String({ minLength: 1 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: {
            200: Type.Object({ ok: Type.Literal(true), csrfToken: Type.Union([Type.String(), Type.Null()]) }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const r = unwrap(
          await services.auth.changePassword(
            requireActor(request),
            requireCredential(request),
            request.body.currentPassword,
            request.body.newPassword,
            {
              ip: request.ip,
              userAgent: request.headers['user-agent'] ?? null,
            },
          ),
        );
        if (r.session) {
          setSessionCookie(reply, r.session.token, services.deps.config);
        }
        return { ok: true as const, csrfToken: r.session?.csrfToken ?? null };
      },
    );

    app.get(
      '/auth/tokens',
      {
        schema: {
          tags: ['auth'],
          summary: 'My API tokens / 我的 API 令牌',
          response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema) }), 401: Type.Ref('Problem') },
        },
      },
      async (request) => {
        return { items: await services.auth.listTokens(requireActor(request)) };
      },
    );
    app.post(
      '/auth/tokens',
      {
        schema: {
          tags: ['auth'],
          summary:
            'Create an API token scoped to a jurisdiction, from a signed-in session (not by workers, not by another token) / 创建 API 令牌',
          body: Type.Object({
            name: Type.String({ minLength: 1, maxLength: 100 }),
            jurisdiction: Type.String({ pattern: '^[0-9]{0,9}$' }),
            expiresAt: Type.Optional(
              Type.String({ format: 'date-time', description: 'default and latest: WUGONG_TOKEN_DAYS (90) days from now' }),
            ),
          }),
          response: { 200: Type.Object({ id: Type.String(), token: Type.String(), expiresAt: Type.String() }), ...problemResponses },
        },
      },
      async (request) => {
        return unwrap(
          await services.auth.createToken(requireActor(request), requireCredential(request), {
            name: request.body.name,
            jurisdiction: request.body.jurisdiction,
            expiresAt: request.body.expiresAt ?? null,
          }),
        );
      },
    );
    app.delete(
      '/auth/tokens/:id',
      {
        schema: {
          tags: ['auth'],
          summary: 'Revoke one of my API tokens / 吊销我的令牌',
          params: IdParams,
          response: { 200: Ok, ...problemResponses },
        },
      },
      async (request) => {
        unwrap(await services.auth.revokeToken(requireActor(request), request.params.id));
        return { ok: true as const };
      },
    );
  };
}
