/** Jobs (issue 9): postings and screening, the job reserve, its dictionary and settings (matching and applications: job-matching.ts). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, Ok, problemResponses } from '../schemas/common.js';
import {
  MinimumWageSchema,
  PostingBody,
  PostingQuery,
  PostingSchema,
  RejectPostingBody,
  ReserveGroupSchema,
  ReservePointSchema,
  ScreenBody,
  SettingsSchema,
  TermCategorySchema,
  TermSchema,
  VersionBody,
} from '../schemas/jobs.js';

const tags = ['jobs'];
const problems = { ...problemResponses, 422: Type.Ref('Problem') };

export function jobsRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { postings, reserve } = services.jobs;
  return async (app) => {
    app.post(
      '/jobs/postings',
      {
        schema: {
          tags,
          summary: 'Post a job (screened: pay against the local minimum wage, terms, arrears) / 发布岗位',
          body: PostingBody,
          response: { 201: PostingSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(unwrap(await postings.create(requireActor(request), request.body))),
    );

    app.get(
      '/jobs/postings',
      {
        schema: {
          tags,
          summary: 'Postings: staff in their area, an employer its own, a worker the open ones / 岗位列表',
          querystring: PostingQuery,
          response: { 200: Type.Object({ items: Type.Array(PostingSchema), total: Type.Integer() }), ...problems },
        },
      },
      async (request) => {
        const q = request.query;
        return unwrap(
          await postings.list(requireActor(request), {
            status: q.status ? [q.status] : undefined,
            occupationPrefix: q.occupation,
            workPrefix: q.place,
            text: q.q,
            limit: q.pageSize,
            offset: (q.page - 1) * q.pageSize,
          }),
        );
      },
    );

    app.get(
      '/jobs/postings/:id',
      { schema: { tags, summary: 'One posting / 岗位详情', params: IdParams, response: { 200: PostingSchema, ...problems } } },
      async (request) => unwrap(await postings.get(requireActor(request), request.params.id)),
    );

    for (const [event, summary] of [
      ['refresh', 'Refresh an open posting (new expiry) / 刷新岗位'],
      ['close', 'Close a posting / 关闭岗位'],
    ] as const) {
      app.post(
        `/jobs/postings/:id/${event}`,
        { schema: { tags, summary, params: IdParams, body: VersionBody, response: { 200: PostingSchema, ...problems } } },
        async (request) => unwrap(await postings[event](requireActor(request), request.params.id, request.body.version)),
      );
    }

    app.get(
      '/jobs/screening',
      {
        schema: {
          tags,
          summary: 'The screening queue: flagged and held postings of the area / 岗位审核队列',
          response: { 200: Type.Object({ items: Type.Array(PostingSchema), total: Type.Integer() }), ...problems },
        },
      },
      async (request) => unwrap(await postings.queue(requireActor(request))),
    );

    app.post(
      '/jobs/postings/:id/release',
      {
        schema: {
          tags,
          summary: 'Release a screened posting / 审核通过',
          params: IdParams,
          body: ScreenBody,
          response: { 200: PostingSchema, ...problems },
        },
      },
      async (request) =>
        unwrap(await postings.release(requireActor(request), request.params.id, request.body.version, request.body.note ?? null)),
    );

    app.post(
      '/jobs/postings/:id/reject',
      {
        schema: {
          tags,
          summary: 'Reject a screened posting / 审核不通过',
          params: IdParams,
          body: RejectPostingBody,
          response: { 200: PostingSchema, ...problems },
        },
      },
      async (request) => unwrap(await postings.reject(requireActor(request), request.params.id, request.body.version, request.body.note)),
    );

    app.get(
      '/jobs/minimum-wage',
      {
        schema: {
          tags,
          summary: 'The minimum wage at a place on a date, with its source / 当地最低工资标准',
          querystring: Type.Object({
            code: Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' }),
            date: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
          }),
          response: { 200: MinimumWageSchema, ...problems },
        },
      },
      async (request) => unwrap(await postings.minimumWage(requireActor(request), request.query.code, request.query.date)),
    );

    app.get(
      '/jobs/reserve',
      {
        schema: {
          tags,
          summary: 'The job reserve by region, occupation or priority sector / 岗位储备',
          querystring: Type.Object({
            by: Type.Union([Type.Literal('region'), Type.Literal('occupation'), Type.Literal('sector')], { default: 'region' }),
          }),
          response: { 200: Type.Object({ groups: Type.Array(ReserveGroupSchema) }), ...problems },
        },
      },
      async (request) => unwrap(await reserve.reserve(requireActor(request), request.query.by)),
    );

    app.get(
      '/jobs/reserve/over-time',
      {
        schema: {
          tags,
          summary: 'Open postings and places at each month end / 岗位储备变化',
          querystring: Type.Object({ months: Type.Integer({ minimum: 1, maximum: 36, default: 12 }) }),
          response: { 200: Type.Object({ points: Type.Array(ReservePointSchema) }), ...problems },
        },
      },
      async (request) => unwrap(await reserve.overTime(requireActor(request), request.query.months)),
    );

    app.get(
      '/jobs/terms',
      {
        schema: {
          tags,
          summary: 'The discriminatory-term dictionary / 歧视性用语词库',
          response: { 200: Type.Object({ items: Type.Array(TermSchema) }), ...problems },
        },
      },
      async (request) => ({ items: unwrap(await reserve.terms(requireActor(request))) }),
    );

    app.post(
      '/jobs/terms',
      {
        schema: {
          tags,
          summary: 'Add a term (administrators) / 新增词条',
          body: Type.Object({ term: Type.String({ minLength: 1, maxLength: 40 }), category: TermCategorySchema }),
          response: { 201: TermSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(unwrap(await reserve.addTerm(requireActor(request), request.body.term, request.body.category))),
    );

    app.delete(
      '/jobs/terms/:id',
      { schema: { tags, summary: 'Remove a term (administrators) / 删除词条', params: IdParams, response: { 200: Ok, ...problems } } },
      async (request) => unwrap(await reserve.removeTerm(requireActor(request), request.params.id)),
    );

    app.get(
      '/jobs/settings',
      { schema: { tags, summary: 'Reserve settings / 岗位储备设置', response: { 200: SettingsSchema, ...problems } } },
      async (request) => unwrap(await reserve.settings(requireActor(request))),
    );

    app.put(
      '/jobs/settings',
      {
        schema: {
          tags,
          summary: 'Change reserve settings (administrators) / 修改设置',
          body: Type.Partial(SettingsSchema),
          response: { 200: SettingsSchema, ...problems },
        },
      },
      async (request) => unwrap(await reserve.updateSettings(requireActor(request), request.body)),
    );
  };
}
