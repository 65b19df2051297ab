/**
 * The worker's "check before sending" (decision 193): one program decided on the registry record
 * and the answers typed so far — 可以享受 with the amount, 暂不符合 with the reasons, or the facts
 * still needed. Nothing is stored; the claim itself is lodged with POST /claims.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { businessDate } from '../../core/clock.js';
import { requireActor } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import { EntitlementSchema, FactsSchema } from '../schemas/policy.js';

export function workerEntitlementRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
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
        const actor = requireActor(request);
        if (actor.role !== 'worker' || actor.personId === null)
          fail('forbidden', { zh: '仅限已绑定登记信息的务工人员', en: 'Only for workers linked to a registry record' });
        const asOf = businessDate(services.deps.clock.now());
        const items = unwrap(await services.policy.entitlements(actor.personId, asOf, request.body.facts));
        const entitlement = items.find((e) => e.programId === request.body.programId);
        if (!entitlement) fail('policy_program_unknown');
        return { asOf, entitlement };
      },
    );
  };
}
