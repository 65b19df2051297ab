/** Jobs (issue 9), the worker's side and the match: recommendations, candidates, applications and referrals, messages. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, problemResponses } from '../schemas/common.js';
import { ApplicationSchema, CandidateSchema, MessageSchema, RecommendationSchema, StepBody } from '../schemas/jobs.js';

const tags = ['jobs'];
const problems = { ...problemResponses, 422: Type.Ref('Problem') };
const Limit = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });

export function jobMatchingRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { applications, matching, notices } = services.jobs;
  return async (app) => {
    app.get(
      '/jobs/recommendations',
      {
        schema: {
          tags,
          summary: "The signed-in worker's recommended jobs with reasons / 为我推荐",
          querystring: Limit,
          response: { 200: Type.Object({ items: Type.Array(RecommendationSchema) }), ...problems },
        },
      },
      async (request) => ({ items: unwrap(await matching.mine(requireActor(request), request.query.limit)) }),
    );

    app.get(
      '/jobs/people/:id/recommendations',
      {
        schema: {
          tags,
          summary: "A person's recommended jobs (officers) / 人员岗位推荐",
          params: IdParams,
          querystring: Limit,
          response: { 200: Type.Object({ items: Type.Array(RecommendationSchema) }), ...problems },
        },
      },
      async (request) => ({ items: unwrap(await matching.forPerson(requireActor(request), request.params.id, request.query.limit)) }),
    );

    app.get(
      '/jobs/postings/:id/candidates',
      {
        schema: {
          tags,
          summary: 'Ranked candidates of the area for a posting, poor labourers first / 岗位人选推荐',
          params: IdParams,
          querystring: Limit,
          response: { 200: Type.Object({ items: Type.Array(CandidateSchema) }), ...problems },
        },
      },
      async (request) => ({ items: unwrap(await matching.candidates(requireActor(request), request.params.id, request.query.limit)) }),
    );

    app.post(
      '/jobs/postings/:id/apply',
      {
        schema: {
          tags,
          summary: 'Apply for a posting (workers) / 申请岗位',
          params: IdParams,
          response: { 201: ApplicationSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(unwrap(await applications.apply(requireActor(request), request.params.id))),
    );

    app.post(
      '/jobs/postings/:id/referrals',
      {
        schema: {
          tags,
          summary: 'Refer a person to a posting (officers) / 推荐就业',
          params: IdParams,
          body: Type.Object({ personId: Type.String({ minLength: 1, maxLength: 64 }) }),
          response: { 201: ApplicationSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(unwrap(await applications.refer(requireActor(request), request.params.id, request.body.personId))),
    );

    app.get(
      '/jobs/postings/:id/applications',
      {
        schema: {
          tags,
          summary: "A posting's applicants / 岗位申请人",
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(ApplicationSchema) }), ...problems },
        },
      },
      async (request) => ({ items: unwrap(await applications.ofPosting(requireActor(request), request.params.id)) }),
    );

    app.get(
      '/jobs/applications',
      {
        schema: {
          tags,
          summary: "Applications: a worker's own, or referrals and applications of the officer's area / 申请与推荐",
          querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })) }),
          response: { 200: Type.Object({ items: Type.Array(ApplicationSchema) }), ...problems },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return {
          items: unwrap(actor.role === 'worker' ? await applications.mine(actor) : await applications.inScope(actor, request.query.status)),
        };
      },
    );

    app.get(
      '/jobs/applications/:id',
      { schema: { tags, summary: 'One application / 申请详情', params: IdParams, response: { 200: ApplicationSchema, ...problems } } },
      async (request) => unwrap(await applications.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/jobs/applications/:id/steps',
      {
        schema: {
          tags,
          summary: 'A step on an application: view, invite, offer, hire, reject (employer) or withdraw (worker) / 处理申请',
          params: IdParams,
          body: StepBody,
          response: { 200: ApplicationSchema, ...problems },
        },
      },
      async (request) =>
        unwrap(
          await applications.step(requireActor(request), request.params.id, request.body.event, request.body.version, request.body.reason),
        ),
    );

    app.get(
      '/jobs/messages',
      {
        schema: {
          tags,
          summary: 'My job messages (workers and employers) / 我的消息',
          response: { 200: Type.Object({ items: Type.Array(MessageSchema) }), ...problems },
        },
      },
      async (request) => ({ items: unwrap(await notices.messages(requireActor(request))) }),
    );
  };
}
