/**
 * The worker's "check before sending" (decision 193): one program decided on the registry record
 * and the answers typed so far — 可以享受 with the amount, 暂不符合 with the reasons, or the facts
 * still needed. Nothing is stored; the claim itself is lodged with POST /claims. The list with the
 * answers the phone kept (decision 230) is the same decision over every program; the registry wins
 * over an answer that contradicts it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { businessDate } from '../../core/clock.js';
import { requireWorkerPerson } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import { EntitlementSchema, FactsSchema } from '../schemas/policy.js';

export function workerEntitlementRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/me/entitlements',
      {
        schema: {
          tags: ['policy'],
          summary: 'What I am entitled to, on my record and the answers kept on my phone / 按我填写过的答案看能享受的政策',
          body: Type.Object({ facts: FactsSchema }),
          response: { 200: Type.Object({ asOf: Type.String(), items: Type.Array(EntitlementSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const personId = requireWorkerPerson(request);
        const asOf = businessDate(services.deps.clock.now());
        return { asOf, items: unwrap(await services.policy.entitlements(personId, asOf, request.body.facts)) };
      },
    );

    app.post(
      '/me/entitlements/check',
      {
        schema: {
          tags: ['policy'],
          summary: 'Check one program on my record and my answers, without claiming / 申请前先算一算',
          body: Type.Object({ programId: Type.String({ minLength: 1, maxLength: 64 }), facts: FactsSchema }),
          response: { 200: Type.Object({ asOf: Type.String(), entitlement: EntitlementSchema }), ...problemResponses },
        },
      },
      async (request) => {
        const personId = requireWorkerPerson(request);
        const asOf = businessDate(services.deps.clock.now());
        const items = unwrap(await services.policy.entitlements(personId, asOf, request.body.facts));
        const entitlement = items.find((e) => e.programId === request.body.programId);
        if (!entitlement) fail('policy_program_unknown');
        return { asOf, entitlement };
      },
    );
  };
}
