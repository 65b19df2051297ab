/** Account administration. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { departments, roles } from '../../modules/actor.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, Ok, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import { ApiTokenSchema } from './auth.js';

const WithPassword = Type.Object({ user: Type.Ref('User'), oneTimePassword: Type.Union([Type.String(), Type.Null()]) });

export function userRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/users',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Accounts in my jurisdiction / 账户列表',
          querystring: PageQuery,
          response: { 200: Paged(Type.Ref('User')), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize } = request.query;
        const r = unwrap(await services.users.list(requireActor(request), page, pageSize));
        return { ...r, page, pageSize };
      },
    );
    app.post(
      '/users',
      {
        config: { idempotent: true },
        schema: {
          tags: ['accounts'],
          summary: 'Create an account / 创建账户',
          body: Type.Object({
            username: Type.String({ pattern: '^[A-Za-z0-9_.@-]{3,64}$' }),
            displayName: Type.String({ minLength: 1, maxLength: 100 }),
            role: Type.Union(roles.map((r) => Type.Literal(r))),
            jurisdiction: Type.String({ pattern: '^[0-9]{0,9}$' }),
            department: Type.Optional(Type.Union(departments.map((d) => Type.Literal(d)))),
            personId: Type.Optional(Type.String()),
            enterpriseId: Type.Optional(Type.String()),
          }),
          response: { 200: WithPassword, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.users.create(requireActor(request), request.body)),
    );
    app.get(
      '/users/:id',
      {
        schema: {
          tags: ['accounts'],
          summary: 'An account in my jurisdiction / 账户详情',
          params: IdParams,
          response: { 200: Type.Ref('User'), ...problemResponses },
        },
      },
      async (request) => unwrap(await services.users.get(requireActor(request), request.params.id)),
    );
    app.post(
      '/users/:id/disable',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Disable an account / 停用账户',
          params: IdParams,
          response: { 200: Type.Ref('User'), ...problemResponses },
        },
      },
      async (request) => unwrap(await services.users.setDisabled(requireActor(request), request.params.id, true)),
    );
    app.post(
      '/users/:id/enable',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Enable an account / 启用账户',
          params: IdParams,
          response: { 200: Type.Ref('User'), ...problemResponses },
        },
      },
      async (request) => unwrap(await services.users.setDisabled(requireActor(request), request.params.id, false)),
    );
    app.post(
      '/users/:id/reset-password',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Reset to a one-time password / 重置密码',
          params: IdParams,
          response: { 200: WithPassword, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.users.resetPassword(requireActor(request), request.params.id)),
    );
    app.post(
      '/users/:id/revoke-sessions',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Sign the user out everywhere / 注销所有会话',
          params: IdParams,
          response: { 200: Type.Ref('User'), ...problemResponses },
        },
      },
      async (request) => unwrap(await services.users.revokeSessions(requireActor(request), request.params.id)),
    );
    app.get(
      '/users/:id/tokens',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The API tokens of an account in my jurisdiction / 账户的 API 令牌',
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema) }), ...problemResponses },
        },
      },
      async (request) => ({ items: unwrap(await services.auth.tokensOf(requireActor(request), request.params.id)) }),
    );
    app.delete(
      '/users/:id/tokens/:tokenId',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Revoke an API token of an account in my jurisdiction / 吊销账户的令牌',
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), tokenId: Type.String({ minLength: 1, maxLength: 64 }) }),
          response: { 200: Ok, ...problemResponses },
        },
      },
      async (request) => {
        unwrap(await services.auth.revokeTokenOf(requireActor(request), request.params.id, request.params.tokenId));
        return { ok: true as const };
      },
    );
  };
}
