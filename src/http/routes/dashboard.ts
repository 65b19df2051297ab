/** The staff home page's summary. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requirePermission } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';

export const DashboardSummarySchema = Type.Object({
  jurisdiction: Type.String(),
  people: Type.Integer(),
  povertyRegistered: Type.Integer(),
  enterprises: Type.Integer(),
  arrearsFlagged: Type.Integer(),
  recentImports: Type.Array(
    Type.Object({
      id: Type.String(),
      entity: Type.String(),
      fileName: Type.String(),
      status: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});

export function dashboardRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/dashboard/summary',
      {
        schema: {
          tags: ['dashboard'],
          summary: 'Counts in my jurisdiction for the home page / 首页统计',
          response: { 200: DashboardSummarySchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.dashboard.summary(requirePermission(request, 'dashboard.read'))),
    );
  };
}
