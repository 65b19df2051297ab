/**
 * Names for the API's request and response types. The shapes are generated from the server's
 * OpenAPI document (./schema.gen.ts, `npm run gen:api`), which the server builds from the same
 * TypeBox schemas it validates and serialises with, so they cannot drift; only generic helpers
 * (`Paged`) and value lists used by forms (roles, levels, kinds) are written here.
 */
import type { ResponseOf, Schemas } from './schema';

/** A message in both languages, as every refusal carries. */
export type Bilingual = Schemas['Problem']['message'];

/** RFC 9457 problem details (src/http/schemas/common.ts, `Problem`). */
export type Problem = Schemas['Problem'];

/** `{ items, total, page, pageSize }` of every list. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type Ok = ResponseOf<'/auth/logout', 'post'>;

/** src/http/routes/auth.ts `User`. */
export type User = Schemas['User'];

/** The answer of /auth/login and /auth/me. */
export type Me = ResponseOf<'/auth/me', 'get'>;

/** src/http/routes/users.ts: an account with the one-time password shown once. */
export type UserWithPassword = ResponseOf<'/users', 'post'>;

/** src/http/routes/audit.ts `AuditEntry`. */
export type AuditEntry = Schemas['AuditEntry'];

export type AuditVerifyReport = ResponseOf<'/audit/verify', 'post'>;

/** Roles and departments as the server defines them (src/modules/actor.ts). */
export const roles = ['admin', 'county_officer', 'township_officer', 'reviewer', 'auditor', 'department', 'employer', 'worker'] as const;
export type Role = (typeof roles)[number];
export const departments = ['transport', 'civil_affairs', 'justice', 'poverty_office', 'development_reform'] as const;
export type Department = (typeof departments)[number];

/** src/http/routes/dashboard.ts: counts within the caller's jurisdiction. */
export type DashboardSummary = ResponseOf<'/dashboard/summary', 'get'>;
/** An import job as the dashboard lists it (`DashboardSummary`). */
export type RecentImport = DashboardSummary['recentImports'][number];

/** src/http/routes/imports.ts `ImportJobSchema`. */
export type ImportJob = ResponseOf<'/imports/{id}', 'get'>;
export type ImportEntity = ImportJob['entity'];
export type ImportMode = ImportJob['mode'];
export type ImportStatus = ImportJob['status'];

export const divisionLevels = ['province', 'prefecture', 'county', 'township'] as const;
export type DivisionLevel = (typeof divisionLevels)[number];
export const designationKinds = [
  'uncapped_county_52',
  'sanqu_sanzhou',
  'relocation_site',
  'hard_hit',
  'revitalisation_key_county',
  'other',
] as const;
export type DesignationKind = (typeof designationKinds)[number];

/** GET /regions/:code. */
export type DivisionDetail = ResponseOf<'/regions/{code}', 'get'>;
/** src/http/routes/regions.ts `DivisionSchema`. */
export type Division = DivisionDetail['division'];
export type Priority = DivisionDetail['priority'];
/** Why a place is a priority area (`ReasonSchema`). */
export type PriorityReason = Priority['reasons'][number];
/** `DesignationSchema`. */
export type Designation = ResponseOf<'/priority-designations', 'post'>;

export * from './types.enterprises';
export * from './types.people';
