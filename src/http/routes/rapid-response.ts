/** Rapid response (快速响应, O61-3.1): events, their tasks, affected workers and offers; the employer's lay-off report. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import {
  AddOutcomeSchema,
  AddWorkersBody,
  CreateEventBody,
  EventSchema,
  EventSummarySchema,
  OfferSchema,
  OfferStepBody,
  ReportLayoffBody,
  TaskDepartmentSchema,
  TaskSchema,
  TaskStepBody,
} from '../schemas/rapid-response.js';
import { readUpload } from '../upload.js';

const tags = ['rapid-response'];
const responses = { ...problemResponses, 422: Type.Ref('Problem') };
const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export function rapidResponseRoutes(services: Services): FastifyPluginAsyncTypebox {
  const rr = services.rapidResponse;
  return async (app) => {
    app.post(
      '/rapid-response/events',
      {
        schema: {
          tags,
          summary: 'Record a lay-off, closure, epidemic or disaster of my area / 登记快速响应事件',
          body: CreateEventBody,
          response: { 201: EventSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await rr.create(requireActor(request), request.body))),
    );

    app.get(
      '/rapid-response/events',
      {
        schema: {
          tags,
          summary: 'Events of my area, or listing its workers, or holding its tasks (employer: its own) / 快速响应事件列表',
          querystring: PageQuery,
          response: { 200: Paged(EventSummarySchema), ...responses },
        },
      },
      async (request) => {
        const { page, pageSize } = request.query;
        return { ...unwrap(await rr.list(requireActor(request), { page, pageSize })), page, pageSize };
      },
    );

    app.get(
      '/rapid-response/events/:id',
      {
        schema: {
          tags,
          summary: 'One event: tasks by department with overdue, workers with offers (what I may see) / 事件详情',
          params: IdParams,
          response: { 200: EventSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/rapid-response/events/:id/workers',
      {
        schema: {
          tags,
          summary: 'List affected workers picked from the registry (my jurisdiction) / 添加受影响人员',
          params: IdParams,
          body: AddWorkersBody,
          response: { 200: AddOutcomeSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.addWorkers(requireActor(request), request.params.id, request.body.personIds)),
    );

    app.post(
      '/rapid-response/events/:id/workers/import',
      {
        schema: {
          tags,
          summary: 'List affected workers from an .xlsx (columns 身份证号码, 姓名; multipart "file") / 导入受影响人员名单',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 200: AddOutcomeSchema, ...responses, 413: Type.Ref('Problem'), 415: Type.Ref('Problem') },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { name, data } = await readUpload(request, {
          maxBytes: IMPORT_MAX_BYTES,
          expects: { zh: ' .xlsx 文件', en: 'an .xlsx file' },
        });
        return unwrap(await rr.importWorkers(actor, request.params.id, { name, data }));
      },
    );

    app.get(
      '/rapid-response/tasks',
      {
        schema: {
          tags,
          summary: "My task list: a department's tasks, an employer's, an officer's area / 部门任务清单",
          querystring: Type.Object({
            ...PageQuery.properties,
            department: Type.Optional(TaskDepartmentSchema),
            status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done')])),
          }),
          response: { 200: Paged(TaskSchema), ...responses },
        },
      },
      async (request) => {
        const { page, pageSize, department, status } = request.query;
        return { ...unwrap(await rr.tasks.list(requireActor(request), { page, pageSize, department, status })), page, pageSize };
      },
    );

    app.post(
      '/rapid-response/tasks/:id/start',
      {
        schema: {
          tags,
          summary: 'Take a task on / 开始办理任务',
          params: IdParams,
          body: TaskStepBody,
          response: { 200: TaskSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.tasks.start(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/rapid-response/tasks/:id/complete',
      {
        schema: {
          tags,
          summary: 'Mark a task done / 任务办结',
          params: IdParams,
          body: TaskStepBody,
          response: { 200: TaskSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.tasks.complete(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/rapid-response/offers/:id/take-up',
      {
        schema: {
          tags,
          summary: 'Record an offer taken up / 记录已接受服务',
          params: IdParams,
          body: OfferStepBody,
          response: { 200: OfferSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.offers.takeUp(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/rapid-response/offers/:id/decline',
      {
        schema: {
          tags,
          summary: 'Record an offer declined / 记录未接受服务',
          params: IdParams,
          body: OfferStepBody,
          response: { 200: OfferSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.offers.decline(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/rapid-response/offers/:id/register',
      {
        schema: {
          tags,
          summary: 'Take up the registration offer: register the worker as unemployed at a place my office accepts / 办理失业登记',
          params: IdParams,
          body: OfferStepBody,
          response: { 200: OfferSchema, ...responses },
        },
      },
      async (request) => unwrap(await rr.offers.register(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/employer/layoffs',
      {
        schema: {
          tags: ['employer', ...tags],
          summary: 'Report a mass lay-off of my enterprise (employer account) / 报告规模裁员',
          body: ReportLayoffBody,
          response: { 201: EventSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await rr.report(requireActor(request), request.body))),
    );
  };
}
