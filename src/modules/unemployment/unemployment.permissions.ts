/** What each role may do with the unemployment register (decision 142); which records: registration.policy.ts. */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const unemploymentPermissions = definePermissions({
  /** Read registrations of the jurisdiction. */
  'unemployment.read': ['county_officer', 'township_officer', 'reviewer', 'auditor', 'department'],
  /** Register, transfer, start services, close as employed or deregister. */
  'unemployment.register': ['county_officer', 'township_officer'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof unemploymentPermissions> {}
}
