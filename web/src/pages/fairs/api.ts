/** Calls of the job-fair pages (src/http/routes/fairs.ts). */
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/schema';

export type Fair = ResponseOf<'/fairs', 'get'>['items'][number];
export type FairDetail = ResponseOf<'/fairs/{id}', 'get'>;
export type FairEmployer = FairDetail['employers'][number];
export type FairRegistration = ResponseOf<'/fairs/{id}/registrations', 'get'>['items'][number];
export type FairCounts = ResponseOf<'/fairs/{id}/counts', 'get'>;
export type FairInput = BodyOf<'/fairs', 'post'>;

export const fairKinds = ['onsite', 'online', 'both'] as const;
export const targetGroups = ['poor_labourers', 'returning_migrants', 'relocated', 'unemployed', 'graduates'] as const;
export const countKeys = ['registered', 'checkedIn', 'onlineVisitors', 'employers', 'postings', 'applications', 'hires'] as const;

export const fairsApi = {
  list: () => api.get<{ items: Fair[] }>('/fairs'),
  get: (id: string) => api.get<FairDetail>(`/fairs/${id}`),
  create: (body: FairInput) => api.post<Fair>('/fairs', body),
  counts: (id: string) => api.get<FairCounts>(`/fairs/${id}/counts`),
  registrations: (id: string) => api.get<{ items: FairRegistration[] }>(`/fairs/${id}/registrations`),
  invite: (id: string, enterpriseId: string, booth: string | null) =>
    api.post<{ items: FairEmployer[] }>(`/fairs/${id}/employers`, { enterpriseId, booth }),
  approve: (id: string, enterpriseId: string, booth: string | null) =>
    api.post<{ items: FairEmployer[] }>(`/fairs/${id}/employers/${enterpriseId}/approve`, { booth }),
  door: (id: string, idNumber: string, name: string) => api.post<FairRegistration>(`/fairs/${id}/registrations`, { idNumber, name }),
  checkIn: (id: string, code: string) => api.post<FairRegistration>(`/fairs/${id}/check-in`, { code }),
  join: (id: string) => api.post<{ items: FairEmployer[] }>(`/fairs/${id}/join`, {}),
  bring: (id: string, postingIds: string[]) => api.put<{ items: FairEmployer[] }>(`/fairs/${id}/postings`, { postingIds }),
};
