/** Calls and types of the unemployment register (src/http/routes/unemployment.ts, decision 143). */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';
import type { Paged } from './types';

export const registrationStatuses = ['registered', 'receiving_services', 'employed', 'deregistered'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
export const placeKinds = ['hukou', 'residence', 'employment', 'insured'] as const;
export type PlaceKind = (typeof placeKinds)[number];
export const deregistrationReasons = ['moved_away', 'stopped_seeking', 'enrolled_in_education', 'retired', 'deceased', 'other'] as const;
export type DeregistrationReason = (typeof deregistrationReasons)[number];

export type Registration = ResponseOf<'/unemployment/registrations/{id}', 'get'>;

const base = '/unemployment/registrations';
export const listRegistrations = (q: { status?: RegistrationStatus; page: number; pageSize: number }) =>
  api.get<Paged<Registration>>(base, q);
export const getRegistration = (id: string) => api.get<Registration>(`${base}/${id}`);
export const registerUnemployed = (body: BodyOf<'/unemployment/registrations', 'post'>) => api.post<Registration>(base, body);
export const startServices = (id: string, version: number) => api.post<Registration>(`${base}/${id}/services`, { version });
export const transferRegistration = (id: string, version: number, placeKind: PlaceKind) =>
  api.post<Registration>(`${base}/${id}/transfer`, { version, placeKind });
export const markEmployed = (id: string, body: { version: number; onDate?: string; employer?: string }) =>
  api.post<Registration>(`${base}/${id}/employed`, body);
export const deregister = (id: string, body: { version: number; reason: DeregistrationReason; note?: string }) =>
  api.post<Registration>(`${base}/${id}/deregister`, body);
