/**
 * What each role may do. Jurisdiction (which records) is checked separately, in each module's policy.
 */
import type { Actor, Role } from '../actor.js';
import { inScope } from '../../db/scope.js';

export const permissions = [
  'people.read',
  'people.write',
  'people.reveal',
  'people.merge',
  'people.export',
  'enterprises.read',
  'enterprises.write',
  'enterprises.flag_arrears',
  'enterprises.export',
  'imports.run',
  'regions.read',
  'regions.admin',
  'accounts.admin',
  'audit.read',
  'audit.verify',
  'policy.read',
  'policy.admin',
  'claims.submit',
  'claims.review',
  'payments.manage',
  'dashboard.read',
  'calendar.admin',
] as const;
export type Permission = (typeof permissions)[number];

const staffRead: Permission[] = ['people.read', 'enterprises.read', 'regions.read', 'policy.read', 'dashboard.read'];
const officer: Permission[] = [
  ...staffRead,
  'people.write',
  'people.reveal',
  'people.merge',
  'people.export',
  'enterprises.write',
  'enterprises.flag_arrears',
  'enterprises.export',
  'imports.run',
  'claims.submit',
  'claims.review',
];

const grants: Record<Role, readonly Permission[]> = {
  admin: permissions,
  county_officer: [...officer, 'payments.manage', 'audit.read'],
  township_officer: officer,
  reviewer: [...staffRead, 'people.reveal', 'claims.review'],
  auditor: [...staffRead, 'audit.read', 'audit.verify'],
  department: staffRead,
  employer: ['regions.read', 'policy.read', 'claims.submit'],
  worker: ['regions.read', 'policy.read', 'claims.submit'],
};

/** True when the actor's role grants the permission. */
export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return grants[actor.role].includes(permission);
}

/** The permissions of a role, for the staff app's menus (the server still checks every call). */
export function permissionsOf(role: Role): readonly Permission[] {
  return grants[role];
}

/** Staff roles see registry data through a jurisdiction; employers and workers only their own records. */
export function isStaff(role: Role): boolean {
  return role !== 'employer' && role !== 'worker';
}

/** An administrator may manage an account (and its tokens) whose jurisdiction lies inside their own. */
export function mayAdministerAccount(actor: Pick<Actor, 'role' | 'jurisdiction'>, accountJurisdiction: string): boolean {
  return can(actor, 'accounts.admin') && inScope(actor.jurisdiction, [accountJurisdiction]);
}
