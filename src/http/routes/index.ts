/** Every API route, under /api/v1. Each module contributes one plugin. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../modules/services.js';
import { authRoutes, UserSchema } from './auth.js';
import { userRoutes } from './users.js';
import { auditRoutes, AuditEntrySchema } from './audit.js';
import { importRoutes } from './imports.js';
import { exportRoutes } from './exports.js';
import { regionRoutes } from './regions.js';
import { catalogRoutes, IndustrySchema, OccupationSchema } from './catalog.js';
import { enterpriseRoutes } from './enterprises.js';
import { EnterpriseSchema } from '../schemas/enterprises.js';
import { peopleRoutes } from './people.js';
import { PersonSchema } from '../schemas/people.js';
import { dashboardRoutes } from './dashboard.js';
import { workerAuthRoutes } from './worker-auth.js';
import { workerEntitlementRoutes } from './worker-entitlements.js';
import { benefitsRoutes } from './benefits.js';
import { paymentRoutes } from './payments.js';
import { policyRoutes } from './policy.js';
import { calendarRoutes } from './calendar.js';
import { unemploymentRoutes } from './unemployment.js';
import { assistanceRoutes } from './assistance.js';
import { complaintsRoutes } from './complaints.js';
import { jobsRoutes } from './jobs.js';
import { jobMatchingRoutes } from './job-matching.js';
import { gigsRoutes } from './gigs.js';
import { rapidResponseRoutes } from './rapid-response.js';
import { sharingRoutes } from './sharing.js';
import { fairsRoutes } from './fairs.js';

export function apiRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Shared schemas first, so every route plugin below can $ref them.
    for (const schema of [UserSchema, AuditEntrySchema, IndustrySchema, OccupationSchema, EnterpriseSchema, PersonSchema])
      app.addSchema(schema);
    await app.register(authRoutes(services));
    await app.register(userRoutes(services));
    await app.register(auditRoutes(services));
    await app.register(importRoutes(services));
    await app.register(exportRoutes(services));
    await app.register(regionRoutes(services));
    await app.register(catalogRoutes(services));
    await app.register(enterpriseRoutes(services));
    await app.register(peopleRoutes(services));
    await app.register(dashboardRoutes(services));
    await app.register(workerAuthRoutes(services));
    await app.register(workerEntitlementRoutes(services));
    await app.register(benefitsRoutes(services));
    await app.register(paymentRoutes(services));
    await app.register(policyRoutes(services));
    await app.register(calendarRoutes(services));
    await app.register(unemploymentRoutes(services));
    await app.register(assistanceRoutes(services));
    await app.register(complaintsRoutes(services));
    await app.register(jobsRoutes(services));
    await app.register(jobMatchingRoutes(services));
    await app.register(gigsRoutes(services));
    await app.register(rapidResponseRoutes(services));
    await app.register(sharingRoutes(services));
    await app.register(fairsRoutes(services));
  };
}
