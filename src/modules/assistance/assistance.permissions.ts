/** What each role may do with assistance cases (decision 142); which cases: case.policy.ts. */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const assistancePermissions = definePermissions({
  /** Read the cases, plans, overdue lists and reminders of the jurisdiction. */
  'assistance.read': ['county_officer', 'township_officer', 'reviewer', 'auditor'],
  /** Record steps, categories and referrals on a case. */
  'assistance.work': ['county_officer', 'township_officer'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof assistancePermissions> {}
}
