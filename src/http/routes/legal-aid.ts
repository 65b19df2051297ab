/** Legal-aid referrals (法律援助转介, O61-3.5): the justice department's list and its steps. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import { ReferralSchema, ReferralStatusSchema, StepBody } from '../schemas/complaints.js';

const tags = ['complaints'];
const responses = { ...problemResponses, 422: Type.Ref('Problem') };

export function legalAidRoutes(services: Services): FastifyPluginAsyncTypebox {
  const legalAid = services.complaints.legalAid;
  return async (app) => {
    app.get(
      '/legal-aid/referrals',
      {
        schema: {
          tags,
          summary: 'Legal-aid referrals of my jurisdiction / 法律援助转介列表',
          querystring: Type.Object({ ...PageQuery.properties, status: Type.Optional(ReferralStatusSchema) }),
          response: { 200: Paged(ReferralSchema), ...responses },
        },
      },
      async (request) => {
        const { page, pageSize, status } = request.query;
        const r = unwrap(await legalAid.list(requireActor(request), { page, pageSize, status }));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/legal-aid/referrals/:id',
      {
        schema: {
          tags,
          summary: 'One legal-aid referral / 法律援助转介详情',
          params: IdParams,
          response: { 200: ReferralSchema, ...responses },
        },
      },
      async (request) => unwrap(await legalAid.get(requireActor(request), request.params.id)),
    );

    for (const [event, summary] of [
      ['accept', 'Accept the referral (justice department) / 受理法律援助'],
      ['decline', 'Decline, with a reason (justice department) / 不予法律援助'],
      ['conclude', 'Conclude, with the outcome (justice department) / 法律援助办结'],
    ] as const) {
      app.post(
        `/legal-aid/referrals/:id/${event}`,
        { schema: { tags, summary, params: IdParams, body: StepBody, response: { 200: ReferralSchema, ...responses } } },
        async (request) => unwrap(await legalAid.act(requireActor(request), request.params.id, event, request.body)),
      );
    }
  };
}
