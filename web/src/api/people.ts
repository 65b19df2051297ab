/** Calls of the people module (src/http/routes/people.ts, exports.ts). */
import { api, requestBlob, saveBlob } from './client';
import type { BodyOf } from './schema';
import type { AuditEntry, Education, Person, PersonInput, PersonPage, PersonRecords, RevealableField, Sex } from './types';

export interface PersonQuery {
  q?: string;
  hukouCode?: string;
  residenceCode?: string;
  employmentCode?: string;
  insuredCode?: string;
  povertyRegistered?: boolean;
  dibao?: boolean;
  sex?: Sex;
  education?: Education;
  ageMin?: number;
  ageMax?: number;
}

export const searchPeople = (query: PersonQuery, page: number, pageSize: number) =>
  api.get<PersonPage>('/people', { ...query, page, pageSize });
export const getPerson = (id: string) => api.get<Person>(`/people/${id}`);
export const createPerson = (body: PersonInput) => api.post<Person>('/people', body);
/** The edit body: `keep` names the personal numbers the form showed masked and leaves as stored. */
export type PersonUpdate = BodyOf<'/people/{id}', 'put'>;
export const updatePerson = (id: string, body: PersonUpdate) => api.put<Person>(`/people/${id}`, body);
export const revealPerson = (id: string, field: RevealableField) =>
  api.post<{ field: string; value: string | null }>(`/people/${id}/reveal`, { field });
export const personHistory = (id: string) => api.get<{ items: AuditEntry[] }>(`/people/${id}/history`);
export const personRecords = (id: string) => api.get<PersonRecords>(`/people/${id}/records`);

/** Downloads the masked export of the current search. */
export async function exportPeople(query: PersonQuery): Promise<void> {
  const { blob, fileName } = await requestBlob('/people/export', { ...query });
  saveBlob(blob, fileName ?? 'people.xlsx');
}
