/**
 * What each role may do with postings, the reserve and applications (decision 142). Which records is
 * decided separately, by jurisdiction (officers), the employer the account belongs to (employers)
 * and the person the account belongs to (workers), in jobs.policy.ts.
 */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const jobsPermissions = definePermissions({
  /** Post, refresh and close postings: an employer for itself, an officer for an employer of the area. */
  'jobs.post': ['county_officer', 'township_officer', 'employer'],
  /** Work the screening queue: release or reject held and flagged postings. */
  'jobs.screen': ['county_officer', 'township_officer'],
  /** See the reserve by region, occupation and sector, and ranked candidates for a posting. */
  'jobs.reserve': ['county_officer', 'township_officer', 'reviewer', 'auditor', 'department'],
  /** Refer a person to a posting. */
  'jobs.refer': ['county_officer', 'township_officer'],
  /** Apply for a posting and see one's own recommendations and applications. */
  'jobs.apply': ['worker'],
  /** Answer applications (view, interview, offer, hire, reject). */
  'jobs.answer': ['county_officer', 'township_officer', 'employer'],
  /** Edit the discriminatory-term dictionary and the reserve settings. */
  'jobs.admin': ['admin'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof jobsPermissions> {}
}
