/** Masked, audited .xlsx exports with the same filters as the people and enterprise lists. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../modules/services.js';
import { requireActor } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import { PersonListQuery } from '../schemas/people.js';
import { EnterpriseListQuery } from '../schemas/enterprises.js';
import { FileResponse, XLSX_TYPE, attachment } from './imports.js';

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
  };
}
