/** Audit search (scoped by the records' jurisdiction) and chain verification against the latest anchor. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { auditAnchorFileOf } from '../../config.js';
import { loadAnchor } from '../../modules/audit/index.js';
import { requirePermission } from '../plugins/auth.js';
import { PageQuery, Paged, problemResponses } from '../schemas/common.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const BeijingDate = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const AuditEntrySchema = Type.Object(
  {
    id: Type.Integer(),
    province: Type.String(),
    region: Nullable(Type.String()),
    chainSeq: Type.Integer(),
    at: Type.String(),
    actorId: Nullable(Type.String()),
    actorRole: Nullable(Type.String()),
    action: Type.String(),
    entityType: Type.String(),
    entityId: Nullable(Type.String()),
    details: Type.Record(Type.String(), Type.Unknown()),
    requestId: Nullable(Type.String()),
    /** The acting user's display name (the audit search fills it). */
    actorName: Type.Optional(Nullable(Type.String())),
  },
  { $id: 'AuditEntry' },
);

const VerifyReportSchema = Type.Object({
  ok: Type.Boolean(),
  chains: Type.Integer(),
  entries: Type.Integer(),
  problems: Type.Array(
    Type.Object({
      province: Type.String(),
      chainSeq: Type.Integer(),
      code: Type.String(),
      problem: Type.String(),
      message: Type.Object({ zh: Type.String(), en: Type.String() }),
    }),
  ),
  anchor: Type.Object({
    state: Type.Union([Type.Literal('none'), Type.Literal('malformed'), Type.Literal('checked')]),
    file: Nullable(Type.String()),
    at: Nullable(Type.String()),
  }),
});

export function auditRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: "Search the audit log under the records' jurisdiction / 审计日志",
          querystring: Type.Intersect([
            PageQuery,
            Type.Object({
              action: Type.Optional(Type.String({ maxLength: 100 })),
              entityType: Type.Optional(Type.String({ maxLength: 50 })),
              entityId: Type.Optional(Type.String({ maxLength: 64, description: 'e.g. a person id picked by name or ID number' })),
              actorId: Type.Optional(Type.String({ maxLength: 64 })),
              actorName: Type.Optional(Type.String({ maxLength: 50, description: "part of the officer's name or username" })),
              from: Type.Optional(BeijingDate('first Beijing date (included)')),
              to: Type.Optional(BeijingDate('last Beijing date (included)')),
            }),
          ]),
          response: { 200: Paged(Type.Ref('AuditEntry')), ...problemResponses },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'audit.read');
        const { page, pageSize, action, entityType, entityId, actorId, actorName, from, to } = request.query;
        const r = await services.auditSearch.search(
          actor,
          { action, entityType, entityId, actorId, actorName, fromDate: from, toDate: to },
          page,
          pageSize,
        );
        return { items: r.items, total: r.total, page, pageSize };
      },
    );
    app.post(
      '/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: 'Verify every chain against the latest anchor / 校验审计链',
          response: { 200: VerifyReportSchema, ...problemResponses },
        },
      },
      async (request) => {
        requirePermission(request, 'audit.verify');
        return services.audit.verify({ anchor: loadAnchor(auditAnchorFileOf(services.deps.config)) });
      },
    );
  };
}
