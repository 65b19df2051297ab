/**
 * Response and request types of the API, mirroring the server's TypeBox schemas
 * (src/http/routes/*.ts). The server validates and serialises every response against those
 * schemas, so these types are the contract; keep them in step when a route changes.
 */

/** A message in both languages, as every refusal carries. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** RFC 9457 problem details (src/http/schemas/common.ts, `Problem`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  message: Bilingual;
  instance?: string;
  errors?: Array<{ path: string; code: string; message: Bilingual }>;
}

/** `{ items, total, page, pageSize }` of every list. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Ok {
  ok: true;
}

/** src/http/routes/auth.ts `User`. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  jurisdiction: string;
  department: string | null;
  personId: string | null;
  enterpriseId: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

/** The answer of /auth/login and /auth/me. */
export interface Me {
  user: User;
  csrfToken: string;
  permissions: string[];
}

/** src/http/routes/users.ts: an account with the one-time password shown once. */
export interface UserWithPassword {
  user: User;
  oneTimePassword: string | null;
}

/** src/http/routes/audit.ts `AuditEntry`. */
export interface AuditEntry {
  id: number;
  province: string;
  chainSeq: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  requestId: string | null;
}

export interface AuditVerifyReport {
  ok: boolean;
  chains: number;
  entries: number;
  problems: Array<{ province: string; chainSeq: number; problem: string }>;
}

/** Roles and departments as the server defines them (src/modules/actor.ts). */
export const roles = ['admin', 'county_officer', 'township_officer', 'reviewer', 'auditor', 'department', 'employer', 'worker'] as const;
export type Role = (typeof roles)[number];
export const departments = ['transport', 'civil_affairs', 'justice', 'poverty_office', 'development_reform'] as const;
export type Department = (typeof departments)[number];

/** An import job as the dashboard lists it (src/http/routes/dashboard.ts `DashboardSummary`). */
export interface RecentImport {
  id: string;
  entity: string;
  fileName: string;
  status: string;
  createdAt: string;
}

/** src/http/routes/dashboard.ts: counts within the caller's jurisdiction. */
export interface DashboardSummary {
  jurisdiction: string;
  people: number;
  povertyRegistered: number;
  enterprises: number;
  arrearsFlagged: number;
  recentImports: RecentImport[];
}

export type ImportEntity = 'people' | 'enterprises';
export type ImportMode = 'insert' | 'update';
export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

/** src/http/routes/imports.ts `ImportJobSchema`. */
export interface ImportJob {
  id: string;
  entity: ImportEntity;
  mode: ImportMode;
  fileName: string;
  fileHash: string;
  fileSize: number;
  status: ImportStatus;
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  updated: number;
  conflicts: number;
  errors: number;
  hasReport: boolean;
  actorId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  errorMessage: string | null;
}

export const divisionLevels = ['province', 'prefecture', 'county', 'township'] as const;
export type DivisionLevel = (typeof divisionLevels)[number];
export const designationKinds = ['uncapped_county_52', 'sanqu_sanzhou', 'relocation_site', 'hard_hit', 'revitalisation_key_county', 'other'] as const;
export type DesignationKind = (typeof designationKinds)[number];

/** src/http/routes/regions.ts `DivisionSchema`. */
export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  pinyin: string;
  initials: string;
}

/** Why a place is a priority area (`ReasonSchema`). */
export interface PriorityReason {
  id: string;
  kind: DesignationKind;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
}

export interface Priority {
  date: string;
  priority: boolean;
  reasons: PriorityReason[];
}

/** GET /regions/:code. */
export interface DivisionDetail {
  division: Division;
  ancestors: Division[];
  children: Division[];
  priority: Priority;
}

/** `DesignationSchema`. */
export interface Designation extends PriorityReason {
  createdAt: string;
  createdBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeReason: string | null;
}

export * from './types.enterprises';
export * from './types.people';
