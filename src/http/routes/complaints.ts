/** Wage-arrears complaints (欠薪投诉, O61-3.5): staff routes, the worker's own, evidence and legal aid. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { EVIDENCE_MAX_BYTES } from '../../modules/benefits/index.js';
import { requireActor, requirePermission } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import {
  ComplaintSchema,
  ComplaintStatusSchema,
  DeadlinesSchema,
  FileComplaintBody,
  FlagBody,
  PrefillSchema,
  ReferBody,
  ReferralSchema,
  RejectBody,
  ResolveBody,
  SelfComplaintBody,
  StepBody,
} from '../schemas/complaints.js';
import { legalAidRoutes } from './legal-aid.js';
import { readUpload } from '../upload.js';

const tags = ['complaints'];
const responses = { ...problemResponses, 422: Type.Ref('Problem') };
const One = { 200: ComplaintSchema, ...responses };

export function complaintsRoutes(services: Services): FastifyPluginAsyncTypebox {
  const complaints = services.complaints;
  return async (app) => {
    app.post(
      '/complaints',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'File a wage-arrears complaint for one or several workers / 登记欠薪投诉',
          body: FileComplaintBody,
          response: { 201: ComplaintSchema, ...responses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(unwrap(await complaints.file(requirePermission(request, 'complaints.handle'), request.body))),
    );

    app.get(
      '/complaints',
      {
        schema: {
          tags,
          summary: 'Complaints of my jurisdiction, by status, employer or overdue / 欠薪投诉列表',
          querystring: Type.Object({
            ...PageQuery.properties,
            status: Type.Optional(ComplaintStatusSchema),
            overdue: Type.Optional(Type.Boolean()),
            employerId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: { 200: Paged(ComplaintSchema), ...responses },
        },
      },
      async (request) => {
        const { page, pageSize, status, overdue, employerId } = request.query;
        const r = unwrap(await complaints.list(requireActor(request), { page, pageSize, status, overdue, employerId }));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/complaints/settings',
      { schema: { tags, summary: 'The deadlines in working days / 投诉处理时限', response: { 200: DeadlinesSchema, ...responses } } },
      async (request) => unwrap(await complaints.deadlines.settings(requireActor(request))),
    );

    app.put(
      '/complaints/settings',
      {
        schema: {
          tags,
          summary: 'Change the deadlines (nationwide administrators) / 修改投诉处理时限',
          body: DeadlinesSchema,
          response: { 200: DeadlinesSchema, ...responses },
        },
      },
      async (request) => unwrap(await complaints.deadlines.updateSettings(requireActor(request), request.body)),
    );

    app.get(
      '/complaints/:id',
      { schema: { tags, summary: 'One complaint with its history, evidence and referrals / 投诉详情', params: IdParams, response: One } },
      async (request) => unwrap(await complaints.get(requireActor(request), request.params.id)),
    );

    app.post(
      '/complaints/:id/accept',
      { schema: { tags, summary: 'Accept / 受理', params: IdParams, body: StepBody, response: One } },
      async (request) => unwrap(await complaints.steps.accept(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/complaints/:id/reject',
      { schema: { tags, summary: 'Do not accept, with a reason / 不予受理', params: IdParams, body: RejectBody, response: One } },
      async (request) => unwrap(await complaints.steps.reject(requireActor(request), request.params.id, request.body)),
    );

    for (const [event, summary] of [
      ['investigate', 'Start the investigation / 开始调查'],
      ['mediate', 'Record the mediation / 调解'],
      ['transfer', 'Transfer to labour inspection, with a note / 移送劳动保障监察'],
      ['close', 'Close / 结案'],
    ] as const) {
      app.post(
        `/complaints/:id/${event}`,
        { schema: { tags, summary, params: IdParams, body: StepBody, response: One } },
        async (request) => unwrap(await complaints.steps.simple(requireActor(request), request.params.id, event, request.body)),
      );
    }

    app.post(
      '/complaints/:id/resolve',
      {
        schema: {
          tags,
          summary: 'Resolve with the amount recovered for each worker / 办结并登记追回金额',
          params: IdParams,
          body: ResolveBody,
          response: One,
        },
      },
      async (request) => unwrap(await complaints.steps.resolve(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/complaints/:id/flag-employer',
      {
        schema: {
          tags,
          summary: 'Put the employer on the malicious-arrears list / 标记用人单位恶意欠薪',
          params: IdParams,
          body: FlagBody,
          response: One,
        },
      },
      async (request) => unwrap(await complaints.steps.flagEmployer(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/complaints/:id/legal-aid',
      {
        schema: {
          tags,
          summary: "Refer the complaint's workers to legal aid / 转介法律援助",
          params: IdParams,
          body: ReferBody,
          response: { 201: ReferralSchema, ...responses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(unwrap(await complaints.legalAid.refer(requireActor(request), request.params.id, request.body))),
    );

    app.post(
      '/complaints/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Attach evidence (PDF, JPEG or PNG, up to 10 MB; multipart "file") / 上传证据材料',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { ...One, 413: Type.Ref('Problem'), 415: Type.Ref('Problem') },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { name, data } = await readUpload(request, {
          maxBytes: EVIDENCE_MAX_BYTES,
          tooLarge: { zh: '证据材料不能超过10MB', en: 'Evidence files are limited to 10 MB' },
        });
        return unwrap(await complaints.evidence.add(actor, request.params.id, { name, data }));
      },
    );

    app.get(
      '/complaints/:id/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Download one evidence file (audited) / 查看证据材料',
          params: Type.Object({
            id: Type.String({ minLength: 1, maxLength: 64 }),
            evidenceId: Type.String({ minLength: 1, maxLength: 64 }),
          }),
          response: { 404: Type.Ref('Problem') },
        },
      },
      async (request, reply) => {
        const file = unwrap(await complaints.evidence.file(requireActor(request), request.params.id, request.params.evidenceId));
        void reply
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('content-length', file.size);
        return reply.type(file.contentType).send(file.stream);
      },
    );

    app.get(
      '/me/complaints',
      {
        schema: {
          tags,
          summary: "The signed-in worker's complaints / 我的欠薪投诉",
          response: { 200: Type.Object({ items: Type.Array(ComplaintSchema), total: Type.Integer() }), ...responses },
        },
      },
      async (request) => unwrap(await complaints.mine(requireActor(request))),
    );

    app.get(
      '/me/complaints/prefill',
      {
        schema: {
          tags,
          summary: 'What my complaint form starts from: my employer and the offices I may choose / 投诉预填信息',
          response: { 200: PrefillSchema, ...responses },
        },
      },
      async (request) => unwrap(await complaints.prefill(requireActor(request))),
    );

    app.post(
      '/me/complaints',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'File a wage-arrears complaint from the phone / 本人投诉欠薪',
          body: SelfComplaintBody,
          response: { 201: ComplaintSchema, ...responses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await complaints.file(requireActor(request), request.body))),
    );

    await app.register(legalAidRoutes(services));
  };
}
