/** What each staff role may do with labour sharing (decision 142); which records: sharing.policy.ts. */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const sharingPermissions = definePermissions({
  /** Read offers, requests and agreements of firms in the jurisdiction. */
  'sharing.read': ['county_officer', 'township_officer', 'reviewer', 'auditor'],
  /** Record offers, requests and agreements for a firm of the jurisdiction. */
  'sharing.manage': ['county_officer', 'township_officer'],
  /** The firm's own page: offer staff, ask for staff, draft agreements (an employer for itself, officers for a firm). */
  'sharing.firm': ['employer', 'county_officer', 'township_officer'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof sharingPermissions> {}
}
