/** The worker's own labour-sharing agreements and answer (src/http/routes/sharing.ts). */
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/schema';

export type SharedAgreement = ResponseOf<'/sharing/agreements/{id}', 'get'>;

export const myAgreements = () => api.get<{ items: SharedAgreement[] }>('/sharing/agreements', { pageSize: 50 });
export const answerAgreement = (id: string, answer: 'consent' | 'decline') =>
  api.post<SharedAgreement>(`/sharing/agreements/${id}/answer`, { answer });
