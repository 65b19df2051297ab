/**
 * Worker sign-in by phone and one-time code; binding requests (the worker files one, an officer
 * whose jurisdiction holds the person confirms or rejects it, an officer unbinds; decision 105).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { permissionsOf } from '../../modules/accounts/index.js';
import { requireActor, setSessionCookie } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import {
  BindBody,
  BindingReceivedSchema,
  BindingRequestStaffSchema,
  BindingStateSchema,
  BindingStatusSchema,
  RejectBody,
  UnbindBody,
  UnbindResult,
} from '../schemas/bindings.js';
import { normalisePhone } from '../../core/phone.js';
import { maskPhone } from '../../crypto/mask.js';
import { oneTimeCode } from '../../modules/system/index.js';

const Phone = Type.String({ minLength: 11, maxLength: 20 });

export function workerAuthRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/auth/worker/code',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Send a sign-in code by SMS / 发送短信验证码',
          body: Type.Object({ phone: Phone }),
          response: { 200: Type.Object({ expiresInSeconds: Type.Integer() }), ...problemResponses, 429: Type.Ref('Problem') },
        },
      },
      async (request) => unwrap(await services.workerSignin.requestCode(request.body.phone)),
    );

    app.post(
      '/auth/worker/login',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with phone and code / 手机验证码登录',
          body: Type.Object({ phone: Phone, code: Type.String({ pattern: '^\\s*[0-9]{6}\\s*$' }) }),
          response: {
            200: Type.Object({ user: Type.Ref('User'), csrfToken: Type.String(), permissions: Type.Array(Type.String()) }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const r = unwrap(
          await services.workerSignin.verifyCode(request.body.phone, request.body.code, {
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
            requestId: request.id,
          }),
        );
        setSessionCookie(reply, r.token, services.deps.config);
        return { user: r.user, csrfToken: r.csrfToken, permissions: [...permissionsOf(r.user.role)] };
      },
    );

    app.post(
      '/auth/worker/bind',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Ask to be bound to my registry record; an officer confirms / 申请绑定登记信息',
          description: 'The answer is "request received" whether or not the ID number and name match a record.',
          body: BindBody,
          response: { 202: BindingReceivedSchema, ...problemResponses },
        },
      },
      async (request, reply) => reply.status(202).send(unwrap(await services.bindings.request(requireActor(request), request.body))),
    );

    app.get(
      '/auth/worker/binding',
      {
        schema: {
          tags: ['auth'],
          summary: 'Whether my account is bound, and my latest request / 我的绑定状态',
          response: { 200: BindingStateSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.bindings.state(requireActor(request))),
    );

    app.get(
      '/bindings',
      {
        schema: {
          tags: ['auth'],
          summary: 'Binding requests for people in my jurisdiction / 绑定申请队列',
          querystring: Type.Object({ ...PageQuery.properties, status: Type.Optional(BindingStatusSchema) }),
          response: { 200: Paged(BindingRequestStaffSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, status } = request.query;
        const r = unwrap(await services.bindings.list(requireActor(request), { status: status ?? 'pending', page, pageSize }));
        return { ...r, page, pageSize };
      },
    );

    app.post(
      '/bindings/:id/confirm',
      {
        config: { idempotent: true },
        schema: {
          tags: ['auth'],
          summary: 'Confirm a binding request / 确认绑定',
          params: IdParams,
          response: { 200: BindingRequestStaffSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.bindings.confirm(requireActor(request), request.params.id)),
    );

    app.post(
      '/bindings/:id/reject',
      {
        schema: {
          tags: ['auth'],
          summary: 'Reject a binding request with a reason the worker sees / 不予绑定',
          params: IdParams,
          body: RejectBody,
          response: { 200: BindingRequestStaffSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.bindings.reject(requireActor(request), request.params.id, request.body.reason)),
    );

    app.post(
      '/bindings/unbind',
      {
        schema: {
          tags: ['auth'],
          summary: 'Unbind the account that holds a record (audited) / 解除绑定',
          body: UnbindBody,
          response: { 200: UnbindResult, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.bindings.unbind(requireActor(request), request.body.personId, request.body.reason)),
    );

    app.get(
      '/demo/sms',
      {
        schema: {
          tags: ['demo'],
          summary: 'Demo mode only: recent SMS messages to one phone (the built-in sender does not send) / 演示短信',
          querystring: Type.Object({ phone: Phone }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({ to: Type.String(), text: Type.String(), at: Type.String(), code: Type.Union([Type.String(), Type.Null()]) }),
              ),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        if (!services.deps.config.demo) fail('not_found');
        const phone = normalisePhone(request.query.phone);
        await services.outbox.drain();
        return {
          items: services.sms
            .recent()
            .filter((m) => m.to === phone)
            .map((m) => ({ ...m, to: maskPhone(m.to), code: oneTimeCode(m.text) }))
            .reverse(),
        };
      },
    );
  };
}
