/** Payments: the ledger, bank batches (create, read, export, reconciliation upload with a column mapping), reversal and re-issue. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requirePermission } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';
import { EntryStatusSchema, PaymentBatchSchema, PaymentEntrySchema } from '../schemas/benefits.js';
import { FileResponse, XLSX_TYPE, attachment } from './imports.js';
import { readUpload } from '../upload.js';

const tags = ['payments'];

const ColumnMappingSchema = Type.Object({
  number: Type.String({ description: 'Column of the payment number: a letter (A) or its header text' }),
  result: Type.String({ description: 'Column of the result (成功/失败/退回, paid/failed/returned)' }),
  reference: Type.Optional(Type.String({ description: "Column of the bank's reference" })),
});

const LeftOutSchema = Type.Object({
  number: Type.String(),
  claimNumber: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
});

/** The text of a multipart field given before the file ('' when absent). */
function fieldText(fields: Record<string, unknown>, name: string): string {
  const f = fields[name];
  const one: unknown = Array.isArray(f) ? f[0] : f;
  if (typeof one !== 'object' || one === null) return '';
  const value: unknown = Reflect.get(one, 'value');
  return typeof value === 'string' ? value.trim().slice(0, 100) : '';
}

export function paymentRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { payments, batches } = services.benefits;
  return async (app) => {
    app.get(
      '/payments',
      {
        schema: {
          tags,
          summary: 'Payment ledger in my jurisdiction (with the payee name) / 付款台账',
          querystring: Type.Object({
            ...PageQuery.properties,
            status: Type.Optional(EntryStatusSchema),
            claimId: Type.Optional(Type.String({ maxLength: 64 })),
            personId: Type.Optional(Type.String({ maxLength: 64 })),
            batchId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: { 200: Paged(PaymentEntrySchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize, status, claimId, personId, batchId } = request.query;
        const r = unwrap(
          await payments.list(requirePermission(request, 'payments.manage'), { page, pageSize, status, claimId, personId, batchId }),
        );
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
        const r = unwrap(await batches.list(requirePermission(request, 'payments.manage'), page, pageSize));
        return { ...r, page, pageSize };
      },
    );

    app.post(
      '/payment-batches',
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: 'Batch the pending payments for the bank (people without a bank account are left out and named) / 生成付款批次',
          response: {
            201: Type.Object({ ...PaymentBatchSchema.properties, leftOut: Type.Array(LeftOutSchema) }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const r = unwrap(await batches.create(requirePermission(request, 'payments.manage')));
        return reply.status(201).send({ ...r.batch, leftOut: r.leftOut });
      },
    );

    app.get(
      '/payment-batches/bank-mappings',
      {
        schema: {
          tags,
          summary: "Each bank's remembered column mapping / 各银行对账文件的列设置",
          response: {
            200: Type.Object({ items: Type.Array(Type.Object({ bank: Type.String(), mapping: ColumnMappingSchema })) }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const m = unwrap(await batches.mappings(requirePermission(request, 'payments.manage')));
        return { items: Object.entries(m).map(([bank, mapping]) => ({ bank, mapping })) };
      },
    );

    app.get(
      '/payment-batches/:id',
      {
        schema: {
          tags,
          summary: 'One batch with its payments and payees (masked) / 付款批次详情',
          params: IdParams,
          response: { 200: Type.Object({ batch: PaymentBatchSchema, entries: Type.Array(PaymentEntrySchema) }), ...problemResponses },
        },
      },
      async (request) => unwrap(await batches.get(requirePermission(request, 'payments.manage'), request.params.id)),
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
        const f = unwrap(await batches.exportFile(requirePermission(request, 'payments.manage'), request.params.id));
        return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment(f.fileName)).send(f.body);
      },
    );

    app.post(
      '/payment-batches/:id/reconciliation',
      {
        schema: {
          tags,
          summary:
            "Upload the bank's result file (.xlsx; fields before the file: bank, numberColumn, resultColumn, referenceColumn) / 上传对账文件",
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: {
            200: Type.Object({
              paid: Type.Integer(),
              failed: Type.Integer(),
              returned: Type.Integer(),
              skipped: Type.Integer(),
              mapping: ColumnMappingSchema,
            }),
            ...problemResponses,
            413: Type.Ref('Problem'),
            415: Type.Ref('Problem'),
          },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'payments.manage');
        const { data, fields } = await readUpload(request, {
          maxBytes: 20 * 1024 * 1024,
          expects: { zh: ' .xlsx 文件', en: 'an .xlsx file' },
        });
        const number = fieldText(fields, 'numberColumn');
        const result = fieldText(fields, 'resultColumn');
        const reference = fieldText(fields, 'referenceColumn');
        const mapping = number !== '' && result !== '' ? { number, result, ...(reference !== '' ? { reference } : {}) } : undefined;
        return unwrap(await batches.reconcile(actor, request.params.id, data, { bank: fieldText(fields, 'bank'), mapping }));
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
