/** Calls of the regions module (src/http/routes/regions.ts). */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';
import type { Designation, DesignationKind, Division, DivisionDetail, DivisionLevel, Paged } from './types';

export const searchDivisions = (query: { q?: string; level?: DivisionLevel; parent?: string; page?: number; pageSize?: number }) =>
  api.get<Paged<Division>>('/regions', { page: 1, pageSize: 20, ...query });

export const getDivision = (code: string) => api.get<DivisionDetail>(`/regions/${code}`);

/** Names of many divisions with their ancestors' (province first); unknown codes are left out. */
export const getPlaceNames = (codes: readonly string[]) =>
  api.get<ResponseOf<'/regions/names', 'get'>>('/regions/names', { codes: codes.join(',') });

export const listDesignations = (query: { code?: string; kind?: DesignationKind; page: number; pageSize: number }) =>
  api.get<Paged<Designation>>('/priority-designations', query);

export type NewDesignation = BodyOf<'/priority-designations', 'post'>;

export const addDesignation = (body: NewDesignation) => api.post<Designation>('/priority-designations', body);
export const closeDesignation = (id: string, body: BodyOf<'/priority-designations/{id}/close', 'post'>) =>
  api.post<Designation>(`/priority-designations/${id}/close`, body);
