/** Audit search (scoped by the records' jurisdiction) and chain verification against the latest anchor. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { auditAnchorFileOf } from '../../config.js';
import { loadAnchor } from '../../modules/audit/index.js';
import { requirePermission } from '../plugins/auth.js';
import { PageQuery, Paged, problemResponses } from '../schemas/common.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

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
              action: Type.Optional(Type.String()),
              entityType: Type.Optional(Type.String()),
              actorId: Type.Optional(Type.String()),
            }),
          ]),
          response: { 200: Paged(Type.Ref('AuditEntry')), ...problemResponses },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'audit.read');
        const { page, pageSize, action, entityType, actorId } = request.query;
        const r = await services.audit.search(actor, { action, entityType, actorId }, page, pageSize);
        return { ...r, page, pageSize };
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
