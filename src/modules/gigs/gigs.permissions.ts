/**
 * What each role may do with gig work (decision 142). Which records is decided in gigs.policy.ts: the
 * task's place (officers), the employer the account belongs to, the person the account belongs to.
 */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const gigsPermissions = definePermissions({
  /** Post and manage gig tasks: an employer its own, an officer for an employer at a place of the area. */
  'gigs.post': ['county_officer', 'township_officer', 'employer'],
  /** See the gig market of the area, export a person's gig history, and act on abuse reports. */
  'gigs.oversee': ['county_officer', 'township_officer'],
  /** Read the gig market of the area. */
  'gigs.read': ['county_officer', 'township_officer', 'reviewer', 'auditor'],
  /** Sign up for gigs, confirm or dispute completion, rate and report. */
  'gigs.work': ['worker'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof gigsPermissions> {}
}
