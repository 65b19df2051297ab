/** The staff home page: the summary counts, and the role's home (work waiting and area charts). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requirePermission } from '../plugins/auth.js';
import { unwrap } from '../problem.js';
import { problemResponses } from '../schemas/common.js';

const RegistryCounts = {
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
};

export const DashboardSummarySchema = Type.Object({
  jurisdiction: Type.String(),
  people: Type.Integer(),
  povertyRegistered: Type.Integer(),
  ...RegistryCounts,
});

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });

export const HomeOverviewSchema = Type.Object({
  jurisdiction: Type.String(),
  jurisdictionName: Type.Union([Type.String(), Type.Null()]),
  work: Type.Object({
    claims: Type.Union([
      Type.Array(
        Type.Object({
          level: Type.Union([Type.Literal('township'), Type.Literal('county'), Type.Literal('reconsideration')]),
          waiting: Type.Integer(),
          overdue: Type.Integer(),
        }),
      ),
      Type.Null(),
    ]),
    overdueAfterWorkingDays: Type.Integer(),
    overdueBefore: Type.String({ description: 'Beijing date; a claim waiting since before it is overdue' }),
    reconcile: Type.Union([
      Type.Object({ batches: Type.Integer(), entries: Type.Integer(), totalFen: Type.Integer(), unbatched: Type.Integer() }),
      Type.Null(),
    ]),
    bindingRequests: Type.Union([Type.Integer(), Type.Null()]),
    timersOverdue: Type.Union([Type.Integer(), Type.Null()]),
  }),
  registry: Type.Object(RegistryCounts),
  people: Type.Object({
    total: Type.Integer(),
    povertyRegistered: Type.Integer(),
    areaLength: Type.Integer(),
    byArea: Type.Array(
      Type.Object({ code: Type.String(), name: Type.Union([Type.String(), Type.Null()]), people: Type.Integer(), poverty: Type.Integer() }),
    ),
    registeredElsewhere: Type.Integer(),
  }),
  months: Type.Array(Type.String()),
  claimsByMonth: Type.Array(
    Type.Object({ programId: Type.String(), programName: Bilingual, month: Type.String(), claims: Type.Integer() }),
  ),
  paidByMonth: Type.Array(
    Type.Object({
      programId: Type.String(),
      programName: Bilingual,
      month: Type.String(),
      paidFen: Type.Integer(),
      payments: Type.Integer(),
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
    app.get(
      '/dashboard/home',
      {
        schema: {
          tags: ['dashboard'],
          summary: 'Work waiting at my level and charts of my area / 待办与辖区图表',
          response: { 200: HomeOverviewSchema, ...problemResponses },
        },
      },
      async (request) => unwrap(await services.dashboard.home(requirePermission(request, 'dashboard.read'))),
    );
  };
}
