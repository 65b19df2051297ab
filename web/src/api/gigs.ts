/**
 * Calls and types of the gig routes (src/http/routes/gigs.ts, src/http/schemas/gigs.ts), shared by the
 * employer portal, the staff pages and the worker's phone pages (type-only imports: nothing heavy).
 */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';

export type GigTask = ResponseOf<'/gigs/tasks/{id}', 'get'>;
export type GigTaskInput = BodyOf<'/gigs/tasks', 'post'>;
export type GigSignup = ResponseOf<'/gigs/tasks/{id}/signups', 'get'>[number];
export type MyGig = ResponseOf<'/gigs/my-signups', 'get'>[number];
export type GigReport = ResponseOf<'/gigs/reports', 'get'>[number];
export type GigMarket = ResponseOf<'/gigs/market', 'get'>;
export type ReportReason = BodyOf<'/gigs/signups/{id}/report', 'post'>['reason'];
export type ReportAction = BodyOf<'/gigs/reports/{id}/act', 'post'>['action'];
type Step = 'withdraw' | 'confirm' | 'decline' | 'accept';

export const gigsApi = {
  tasks: (query: { status?: 'open' | 'closed' | 'cancelled'; place?: string; page?: number; pageSize?: number } = {}) =>
    api.get<{ items: GigTask[]; total: number }>('/gigs/tasks', query),
  task: (id: string) => api.get<GigTask>(`/gigs/tasks/${id}`),
  create: (body: GigTaskInput) => api.post<GigTask>('/gigs/tasks', body),
  close: (id: string, version: number) => api.post<GigTask>(`/gigs/tasks/${id}/close`, { version }),
  cancel: (id: string, version: number) => api.post<GigTask>(`/gigs/tasks/${id}/cancel`, { version }),
  signups: (id: string) => api.get<GigSignup[]>(`/gigs/tasks/${id}/signups`),
  signUp: (id: string) => api.post<GigSignup>(`/gigs/tasks/${id}/signups`, {}),
  confirmInOrder: (id: string) => api.post<GigSignup[]>(`/gigs/tasks/${id}/confirm-in-order`, {}),
  mine: () => api.get<MyGig[]>('/gigs/my-signups'),
  step: (id: string, event: Step, version: number) => api.post<GigSignup>(`/gigs/signups/${id}/${event}`, { version }),
  record: (id: string, version: number, daysWorked: number, paidFen: number) =>
    api.post<GigSignup>(`/gigs/signups/${id}/record`, { version, daysWorked, paidFen }),
  dispute: (id: string, version: number, reason: string) => api.post<GigSignup>(`/gigs/signups/${id}/dispute`, { version, reason }),
  rate: (id: string, score: number, comment?: string) =>
    api.post<GigSignup>(`/gigs/signups/${id}/rating`, { score, ...(comment ? { comment } : {}) }),
  report: (id: string, reason: ReportReason, detail: string) => api.post<{ id: string }>(`/gigs/signups/${id}/report`, { reason, detail }),
  reports: (status?: 'open' | 'noted' | 'warned' | 'suspended') => api.get<GigReport[]>('/gigs/reports', status ? { status } : {}),
  act: (id: string, action: ReportAction, note: string, version: number) =>
    api.post<{ id: string; status: string }>(`/gigs/reports/${id}/act`, { action, note, version }),
  market: () => api.get<GigMarket>('/gigs/market'),
  history: () => api.get<MyGig[]>('/gigs/my-history'),
  /** The download links (the browser fetches them with the session cookie). */
  myHistoryFile: '/api/v1/gigs/my-history/export',
  personHistoryFile: (personId: string) => `/api/v1/gigs/people/${personId}/history/export`,
};

/** ¥150 or ¥144.80 from fen. */
export function gigYuan(fen: number): string {
  const whole = Math.floor(fen / 100).toLocaleString('en-US');
  return fen % 100 === 0 ? `¥${whole}` : `¥${whole}.${String(fen % 100).padStart(2, '0')}`;
}
