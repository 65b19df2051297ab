/**
 * Calls and types of the jobs routes (src/http/routes/jobs.ts, src/http/schemas/jobs.ts), shared by
 * the staff and employer pages and the worker's phone pages (type-only imports: nothing heavy).
 */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';

export type Posting = ResponseOf<'/jobs/postings/{id}', 'get'>;
export type PostingInput = BodyOf<'/jobs/postings', 'post'>;
export type Recommendation = ResponseOf<'/jobs/recommendations', 'get'>['items'][number];
export type Candidate = ResponseOf<'/jobs/postings/{id}/candidates', 'get'>['items'][number];
export type Application = ResponseOf<'/jobs/applications/{id}', 'get'>;
export type ReserveGroup = ResponseOf<'/jobs/reserve', 'get'>['groups'][number];
export type ReservePoint = ResponseOf<'/jobs/reserve/over-time', 'get'>['points'][number];
export type JobMessage = ResponseOf<'/jobs/messages', 'get'>['items'][number];
export type StepEvent = BodyOf<'/jobs/applications/{id}/steps', 'post'>['event'];

export const jobsApi = {
  recommendations: (limit = 20) => api.get<{ items: Recommendation[] }>('/jobs/recommendations', { limit }),
  postings: (query: { status?: string; place?: string; occupation?: string; q?: string; page?: number; pageSize?: number } = {}) =>
    api.get<{ items: Posting[]; total: number }>('/jobs/postings', query),
  posting: (id: string) => api.get<Posting>(`/jobs/postings/${id}`),
  create: (body: PostingInput) => api.post<Posting>('/jobs/postings', body),
  refresh: (id: string, version: number) => api.post<Posting>(`/jobs/postings/${id}/refresh`, { version }),
  close: (id: string, version: number) => api.post<Posting>(`/jobs/postings/${id}/close`, { version }),
  release: (id: string, version: number, note?: string) =>
    api.post<Posting>(`/jobs/postings/${id}/release`, { version, ...(note ? { note } : {}) }),
  reject: (id: string, version: number, note: string) => api.post<Posting>(`/jobs/postings/${id}/reject`, { version, note }),
  screening: () => api.get<{ items: Posting[]; total: number }>('/jobs/screening'),
  reserve: (by: 'region' | 'occupation' | 'sector') => api.get<{ groups: ReserveGroup[] }>('/jobs/reserve', { by }),
  overTime: (months = 12) => api.get<{ points: ReservePoint[] }>('/jobs/reserve/over-time', { months }),
  apply: (id: string) => api.post<Application>(`/jobs/postings/${id}/apply`, {}),
  applicants: (id: string) => api.get<{ items: Application[] }>(`/jobs/postings/${id}/applications`),
  applications: () => api.get<{ items: Application[] }>('/jobs/applications'),
  step: (id: string, event: StepEvent, version: number, reason?: string) =>
    api.post<Application>(`/jobs/applications/${id}/steps`, { event, version, ...(reason ? { reason } : {}) }),
  messages: () => api.get<{ items: JobMessage[] }>('/jobs/messages'),
};

/** ¥1,234 (whole yuan) or ¥12.50 from fen. */
export function yuanOf(fen: number): string {
  const whole = Math.floor(fen / 100).toLocaleString('en-US');
  return fen % 100 === 0 ? `¥${whole}` : `¥${whole}.${String(fen % 100).padStart(2, '0')}`;
}

export const periodWords: Record<string, { zh: string; en: string }> = {
  month: { zh: '/月', en: '/month' },
  day: { zh: '/天', en: '/day' },
  hour: { zh: '/小时', en: '/hour' },
  piece: { zh: '/件', en: '/piece' },
};

/** "¥4,800–¥6,500/月". */
export function payText(p: Pick<Posting, 'payMinFen' | 'payMaxFen' | 'payPeriod'>, lang: 'zh' | 'en'): string {
  const range = p.payMinFen === p.payMaxFen ? yuanOf(p.payMinFen) : `${yuanOf(p.payMinFen)}–${yuanOf(p.payMaxFen)}`;
  return `${range}${periodWords[p.payPeriod]?.[lang] ?? ''}`;
}
