/** Claims: submit, change facts, evidence, the review queue, review, reconsideration, my claims. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import type { Claim } from '../../modules/benefits/index.js';
import { EVIDENCE_MAX_BYTES } from '../../modules/benefits/index.js';
import { requireActor, requirePermission } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, Version, problemResponses } from '../schemas/common.js';
import { ClaimSchema, ClaimStatusSchema, ReviewBody, ReviewLevelSchema, SubmitClaimBody } from '../schemas/benefits.js';
import { readUpload } from '../upload.js';

const tags = ['benefits'];
const One = { 200: ClaimSchema, ...problemResponses };

export function benefitsRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { claims, reviews, payments } = services.benefits;
  /** A claim as staff see it: with its payments and the display names of who submitted and reviewed it. */
  const withPayments = async (c: Claim) => ({
    ...c,
    facts: Object.fromEntries(Object.entries(c.facts)),
    payments: await payments.ofClaim(c.id),
    names: await services.users.displayNames([c.submittedBy, ...c.reviews.map((r) => r.reviewerId)]),
  });

  return async (app) => {
    app.post(
      '/claims',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Submit a claim (worker for self; officer for a worker or an employer) / 提交申请',
          body: SubmitClaimBody,
          response: { 201: ClaimSchema, ...problemResponses, 422: Type.Ref('Problem') },
        },
      },
      async (request, reply) => {
        const claim = unwrap(await claims.submit(requirePermission(request, 'claims.submit'), request.body));
        return reply.status(201).send(await withPayments(claim));
      },
    );

    app.put(
      '/claims/:id/facts',
      {
        schema: {
          tags,
          summary: 'Change the claim facts (the decision is re-run) / 修改申请信息',
          params: IdParams,
          body: Type.Object({ facts: Type.Record(Type.String(), Type.Unknown()), version: Version() }),
          response: One,
        },
      },
      async (request) => withPayments(unwrap(await claims.updateFacts(requireActor(request), request.params.id, request.body))),
    );

    app.post(
      '/claims/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Attach evidence (PDF, JPEG or PNG, up to 10 MB; multipart "file") / 上传证明材料',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { ...One, 413: Type.Ref('Problem'), 415: Type.Ref('Problem') },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { name, data } = await readUpload(request, {
          maxBytes: EVIDENCE_MAX_BYTES,
          tooLarge: { zh: '证明材料不能超过10MB', en: 'Evidence files are limited to 10 MB' },
        });
        return withPayments(unwrap(await claims.addEvidence(actor, request.params.id, { name, data })));
      },
    );

    app.get(
      '/claims',
      {
        schema: {
          tags,
          summary: 'Claims in my jurisdiction, by review level or status / 申请队列',
          querystring: Type.Object({
            ...PageQuery.properties,
            status: Type.Optional(ClaimStatusSchema),
            level: Type.Optional(ReviewLevelSchema),
            program: Type.Optional(Type.String({ maxLength: 64 })),
            personId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: { 200: Paged(ClaimSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, status, level, program, personId } = request.query;
        const r = unwrap(await claims.list(requireActor(request), { page, pageSize, status, level, programId: program, personId }));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/claims/:id/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Download one evidence file (audited) / 查看证明材料',
          params: Type.Object({
            id: Type.String({ minLength: 1, maxLength: 64 }),
            evidenceId: Type.String({ minLength: 1, maxLength: 64 }),
          }),
          response: { 404: Type.Ref('Problem') },
        },
      },
      async (request, reply) => {
        const file = unwrap(
          await services.benefits.claims.evidenceFile(requireActor(request), request.params.id, request.params.evidenceId),
        );
        void reply
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('content-length', file.size);
        return reply.type(file.contentType).send(file.stream);
      },
    );
    app.get(
      '/claims/:id',
      {
        schema: {
          tags,
          summary: 'One claim with its full explanation, reviews, evidence and payments / 申请详情',
          params: IdParams,
          response: One,
        },
      },
      async (request) => withPayments(unwrap(await claims.get(requireActor(request), request.params.id))),
    );

    app.post(
      '/claims/:id/review',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Approve or refuse at the pending level / 审核',
          params: IdParams,
          body: ReviewBody,
          response: { ...One, 422: Type.Ref('Problem') },
        },
      },
      async (request) =>
        withPayments(unwrap(await reviews.review(requirePermission(request, 'claims.review'), request.params.id, request.body))),
    );

    app.post(
      '/claims/:id/reconsideration',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Ask for reconsideration of a refusal / 申请复议',
          params: IdParams,
          body: Type.Object({ reason: Type.String({ maxLength: 1000, default: '' }) }),
          response: One,
        },
      },
      async (request) => withPayments(unwrap(await reviews.requestReconsideration(requireActor(request), request.params.id, request.body))),
    );

    app.get(
      '/me/claims',
      {
        schema: {
          tags,
          summary: 'My claims (worker) / 我的申请',
          querystring: PageQuery,
          response: { 200: Paged(ClaimSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize } = request.query;
        const r = unwrap(await claims.mine(requireActor(request), page, pageSize));
        return { ...r, page, pageSize };
      },
    );
  };
}
