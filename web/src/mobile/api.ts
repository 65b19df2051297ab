/**
 * Calls and response types of the worker's pages, mirroring the server's TypeBox schemas
 * (src/http/routes/worker-auth.ts, policy.ts, benefits.ts, people.ts). Same client as the staff
 * app: session cookie and CSRF header.
 */
import { api, request, setCsrfToken } from '../api/client';
import type { Bilingual, Me, Paged } from '../api/types';
import type { Person } from '../api/types.people';
import type { CatalogueProgram } from '../api/policy';
import type { DivisionDetail } from '../api/types';
import type { ResponseOf } from '../api/schema';

/** src/http/schemas/policy.ts `EntitlementSchema`, as generated (web/src/api/schema.gen.ts). */
export type Entitlements = ResponseOf<'/me/entitlements', 'get'>;
export type Entitlement = Entitlements['items'][number];

/** src/http/schemas/benefits.ts `ClaimSchema`, as generated. */
export type Claim = ResponseOf<'/me/claims', 'get'>['items'][number];
export type ClaimStatus = Claim['status'];

/** The amount of a stored decision, read defensively (the decision is engine-defined JSON). */
export function decisionAmountFen(decision: unknown): number {
  if (typeof decision !== 'object' || decision === null) return 0;
  const amount: unknown = Reflect.get(decision, 'amountFen');
  return typeof amount === 'number' ? amount : 0;
}

/** The program name a stored decision carries, if any. */
export function decisionProgramName(decision: unknown): Bilingual | null {
  if (typeof decision !== 'object' || decision === null) return null;
  const name: unknown = Reflect.get(decision, 'programName');
  if (typeof name !== 'object' || name === null) return null;
  const zh: unknown = Reflect.get(name, 'zh');
  const en: unknown = Reflect.get(name, 'en');
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : null;
}

export const sendCode = (phone: string) => api.post<{ expiresInSeconds: number }>('/auth/worker/code', { phone });

/** Signs in with phone and code and remembers the CSRF token of the new session. */
export async function workerLogin(phone: string, code: string): Promise<Me> {
  const me = await request<Me>('POST', '/auth/worker/login', { body: { phone, code }, redirectOn401: false });
  setCsrfToken(me.csrfToken);
  return me;
}

/** src/http/schemas/bindings.ts `BindingStateSchema`: a binding request's state, nothing of the record. */
export type BindingState = ResponseOf<'/auth/worker/binding', 'get'>;
export type BindingRequest = NonNullable<BindingState['request']>;

/** Files a binding request; the answer is "received" whether or not a record matched (decision 105). */
export const requestBinding = (idNumber: string, name: string, note: string) =>
  api.post<{ received: true; request: BindingRequest }>('/auth/worker/bind', {
    idNumber,
    name,
    ...(note.trim() ? { note: note.trim() } : {}),
  });
export const myBinding = () => api.get<BindingState>('/auth/worker/binding');
export const myPerson = () => api.get<Person>('/me/person');
export const myEntitlements = () => api.get<Entitlements>('/me/entitlements');
/** The list on my record and the answers this phone kept (POST /me/entitlements, nothing stored). */
export const myEntitlementsWith = (facts: Record<string, unknown>) => api.post<Entitlements>('/me/entitlements', { facts });
/** One program on my record and the answers so far, nothing stored (POST /me/entitlements/check). */
export const checkEntitlement = (programId: string, facts: Record<string, unknown>) =>
  api.post<{ asOf: string; entitlement: Entitlement }>('/me/entitlements/check', { programId, facts });
export const programs = () => api.get<{ items: CatalogueProgram[] }>('/policy/programs');
export const division = (code: string) => api.get<DivisionDetail>(`/regions/${code}`);
export const myClaims = () => api.get<Paged<Claim>>('/me/claims', { page: 1, pageSize: 50 });
export const submitClaim = (programId: string, facts: Record<string, unknown>) => api.post<Claim>('/claims', { programId, facts });
export const askReconsideration = (id: string, reason: string) => api.post<Claim>(`/claims/${id}/reconsideration`, { reason });

/** Uploads one evidence file (multipart field "file"). */
export function uploadEvidence(claimId: string, file: File): Promise<Claim> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Claim>(`/claims/${claimId}/evidence`, form);
}

/** Integer fen as yuan: whole yuan without decimals, otherwise two decimals. */
export function yuanText(fen: number): string {
  const digits = fen % 100 === 0 ? 0 : 2;
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A fact label without the "(fen)" unit note: the worker types and reads yuan. */
export function plainLabel(label: string): string {
  return label.replace(/[（(]分[）)]|\s*\(fen\)/g, '');
}
