/** Calls of the enterprises module (src/http/routes/enterprises.ts) and the industry catalogue. */
import { api, request } from './client';
import type { AuditEntry, Enterprise, EnterpriseInput, EnterpriseSize, Industry, Paged } from './types';

export interface EnterpriseQuery {
  name?: string;
  creditCode?: string;
  industry?: string;
  addressPrefix?: string;
  size?: EnterpriseSize;
  arrears?: boolean;
}

export const listEnterprises = (query: EnterpriseQuery, page: number, pageSize: number) =>
  api.get<Paged<Enterprise>>('/enterprises', { ...query, page, pageSize });
export const getEnterprise = (id: string) => api.get<Enterprise>(`/enterprises/${id}`);
export const createEnterprise = (body: EnterpriseInput) => api.post<Enterprise>('/enterprises', body);
export const updateEnterprise = (id: string, body: EnterpriseInput & { version: number }) =>
  api.put<Enterprise>(`/enterprises/${id}`, body);
export const flagArrears = (id: string, body: { reason: string; date: string }) => api.post<Enterprise>(`/enterprises/${id}/arrears`, body);
export const unflagArrears = (id: string, body: { reason: string }) =>
  request<Enterprise>('DELETE', `/enterprises/${id}/arrears`, { body });
export const revealContact = (id: string) => api.post<{ contactPhone: string | null }>(`/enterprises/${id}/reveal`);
export const enterpriseHistory = (id: string) => api.get<{ items: AuditEntry[] }>(`/enterprises/${id}/history`);
export const searchIndustries = (q: string) => api.get<Paged<Industry>>('/industries', { q, page: 1, pageSize: 30 });
