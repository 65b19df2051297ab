/** What each role may do with wage-arrears complaints (decision 142); which records: complaint.policy.ts. */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const complaintsPermissions = definePermissions({
  /** Read complaints of the jurisdiction. */
  'complaints.read': ['county_officer', 'township_officer', 'reviewer', 'auditor'],
  /** File for workers, accept, investigate, mediate, transfer, resolve, close, refer to legal aid. */
  'complaints.handle': ['county_officer', 'township_officer'],
  /** Change the deadlines (administrators hold every permission; nobody else). */
  'complaints.settings': [],
  /** Act on legal-aid referrals of the jurisdiction (department users of the justice department only). */
  'legal_aid.act': ['department'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof complaintsPermissions> {}
}
