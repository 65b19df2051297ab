/** Audit search and chain verification. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../modules/services.js';
import { requirePermission } from '../plugins/auth.js';
import { PageQuery, Paged, problemResponses } from '../schemas/common.js';

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(), province: Type.String(), chainSeq: Type.Integer(), at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]), actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(), entityType: Type.String(), entityId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()), requestId: Type.Union([Type.String(), Type.Null()]),
}, { $id: 'AuditEntry' });

export function auditRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/audit', {
      schema: {
        tags: ['audit'], summary: 'Search the audit log / 审计日志',
        querystring: Type.Intersect([PageQuery, Type.Object({ action: Type.Optional(Type.String()), entityType: Type.Optional(Type.String()), actorId: Type.Optional(Type.String()) })]),
        response: { 200: Paged(Type.Ref('AuditEntry')), ...problemResponses },
      },
    }, async (request) => {
      const actor = requirePermission(request, 'audit.read');
      const { page, pageSize, action, entityType, actorId } = request.query;
      const r = await services.audit.search(actor, { action, entityType, actorId }, page, pageSize);
      return { ...r, page, pageSize };
    });
    app.post('/audit/verify', {
      schema: {
        tags: ['audit'], summary: 'Verify every hash chain / 校验审计链',
        response: { 200: Type.Object({ ok: Type.Boolean(), chains: Type.Integer(), entries: Type.Integer(), problems: Type.Array(Type.Object({ province: Type.String(), chainSeq: Type.Integer(), problem: Type.String() })) }), ...problemResponses },
      },
    }, async (request) => {
      requirePermission(request, 'audit.verify');
      return services.audit.verify();
    });
  };
}
