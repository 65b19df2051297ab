/** Assistance cases (就业援助, O61-3.1): cases, plans and steps, referrals from matching, benefits, overdue items, reminders. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import { RecommendationSchema } from '../schemas/jobs.js';
import { EntitlementSchema } from '../schemas/policy.js';
import {
  CaseSchema,
  CaseSummarySchema,
  CategoriesBody,
  OverdueSchema,
  ReferBody,
  ReminderSchema,
  StepBody,
} from '../schemas/assistance.js';

const tags = ['assistance'];
const responses = { ...problemResponses, 422: Type.Ref('Problem') };
const Case = { 200: CaseSchema, ...responses };
const Mine = Type.Optional(Type.Boolean({ description: 'only the cases I am responsible for' }));

export function assistanceRoutes(services: Services): FastifyPluginAsyncTypebox {
  const cases = services.assistance.cases;
  return async (app) => {
    app.get(
      '/assistance/cases',
      {
        schema: {
          tags,
          summary: 'Assistance cases of my jurisdiction / 就业援助台账',
          querystring: Type.Object({ ...PageQuery.properties, mine: Mine, status: Type.Optional(Type.String({ maxLength: 20 })) }),
          response: { 200: Paged(CaseSummarySchema), ...responses },
        },
      },
      async (request) => {
        const { page, pageSize, status, mine } = request.query;
        const r = unwrap(await cases.list(requireActor(request), { page, pageSize, status, mine }));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/assistance/overdue',
      {
        schema: {
          tags,
          summary: 'Overdue plan items of my jurisdiction / 逾期未完成的帮扶事项',
          querystring: Type.Object({ mine: Mine }),
          response: { 200: Type.Object({ items: Type.Array(OverdueSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await cases.overdue(requireActor(request), { mine: request.query.mine, limit: 500 })) }),
    );

    app.get(
      '/assistance/reminders',
      {
        schema: {
          tags,
          summary: 'Reminders of overdue plan items / 帮扶逾期提醒',
          response: { 200: Type.Object({ items: Type.Array(ReminderSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await cases.reminders(requireActor(request), 200)) }),
    );

    app.get(
      '/assistance/cases/:id',
      { schema: { tags, summary: 'One case with its plan and steps / 援助台账详情', params: IdParams, response: Case } },
      async (request) => unwrap(await cases.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/assistance/cases/:id/steps',
      { schema: { tags, summary: 'Record a service step / 记录帮扶服务', params: IdParams, body: StepBody, response: Case } },
      async (request) => unwrap(await cases.recordStep(requireActor(request), request.params.id, request.body)),
    );

    app.put(
      '/assistance/cases/:id/categories',
      {
        schema: {
          tags,
          summary: 'Record difficulty categories / 认定就业困难类别',
          params: IdParams,
          body: CategoriesBody,
          response: Case,
        },
      },
      async (request) => unwrap(await cases.setCategories(requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/assistance/cases/:id/recommendations',
      {
        schema: {
          tags,
          summary: "Matching recommendations for the case's person / 人岗匹配推荐",
          params: IdParams,
          querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }) }),
          response: { 200: Type.Object({ items: Type.Array(RecommendationSchema) }), ...responses },
        },
      },
      async (request) => ({ items: unwrap(await cases.recommendations(requireActor(request), request.params.id, request.query.limit)) }),
    );

    app.post(
      '/assistance/cases/:id/referrals',
      { schema: { tags, summary: 'Refer the person to a posting / 推荐岗位', params: IdParams, body: ReferBody, response: Case } },
      async (request) => unwrap(await cases.refer(requireActor(request), request.params.id, request.body.postingId)),
    );

    app.get(
      '/assistance/cases/:id/benefits',
      {
        schema: {
          tags,
          summary: 'Benefits the policy engine finds for the person, with reasons / 可享受的政策',
          params: IdParams,
          response: { 200: Type.Object({ asOf: Type.String(), items: Type.Array(EntitlementSchema) }), ...responses },
        },
      },
      async (request) => unwrap(await cases.benefits(requireActor(request), request.params.id)),
    );
  };
}
