/**
 * `Idempotency-Key` support for routes that opt in with `config: { idempotent: true }` (creating a
 * registration, a claim, an approval or a payment). A repeat with the same key and the same request
 * gets the first answer; the same key with a different request is refused.
 */
import type { FastifyInstance, onSendAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import type { Services } from '../../modules/services.js';
import { requestFingerprint } from '../../modules/system/index.js';
import { fail } from '../problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

const KEY = /^[\w.:-]{8,128}$/;

/**
 * Adds the two hooks to the routes that opt in (registered before the routes): every other route
 * runs neither (decision 165). The hooks come before the route's own preHandler and onSend hooks.
 */
export function registerIdempotency(app: FastifyInstance, services: Services): void {
  app.decorateRequest('idempotencyKey', null);

  const claim: preHandlerAsyncHookHandler = async (request, reply) => {
    const header = request.headers['idempotency-key'];
    if (typeof header !== 'string') return;
    if (!KEY.test(header))
      fail('bad_request', {
        zh: 'Idempotency-Key 须为 8–128 位字母、数字或 ._:-',
        en: 'Idempotency-Key must be 8–128 letters, digits or ._:-',
      });
    const who = request.actor?.userId ?? 'anonymous';
    const key = `${who}:${request.method}:${request.routeOptions.url ?? request.url}:${header}`;
    const claimed = await services.idempotency.claim(key, requestFingerprint(request.method, request.url, request.body));
    if (claimed.kind === 'mismatch') fail('idempotency_conflict');
    if (claimed.kind === 'in_progress') fail('idempotency_in_progress');
    if (claimed.kind === 'replay') {
      return reply
        .status(claimed.statusCode)
        .header('idempotent-replayed', 'true')
        .type('application/json; charset=utf-8')
        .send(claimed.body);
    }
    request.idempotencyKey = key;
    return undefined;
  };

  const record: onSendAsyncHookHandler<unknown> = async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key) return payload;
    request.idempotencyKey = null;
    if (reply.statusCode >= 500 || typeof payload !== 'string') await services.idempotency.release(key);
    else await services.idempotency.complete(key, reply.statusCode, payload);
    return payload;
  };

  app.addHook('onRoute', (route) => {
    if (route.config?.idempotent !== true) return;
    route.preHandler = [claim, ...hookList(route.preHandler)];
    route.onSend = [record, ...hookList(route.onSend)];
  });
}

function hookList<T>(hooks: T | T[] | undefined): T[] {
  return hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
}
