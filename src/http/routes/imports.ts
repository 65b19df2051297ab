/** Imports: upload a file (202 + job), follow its progress, download its error report and the templates. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requirePermission } from '../plugins/auth.js';
import { fail, unwrap } from '../problem.js';
import { IdParams, PageQuery, Paged, problemResponses } from '../schemas/common.js';

const Nullable = <T extends import('typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** The job as the API shows it. */
export const ImportJobSchema = Type.Object({
  id: Type.String(),
  entity: Type.Union([Type.Literal('people'), Type.Literal('enterprises')]),
  mode: Type.Union([Type.Literal('insert'), Type.Literal('update')]),
  fileName: Type.String(),
  fileHash: Type.String(),
  fileSize: Type.Integer(),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
    Type.Literal('interrupted'),
  ]),
  total: Type.Integer(),
  processed: Type.Integer(),
  created: Type.Integer(),
  unchanged: Type.Integer(),
  updated: Type.Integer(),
  conflicts: Type.Integer(),
  errors: Type.Integer(),
  hasReport: Type.Boolean(),
  actorId: Nullable(Type.String()),
  createdAt: Type.String(),
  startedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  errorMessage: Nullable(Type.String()),
  dismissedAt: Nullable(Type.String()),
});

const EntityParams = Type.Object({ entity: Type.Union([Type.Literal('people'), Type.Literal('enterprises')]) });
/** A file download (the body is bytes, not JSON). */
export const FileResponse = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'file download' });

/** Content-Disposition for a download whose name may hold Chinese characters. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(reply: FastifyReply, fileName: string, type: string): FastifyReply {
  return reply.header('content-type', type).header('content-disposition', attachment(fileName));
}

export function importRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/imports/templates/:entity',
      {
        schema: {
          tags: ['imports'],
          summary: 'Import template (.xlsx or .csv) / 导入模板',
          params: EntityParams,
          querystring: Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }) }),
          response: { 200: FileResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        requirePermission(request, 'imports.run');
        const t = unwrap(await services.imports.template(request.params.entity, request.query.format));
        return download(reply, t.fileName, request.query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE).send(t.body);
      },
    );

    app.post(
      '/imports/:entity',
      {
        schema: {
          tags: ['imports'],
          summary: 'Upload a file to import (multipart "file") / 上传导入文件',
          consumes: ['multipart/form-data'],
          params: EntityParams,
          querystring: Type.Object({ mode: Type.Union([Type.Literal('insert'), Type.Literal('update')], { default: 'insert' }) }),
          response: { 202: ImportJobSchema, ...problemResponses, 413: Type.Ref('Problem'), 415: Type.Ref('Problem') },
        },
      },
      async (request, reply) => {
        const actor = requirePermission(request, 'imports.run');
        if (!request.isMultipart())
          fail('unsupported_media_type', {
            zh: '请以 multipart/form-data 上传 .xlsx 或 .csv 文件',
            en: 'Upload an .xlsx or .csv file as multipart/form-data',
          });
        const file = await request.file();
        if (!file) fail('validation_failed', { zh: '没有上传文件', en: 'No file was uploaded' });
        if (!/\.(xlsx|csv)$/i.test(file.filename)) {
          file.file.resume();
          fail('unsupported_media_type', { zh: '只能导入 .xlsx 或 .csv 文件', en: 'Only .xlsx and .csv files can be imported' });
        }
        const job = unwrap(
          await services.imports.start(actor, request.params.entity, { name: file.filename, data: file.file }, request.query.mode),
        );
        if (file.file.truncated) fail('payload_too_large');
        return reply.status(202).send(job);
      },
    );

    app.get(
      '/imports',
      {
        schema: {
          tags: ['imports'],
          summary: 'My imports and those in my jurisdiction / 导入任务',
          querystring: PageQuery,
          response: { 200: Paged(ImportJobSchema), ...problemResponses },
        },
      },
      async (request) => {
        const { page, pageSize } = request.query;
        const r = unwrap(await services.imports.list(requirePermission(request, 'imports.run'), page, pageSize));
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/imports/:id',
      {
        schema: {
          tags: ['imports'],
          summary: 'Progress of an import / 导入进度',
          params: IdParams,
          response: { 200: ImportJobSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.imports.get(requirePermission(request, 'imports.run'), request.params.id)),
    );

    app.post(
      '/imports/:id/dismiss',
      {
        schema: {
          tags: ['imports'],
          summary: 'Dismiss an interrupted or failed import (audited) / 标记已处理',
          params: IdParams,
          response: { 200: ImportJobSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.imports.dismiss(requirePermission(request, 'imports.run'), request.params.id)),
    );

    app.get(
      '/imports/:id/report',
      {
        schema: {
          tags: ['imports'],
          summary: 'Error report of an import (.xlsx), personal values masked; reveal=true shows each failing value (audited) / 错误报告',
          params: IdParams,
          querystring: Type.Object({ reveal: Type.Optional(Type.Boolean({ default: false })) }),
          response: { 200: FileResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const r = unwrap(
          await services.imports.report(requirePermission(request, 'imports.run'), request.params.id, {
            reveal: request.query.reveal === true,
          }),
        );
        return download(reply, r.fileName, XLSX_TYPE).send(r.stream);
      },
    );
  };
}
