/**
 * What each role may do with claims and payments (decision 142). Which claims is decided separately,
 * by jurisdiction and employment, in benefits.policy.ts.
 */
import { definePermissions, type PermissionsOf } from '../accounts/index.js';

export const benefitsPermissions = definePermissions({
  /** Lodge a claim: officers for people of their area, an employer for its staff, a worker for themself. */
  'claims.submit': ['county_officer', 'township_officer', 'employer', 'worker'],
  /** Review a claim at the levels the role holds (township, county, reconsideration). */
  'claims.review': ['county_officer', 'township_officer', 'reviewer'],
  /** Batch, export, reconcile, reverse and re-issue payments. */
  'payments.manage': ['county_officer'],
});

declare module '../accounts/permissions.js' {
  interface ModulePermissions extends PermissionsOf<typeof benefitsPermissions> {}
}
