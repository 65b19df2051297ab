/** What each role may do with job fairs (decision 142); which fairs: fair.policy.ts. */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const fairsPermissions = definePermissions({
  /** Organise fairs of the jurisdiction: create, invite and approve employers, register at the door, check in, counts. */
  'fairs.manage': ['county_officer', 'township_officer'],
  /** See fairs and their counts (every signed-in staff member sees fairs as public events). */
  'fairs.read': ['county_officer', 'township_officer', 'reviewer', 'auditor', 'department'],
  /** Take part as an employer: apply to join, bring postings. */
  'fairs.exhibit': ['employer'],
  /** Register for fairs and apply to their postings. */
  'fairs.attend': ['worker'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof fairsPermissions> {}
}
