/** The employer portal's calls (src/http/routes/enterprises.ts, /employer/…) and its claims (GET /claims). */
import { api } from '../../api/client';
import type { Paged } from '../../api/types';
import type { ResponseOf } from '../../api/schema';

export type MyEnterprise = ResponseOf<'/employer/enterprise', 'get'>;
export type Employee = ResponseOf<'/employer/people', 'get'>['items'][number];

export const getMyEnterprise = () => api.get<MyEnterprise>('/employer/enterprise');
export const listEmployees = (q: string, page: number, pageSize: number) =>
  api.get<Paged<Employee>>('/employer/people', { ...(q ? { q } : {}), page, pageSize });
export const updateContacts = (body: { version: number; contactName: string | null; contactPhone: string | null }) =>
  api.put<MyEnterprise>('/employer/enterprise/contacts', body);

/**
 * Programs an enterprise claims for its workers (the catalogue has no subject field yet; the server
 * decides in any case, and refuses a claim the employer may not lodge).
 */
export const EMPLOYER_PROGRAMS: readonly string[] = ['on-the-job-training'];
