/** Sign-in, sign-out, the current user, password change and personal API tokens. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { permissionsOf } from '../../modules/accounts/permissions.js';
import { requireActor, SESSION_COOKIE } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { IdParams, Ok, problemResponses } from '../schemas/common.js';

export const UserSchema = Type.Object({
  id: Type.String(), username: Type.String(), displayName: Type.String(), role: Type.String(), jurisdiction: Type.String(),
  department: Type.Union([Type.String(), Type.Null()]), personId: Type.Union([Type.String(), Type.Null()]),
  enterpriseId: Type.Union([Type.String(), Type.Null()]), mustChangePassword: Type.Boolean(), disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(),
}, { $id: 'User' });

const Me = Type.Object({ user: Type.Ref('User'), csrfToken: Type.String(), permissions: Type.Array(Type.String()) });

export function authRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/auth/login', {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'], summary: 'Sign in with username and password / 用户名密码登录',
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Me, ...problemResponses, 423: Type.Ref('Problem') },
      },
    }, async (request, reply) => {
      const r = unwrap(await services.auth.login(request.body.username, request.body.password, {
        ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id,
      }));
      void reply.setCookie(SESSION_COOKIE, r.token, {
        path: '/', httpOnly: true, sameSite: 'strict', secure: services.deps.config.cookieSecure,
        maxAge: services.deps.config.sessionTtlHours * 3600,
      });
      return { user: r.user, csrfToken: r.csrfToken, permissions: [...permissionsOf(r.user.role)] };
    });

    app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out / 退出', response: { 200: Ok } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await services.auth.logout(token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    });

    app.get('/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user / 当前用户', response: { 200: Me, 401: Type.Ref('Problem') } } }, async (request) => {
      const actor = requireActor(request);
      if (!request.sessionUser || !request.csrfToken) fail('unauthenticated');
      return { user: request.sessionUser, csrfToken: request.csrfToken, permissions: [...permissionsOf(actor.role)] };
    });

    app.post('/auth/password', {
      schema: {
        tags: ['auth'], summary: 'Change own password / 修改密码',
        body: Type.Object({ currentPassword: Type.String({ minLength: 1 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Ok, ...problemResponses },
      },
    }, async (request) => {
      unwrap(await services.auth.changePassword(requireActor(request), request.body.currentPassword, request.body.newPassword));
      return { ok: true as const };
    });

    const TokenView = Type.Object({
      id: Type.String(), name: Type.String(), jurisdiction: Type.String(), createdAt: Type.String(),
      expiresAt: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()]), lastUsedAt: Type.Union([Type.String(), Type.Null()]),
    });
    app.get('/auth/tokens', { schema: { tags: ['auth'], summary: 'My API tokens / 我的 API 令牌', response: { 200: Type.Object({ items: Type.Array(TokenView) }) } } }, async (request) => {
      return { items: await services.auth.listTokens(requireActor(request)) };
    });
    app.post('/auth/tokens', {
      schema: {
        tags: ['auth'], summary: 'Create an API token scoped to a jurisdiction / 创建 API 令牌',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), jurisdiction: Type.String({ pattern: '^[0-9]{0,9}$' }), expiresAt: Type.Optional(Type.String({ format: 'date-time' })) }),
        response: { 200: Type.Object({ id: Type.String(), token: Type.String() }), ...problemResponses },
      },
    }, async (request) => {
      return unwrap(await services.auth.createToken(requireActor(request), { name: request.body.name, jurisdiction: request.body.jurisdiction, expiresAt: request.body.expiresAt ?? null }));
    });
    app.delete('/auth/tokens/:id', { schema: { tags: ['auth'], summary: 'Revoke an API token / 吊销令牌', params: IdParams, response: { 200: Ok, ...problemResponses } } }, async (request) => {
      unwrap(await services.auth.revokeToken(requireActor(request), request.params.id));
      return { ok: true as const };
    });
  };
}
