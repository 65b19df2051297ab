/** The worker's own labour-sharing agreements and answer (src/http/routes/sharing.ts). */
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/schema';

export type SharedAgreement = ResponseOf<'/sharing/agreements/{id}', 'get'>;

export const myAgreements = () => api.get<{ items: SharedAgreement[] }>('/sharing/agreements', { pageSize: 50 });
export const answerAgreement = (id: string, answer: 'consent' | 'decline') =>
  api.post<SharedAgreement>(`/sharing/agreements/${id}/answer`, { answer });

/** True while the agreement waits for this worker's own answer (the worker sees only their own entry). */
export function awaitsMyAnswer(item: SharedAgreement): boolean {
  const me = item.workers[0];
  return me?.consent === 'pending' && (item.status === 'awaiting_consent' || item.status === 'active');
}
