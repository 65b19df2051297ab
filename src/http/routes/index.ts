/** Every API route, under /api/v1. Each module contributes one plugin. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../modules/services.js';
import { authRoutes, UserSchema } from './auth.js';
import { userRoutes } from './users.js';
import { auditRoutes, AuditEntrySchema } from './audit.js';

export function apiRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Shared schemas first, so every route plugin below can $ref them.
    for (const schema of [UserSchema, AuditEntrySchema]) app.addSchema(schema);
    await app.register(authRoutes(services));
    await app.register(userRoutes(services));
    await app.register(auditRoutes(services));
  };
}
