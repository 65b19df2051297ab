import { inScope } from '../db/scope.js';

/**
 * Who is acting: every service call receives an Actor, and every read or write is scoped by it.
 */
export const roles = ['admin', 'county_officer', 'township_officer', 'reviewer', 'auditor', 'department', 'employer', 'worker'] as const;
export type Role = (typeof roles)[number];

export const departments = ['transport', 'civil_affairs', 'justice', 'poverty_office', 'development_reform'] as const;
export type Department = (typeof departments)[number];

export interface Actor {
  userId: string | null;
  username: string;
  role: Role;
  /** Division-code prefix the actor may see; '' is nationwide. */
  jurisdiction: string;
  department: Department | null;
  personId: string | null;
  enterpriseId: string | null;
  requestId: string | null;
}

export function isRole(s: string): s is Role {
  return (roles as readonly string[]).includes(s);
}

export function isDepartment(s: string): s is Department {
  return (departments as readonly string[]).includes(s);
}

/** The actor for command-line and start-up work: nationwide administrator without a user. */
export function systemActor(requestId: string | null = null): Actor {
  return {
    userId: null,
    username: 'system',
    role: 'admin',
    jurisdiction: '',
    department: null,
    personId: null,
    enterpriseId: null,
    requestId,
  };
}

/** True when a division code lies inside a jurisdiction prefix (the scope layer's rule, one code). */
export function withinJurisdiction(jurisdiction: string, code: string | null | undefined): boolean {
  return inScope(jurisdiction, [code]);
}

/** The 2-digit province of a division code, or '00' for national. */
export function provinceOf(code: string | null | undefined): string {
  return code && code.length >= 2 ? code.slice(0, 2) : '00';
}
