/**
 * The accounts module's face: users and roles, permissions, staff sign-in with sessions and API
 * tokens, worker sign-in by phone and the binding of a worker account to a registry record.
 * Repositories and tables stay private; other modules ask `can(actor, permission)`.
 */
export { can, isStaff, mayAdministerAccount, permissions, permissionsOf, type Permission } from './permissions.js';
export { definePermissions, type ModulePermissions, type PermissionsOf } from './permissions.js';
export type { Credential, EndReason, TokenView, UserView } from './account.js';
export { createAuthService, type AuthService, type SessionMeta, type SignedIn } from './auth.service.js';
export { credentialGuard } from './session-cache.js';
export { createUsersService, type NewUser, type UsersService } from './users.service.js';
export { createTokenService, type NewToken, type TokenService } from './tokens.service.js';
export { createWorkerSigninService, type WorkerSigninService } from './worker-signin.service.js';
export { createBindingService, type BindingRequestInput, type BindingService } from './binding.service.js';
export type { PersonDirectory } from './binding.js';
