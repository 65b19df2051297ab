/** What each role may do in rapid response (decision 142); which records: response.policy.ts. */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const rapidResponsePermissions = definePermissions({
  /** Read events of the jurisdiction (or those listing its workers or holding its tasks). */
  'rapid_response.read': ['county_officer', 'township_officer', 'reviewer', 'auditor', 'department'],
  /** Record events, list affected workers, record offers and their take-up. */
  'rapid_response.manage': ['county_officer', 'township_officer'],
  /** Act on tasks (a department user on their department's, an officer on any of the area). */
  'rapid_response.tasks': ['county_officer', 'township_officer', 'department'],
  /** Report a mass lay-off of the employer's own enterprise from the portal. */
  'rapid_response.report': ['employer'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof rapidResponsePermissions> {}
}
