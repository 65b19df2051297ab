/** Payments: the ledger, bank batches (create, export, reconciliation upload), reversal and re-issue. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requirePermission } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import { EntryStatusSchema, PaymentBatchSchema, PaymentEntrySchema } from '../schemas/benefits.js';
import { FileResponse, XLSX_TYPE, attachment } from './imports.js';

const tags = ['payments'];

export function paymentRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { payments } = services.benefits;
  return async (app) => {
    app.get(
      '/payments',
      {
        schema: {
          tags,
          summary: 'Payment ledger in my jurisdiction / 付款台账',
          querystring: Type.Object({
            ...PageQuery.properties,
            status: Type.Optional(EntryStatusSchema),
            claimId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: { 200: Paged(PaymentEntrySchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, status, claimId } = request.query;
        const r = unwrap(await payments.list(requirePermission(request, 'payments.manage'), { page, pageSize, status, claimId }));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/payment-batches',
      {
        schema: {
          tags,
          summary: 'Bank batches / 付款批次',
          querystring: PageQuery,
          response: { 200: Paged(PaymentBatchSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize } = request.query;
        const r = unwrap(await payments.listBatches(requirePermission(request, 'payments.manage'), page, pageSize));
        return { ...r, page, pageSize };
      },
    );

    app.post(
      '/payment-batches',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Batch the pending payments for the bank / 生成付款批次',
          response: { 201: PaymentBatchSchema, ...problemResponses },
        },
      },
      async (request, reply) => reply.status(201).send(unwrap(await payments.createBatch(requirePermission(request, 'payments.manage')))),
    );

    app.get(
      '/payment-batches/:id/export',
      {
        schema: {
          tags,
          summary: 'Bank instruction file (.xlsx, masked) / 导出付款文件',
          params: IdParams,
          response: { 200: FileResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const f = unwrap(await payments.exportBatch(requirePermission(request, 'payments.manage'), request.params.id));
        return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment(f.fileName)).send(f.body);
      },
    );

    app.post(
      '/payment-batches/:id/reconciliation',
      {
        schema: {
          tags,
          summary: "Upload the bank's result file (.xlsx: entry id, paid|failed, bank reference) / 上传对账文件",
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: {
            200: Type.Object({ paid: Type.Integer(), failed: Type.Integer(), skipped: Type.Integer() }),
            ...problemResponses,
            413: Type.Ref('Problem'),
            415: Type.Ref('Problem'),
          },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'payments.manage');
        if (!request.isMultipart())
          fail('unsupported_media_type', {
            zh: '请以 multipart/form-data 上传 .xlsx 文件',
            en: 'Upload an .xlsx file as multipart/form-data',
          });
        const file = await request.file({ limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
        if (!file) fail('validation_failed', { zh: '没有上传文件', en: 'No file was uploaded' });
        const data = await file.toBuffer().catch(() => null);
        if (data === null || file.file.truncated) fail('payload_too_large');
        return unwrap(await payments.reconcile(actor, request.params.id, data));
      },
    );

    app.post(
      '/payments/:id/reverse',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Reverse a paid payment (a reversing entry) / 冲正',
          params: IdParams,
          body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }),
          response: { 201: PaymentEntrySchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(unwrap(await payments.reverse(requirePermission(request, 'payments.manage'), request.params.id, request.body.reason))),
    );

    app.post(
      '/payments/:id/reissue',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Re-issue a failed or reversed payment / 重新发放',
          params: IdParams,
          response: { 201: PaymentEntrySchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(unwrap(await payments.reissue(requirePermission(request, 'payments.manage'), request.params.id))),
    );
  };
}
