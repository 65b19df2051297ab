/** Masked, audited .xlsx exports with the same filters as the lists: people, enterprises, claims, payments, batches, audit log, accounts. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import { businessDate } from '../../core/clock.js';
import type { Result } from '../../core/result.js';
import type { Services } from '../../modules/services.js';
import { requireActor, requirePermission } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import { PersonListQuery } from '../schemas/people.js';
import { EnterpriseListQuery } from '../schemas/enterprises.js';
import { ClaimStatusSchema, EntryStatusSchema, ReviewLevelSchema } from '../schemas/benefits.js';
import { FileResponse, XLSX_TYPE, attachment } from './imports.js';

const sheetResponse = { 200: FileResponse, ...problemResponses };

/** Sends a streamed sheet as a download named in Chinese with the Beijing date. */
function sendSheet(reply: FastifyReply, name: string, r: Result<Readable>) {
  const stream = unwrap(r);
  const day = businessDate(new Date());
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachment(`${name}-${day}.xlsx`))
    .send(stream);
}

export function exportRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/people/export',
      {
        schema: {
          tags: ['people'],
          summary: 'Export people (masked .xlsx) / 导出人员（脱敏）',
          querystring: PersonListQuery,
          response: { 200: FileResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { page: _page, pageSize: _size, ...filters } = request.query;
        const stream = unwrap(await services.exports.people(requireActor(request), filters));
        return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('people.xlsx')).send(stream);
      },
    );
    app.get(
      '/enterprises/export',
      {
        schema: {
          tags: ['enterprises'],
          summary: 'Export enterprises (masked .xlsx) / 导出用人单位',
          querystring: EnterpriseListQuery,
          response: { 200: FileResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { page: _page, pageSize: _size, ...filters } = request.query;
        const stream = unwrap(await services.exports.enterprises(requireActor(request), filters));
        return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('enterprises.xlsx')).send(stream);
      },
    );
    app.get(
      '/claims/export',
      {
        schema: {
          tags: ['benefits'],
          summary: 'Export claims (numbers, names, masked ID numbers, .xlsx) / 导出申请',
          querystring: Type.Object({
            status: Type.Optional(ClaimStatusSchema),
            level: Type.Optional(ReviewLevelSchema),
            program: Type.Optional(Type.String({ maxLength: 64 })),
            personId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: sheetResponse,
        },
      },
      async (request, reply) => {
        const { status, level, program, personId } = request.query;
        return sendSheet(
          reply,
          '申请',
          await services.exports.claims(requireActor(request), { status, level, programId: program, personId }),
        );
      },
    );
    app.get(
      '/payments/export',
      {
        schema: {
          tags: ['payments'],
          summary: 'Export the payment ledger (.xlsx, masked) / 导出付款台账',
          querystring: Type.Object({
            status: Type.Optional(EntryStatusSchema),
            claimId: Type.Optional(Type.String({ maxLength: 64 })),
            personId: Type.Optional(Type.String({ maxLength: 64 })),
            batchId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: sheetResponse,
        },
      },
      async (request, reply) =>
        sendSheet(reply, '付款台账', await services.exports.payments(requirePermission(request, 'payments.manage'), request.query)),
    );
    app.get(
      '/payment-batches/export',
      { schema: { tags: ['payments'], summary: 'Export the bank batches (.xlsx) / 导出付款批次', response: sheetResponse } },
      async (request, reply) => sendSheet(reply, '付款批次', await services.exports.batches(requirePermission(request, 'payments.manage'))),
    );
    app.get(
      '/audit/export',
      {
        schema: {
          tags: ['audit'],
          summary: 'Export the audit log (.xlsx, names and Beijing time) / 导出审计日志',
          querystring: Type.Object({
            action: Type.Optional(Type.String({ maxLength: 100 })),
            entityType: Type.Optional(Type.String({ maxLength: 100 })),
            actorId: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: sheetResponse,
        },
      },
      async (request, reply) => {
        const { action, entityType, actorId } = request.query;
        return sendSheet(
          reply,
          '审计日志',
          await services.exports.audit(requirePermission(request, 'audit.read'), { action, entityType, actorId }),
        );
      },
    );
    app.get(
      '/users/export',
      { schema: { tags: ['users'], summary: 'Export the accounts (.xlsx) / 导出账号', response: sheetResponse } },
      async (request, reply) => sendSheet(reply, '账号', await services.exports.users(requireActor(request))),
    );
  };
}
