/** Gig work (issue 9.5, O61-1.3): tasks, sign-ups and completion, ratings, abuse reports, a worker's portable history. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { Result } from '../../core/result.js';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, problemResponses } from '../schemas/common.js';
import {
  ActBody,
  DisputeBody,
  MarketSchema,
  MySignupSchema,
  RatingBody,
  RecordBody,
  ReportBody,
  ReportSchema,
  ReportStatusSchema,
  SignupSchema,
  TaskBody,
  TaskQuery,
  TaskSchema,
  VersionBody,
} from '../schemas/gigs.js';
import { FileResponse, XLSX_TYPE, attachment } from './imports.js';

const tags = ['gigs'];
const problems = { ...problemResponses, 422: Type.Ref('Problem') };

function sendSheet(reply: FastifyReply, r: Result<Readable>) {
  const stream = unwrap(r);
  return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('零工记录.xlsx')).send(stream);
}

export function gigsRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { tasks, signups, feedback } = services.gigs;
  return async (app) => {
    app.post(
      '/gigs/tasks',
      {
        schema: {
          tags,
          summary: 'Post a gig task (day rate against 8 × the local hourly minimum) / 发布零工任务',
          body: TaskBody,
          response: { 201: TaskSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(unwrap(await tasks.create(requireActor(request), request.body))),
    );

    app.get(
      '/gigs/tasks',
      {
        schema: {
          tags,
          summary: 'Gig tasks: staff by place, an employer its own, a worker the open ones / 零工任务列表',
          querystring: TaskQuery,
          response: { 200: Type.Object({ items: Type.Array(TaskSchema), total: Type.Integer() }), ...problems },
        },
      },
      async (request) => unwrap(await tasks.list(requireActor(request), request.query)),
    );

    app.get(
      '/gigs/tasks/:id',
      { schema: { tags, summary: 'One gig task / 零工任务详情', params: IdParams, response: { 200: TaskSchema, ...problems } } },
      async (request) => unwrap(await tasks.get(requireActor(request), request.params.id)),
    );

    for (const [event, summary] of [
      ['close', 'Stop sign-ups / 停止报名'],
      ['cancel', 'Cancel the task (its workers are told) / 取消任务'],
    ] as const) {
      app.post(
        `/gigs/tasks/:id/${event}`,
        { schema: { tags, summary, params: IdParams, body: VersionBody, response: { 200: TaskSchema, ...problems } } },
        async (request) => unwrap(await tasks[event](requireActor(request), request.params.id, request.body.version)),
      );
    }

    app.get(
      '/gigs/tasks/:id/signups',
      {
        schema: {
          tags,
          summary: "A task's sign-ups, first come first / 报名名单",
          params: IdParams,
          response: { 200: Type.Array(SignupSchema), ...problems },
        },
      },
      async (request) => unwrap(await tasks.signups(requireActor(request), request.params.id)),
    );

    app.post(
      '/gigs/tasks/:id/signups',
      {
        schema: { tags, summary: 'Sign up for a gig (workers) / 报名', params: IdParams, response: { 201: SignupSchema, ...problems } },
      },
      async (request, reply) => reply.code(201).send(unwrap(await signups.signUp(requireActor(request), request.params.id))),
    );

    app.post(
      '/gigs/tasks/:id/confirm-in-order',
      {
        schema: {
          tags,
          summary: 'Confirm waiting sign-ups first come first, up to the headcount / 按报名先后确认',
          params: IdParams,
          response: { 200: Type.Array(SignupSchema), ...problems },
        },
      },
      async (request) => unwrap(await signups.confirmInOrder(requireActor(request), request.params.id)),
    );

    app.get(
      '/gigs/my-signups',
      { schema: { tags, summary: 'My gig sign-ups (workers) / 我的零工', response: { 200: Type.Array(MySignupSchema), ...problems } } },
      async (request) => unwrap(await signups.mine(requireActor(request))),
    );

    for (const [event, summary] of [
      ['withdraw', 'Withdraw a sign-up (the worker) / 取消报名'],
      ['confirm', 'Confirm a sign-up, within the headcount (the employer) / 确认报名'],
      ['decline', 'Decline a sign-up (the employer) / 婉拒报名'],
      ['accept', 'Confirm the completion record (the worker) / 确认完成'],
    ] as const) {
      app.post(
        `/gigs/signups/:id/${event}`,
        { schema: { tags, summary, params: IdParams, body: VersionBody, response: { 200: SignupSchema, ...problems } } },
        async (request) => unwrap(await signups[event](requireActor(request), request.params.id, request.body.version)),
      );
    }

    app.post(
      '/gigs/signups/:id/record',
      {
        schema: {
          tags,
          summary: 'Record days worked and the amount paid (a record, not a transfer) / 登记完成情况',
          params: IdParams,
          body: RecordBody,
          response: { 200: SignupSchema, ...problems },
        },
      },
      async (request) => unwrap(await signups.record(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/gigs/signups/:id/dispute',
      {
        schema: {
          tags,
          summary: 'Dispute the completion record (the worker) / 对完成记录提出异议',
          params: IdParams,
          body: DisputeBody,
          response: { 200: SignupSchema, ...problems },
        },
      },
      async (request) => unwrap(await signups.dispute(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/gigs/signups/:id/rating',
      {
        schema: {
          tags,
          summary: 'Rate the other side after completion (1–5, once) / 评价',
          params: IdParams,
          body: RatingBody,
          response: { 200: SignupSchema, ...problems },
        },
      },
      async (request) => unwrap(await feedback.rate(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/gigs/signups/:id/report',
      {
        schema: {
          tags,
          summary: 'Report the other side for abuse / 举报',
          params: IdParams,
          body: ReportBody,
          response: { 201: Type.Object({ id: Type.String() }), ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(unwrap(await feedback.report(requireActor(request), request.params.id, request.body))),
    );

    app.get(
      '/gigs/reports',
      {
        schema: {
          tags,
          summary: "Abuse reports of the area's gigs / 零工举报",
          querystring: Type.Object({ status: Type.Optional(ReportStatusSchema) }),
          response: { 200: Type.Array(ReportSchema), ...problems },
        },
      },
      async (request) => unwrap(await feedback.reports(requireActor(request), request.query.status)),
    );

    app.post(
      '/gigs/reports/:id/act',
      {
        schema: {
          tags,
          summary: "Act on a report: note, warn, or suspend the employer's gig posting / 处理举报",
          params: IdParams,
          body: ActBody,
          response: { 200: Type.Object({ id: Type.String(), status: ReportStatusSchema }), ...problems },
        },
      },
      async (request) => unwrap(await feedback.act(requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/gigs/market',
      { schema: { tags, summary: "The area's gig market by state / 零工市场概况", response: { 200: MarketSchema, ...problems } } },
      async (request) => unwrap(await feedback.market(requireActor(request))),
    );

    app.get(
      '/gigs/my-history',
      {
        schema: { tags, summary: 'My completed gigs (workers) / 我的零工记录', response: { 200: Type.Array(MySignupSchema), ...problems } },
      },
      async (request) => {
        const actor = requireActor(request);
        return unwrap(await feedback.history(actor, actor.personId ?? ''));
      },
    );

    app.get(
      '/gigs/my-history/export',
      { schema: { tags, summary: 'Download my completed gigs (.xlsx) / 下载我的零工记录', response: { 200: FileResponse, ...problems } } },
      async (request, reply) => {
        const actor = requireActor(request);
        return sendSheet(reply, await feedback.historySheet(actor, actor.personId ?? ''));
      },
    );

    app.get(
      '/gigs/people/:id/history',
      {
        schema: {
          tags,
          summary: "A person's completed gigs (officers of their area) / 人员零工记录",
          params: IdParams,
          response: { 200: Type.Array(MySignupSchema), ...problems },
        },
      },
      async (request) => unwrap(await feedback.history(requireActor(request), request.params.id)),
    );

    app.get(
      '/gigs/people/:id/history/export',
      {
        schema: {
          tags,
          summary: "Export a person's completed gigs (.xlsx) / 导出人员零工记录",
          params: IdParams,
          response: { 200: FileResponse, ...problems },
        },
      },
      async (request, reply) => sendSheet(reply, await feedback.historySheet(requireActor(request), request.params.id)),
    );
  };
}
