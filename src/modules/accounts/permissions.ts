/**
 * What each role may do. Jurisdiction (which records) is checked separately, in each module's policy.
 * The permissions every staff page shares live here; a module grants its own in
 * `<module>.permissions.ts` with `definePermissions` and declares them on `ModulePermissions`
 * (decision 142). The administrator holds every permission, core and module.
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
  'dashboard.read',
  'calendar.admin',
] as const;
/** Permissions contributed by modules (declaration merging from each `<module>.permissions.ts`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModulePermissions {}
export type Permission = (typeof permissions)[number] | keyof ModulePermissions;

/** The declaration a module's permissions file merges into `ModulePermissions`. */
export type PermissionsOf<T extends Record<string, readonly Role[]>> = Record<keyof T, true>;

const moduleGrants = new Map<string, readonly Role[]>();

/**
 * Grants a module's permissions to the roles named (the administrator always holds them). Granting the
 * same permission twice to other roles, or a core permission (granted in this file) at all, is a
 * programming error and throws: a module's grant would otherwise replace the core one.
 */
export function definePermissions<const T extends Record<string, readonly Role[]>>(grants: T): T {
  for (const [permission, roles] of Object.entries(grants)) {
    if ((permissions as readonly string[]).includes(permission)) throw new Error(`permission ${permission} is a core permission`);
    const known = moduleGrants.get(permission);
    if (known && [...known].sort().join() !== [...roles].sort().join())
      throw new Error(`permission ${permission} is granted twice with different roles`);
    moduleGrants.set(permission, roles);
  }
  return grants;
}

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
];

const grants: Record<Role, readonly Permission[]> = {
  admin: permissions,
  county_officer: [...officer, 'audit.read'],
  township_officer: officer,
  reviewer: [...staffRead, 'people.reveal'],
  auditor: [...staffRead, 'audit.read', 'audit.verify'],
  department: staffRead,
  employer: ['regions.read', 'policy.read'],
  worker: ['regions.read', 'policy.read'],
};

/** True when the actor's role grants the permission. */
export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  const moduleRoles = moduleGrants.get(permission);
  if (moduleRoles) return actor.role === 'admin' || moduleRoles.includes(actor.role);
  return (grants[actor.role] as readonly string[]).includes(permission);
}

/** The permissions of a role, for the staff app's menus (the server still checks every call). */
export function permissionsOf(role: Role): readonly Permission[] {
  const own = [...moduleGrants].filter(([, roles]) => role === 'admin' || roles.includes(role)).map(([p]) => p as Permission);
  return [...grants[role], ...own];
}

/** Staff roles see registry data through a jurisdiction; employers and workers only their own records. */
export function isStaff(role: Role): boolean {
  return role !== 'employer' && role !== 'worker';
}

/** An administrator may manage an account (and its tokens) whose jurisdiction lies inside their own. */
export function mayAdministerAccount(actor: Pick<Actor, 'role' | 'jurisdiction'>, accountJurisdiction: string): boolean {
  return can(actor, 'accounts.admin') && inScope(actor.jurisdiction, [accountJurisdiction]);
}
