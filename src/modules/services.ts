/**
 * The service container: every front end (API, staff app, CLI) calls these same services.
 */
import type { Deps } from './deps.js';
import { createAuditService } from './audit/audit.service.js';
import { createAuthService } from './accounts/auth.service.js';
import { createUsersService } from './accounts/users.service.js';
import { createIdempotencyService } from './system/idempotency.service.js';

export function createServices(deps: Deps) {
  const audit = createAuditService(deps);
  const auth = createAuthService(deps, audit);
  const users = createUsersService(deps, audit);
  const idempotency = createIdempotencyService(deps);
  return { deps, audit, auth, users, idempotency };
}

export type Services = ReturnType<typeof createServices>;
