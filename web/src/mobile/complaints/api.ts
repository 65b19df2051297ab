/** The worker's own wage-arrears complaints (src/http/routes/complaints.ts, /me/complaints). */
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/schema';
import type { Complaint } from '../../api/complaints';

export type Prefill = ResponseOf<'/me/complaints/prefill', 'get'>;

export const myComplaints = () => api.get<{ items: Complaint[]; total: number }>('/me/complaints');
export const myPrefill = () => api.get<Prefill>('/me/complaints/prefill');
export const fileMine = (body: BodyOf<'/me/complaints', 'post'>) => api.post<Complaint>('/me/complaints', body);
export function addEvidence(id: string, file: File): Promise<Complaint> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<Complaint>(`/complaints/${id}/evidence`, form);
}
