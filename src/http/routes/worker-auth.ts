/** Worker sign-in by phone and one-time code, and binding to the registry record. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { permissionsOf } from '../../modules/accounts/permissions.js';
import { requireActor, SESSION_COOKIE } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import { normalisePhone } from '../../core/phone.js';
import { maskPhone } from '../../crypto/mask.js';

const Phone = Type.String({ minLength: 11, maxLength: 20 });

export function workerAuthRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/auth/worker/code', {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'], summary: 'Send a sign-in code by SMS / 发送短信验证码',
        body: Type.Object({ phone: Phone }),
        response: { 200: Type.Object({ expiresInSeconds: Type.Integer() }), ...problemResponses, 429: Type.Ref('Problem') },
      },
    }, async (request) => unwrap(await services.workerSignin.requestCode(request.body.phone)));

    app.post('/auth/worker/login', {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'], summary: 'Sign in with phone and code / 手机验证码登录',
        body: Type.Object({ phone: Phone, code: Type.String({ pattern: '^\\s*[0-9]{6}\\s*$' }) }),
        response: { 200: Type.Object({ user: Type.Ref('User'), csrfToken: Type.String(), permissions: Type.Array(Type.String()) }), ...problemResponses },
      },
    }, async (request, reply) => {
      const r = unwrap(await services.workerSignin.verifyCode(request.body.phone, request.body.code, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id }));
      void reply.setCookie(SESSION_COOKIE, r.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: services.deps.config.cookieSecure, maxAge: services.deps.config.sessionTtlHours * 3600 });
      return { user: r.user, csrfToken: r.csrfToken, permissions: [...permissionsOf(r.user.role)] };
    });

    app.post('/auth/worker/bind', {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'], summary: 'Bind my account to my registry record / 绑定登记信息',
        body: Type.Object({ idNumber: Type.String({ minLength: 15, maxLength: 18 }), name: Type.String({ minLength: 1, maxLength: 50 }) }),
        response: { 200: Type.Object({ personId: Type.String() }), ...problemResponses },
      },
    }, async (request) => unwrap(await services.workerSignin.bind(requireActor(request), request.body.idNumber, request.body.name)));

    app.get('/demo/sms', {
      schema: {
        tags: ['demo'], summary: 'Demo mode only: recent SMS messages to one phone (the built-in sender does not send) / 演示短信',
        querystring: Type.Object({ phone: Phone }),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ to: Type.String(), text: Type.String(), at: Type.String() })) }), ...problemResponses },
      },
    }, async (request) => {
      if (!services.deps.config.demo) fail('not_found');
      const phone = normalisePhone(request.query.phone);
      await services.outbox.drain();
      return { items: services.sms.recent().filter((m) => m.to === phone).map((m) => ({ ...m, to: maskPhone(m.to) })).reverse() };
    });
  };
}
