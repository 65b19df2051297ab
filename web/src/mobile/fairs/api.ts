/** Calls of the worker's job-fair pages (src/http/routes/fairs.ts). */
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/schema';

export type Fair = ResponseOf<'/fairs', 'get'>['items'][number];
export type FairDetail = ResponseOf<'/fairs/{id}', 'get'>;
export type FairRegistration = ResponseOf<'/me/fair-registrations', 'get'>['items'][number];

export const fairsApi = {
  upcoming: () => api.get<{ items: Fair[] }>('/fairs'),
  get: (id: string) => api.get<FairDetail>(`/fairs/${id}`),
  mine: () => api.get<{ items: FairRegistration[] }>('/me/fair-registrations'),
  register: (id: string) => api.post<FairRegistration>(`/fairs/${id}/register`, {}),
  apply: (id: string, postingId: string) => api.post<{ id: string }>(`/fairs/${id}/apply`, { postingId }),
};
