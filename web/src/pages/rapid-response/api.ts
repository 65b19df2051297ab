/** Calls and types of rapid response (src/http/routes/rapid-response.ts; decisions 174-176). */
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/schema';
import type { Paged } from '../../api/types';

export const eventKinds = ['layoff', 'closure', 'epidemic', 'disaster'] as const;
export type EventKind = (typeof eventKinds)[number];
export const taskStatuses = ['open', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export type RrEvent = ResponseOf<'/rapid-response/events/{id}', 'get'>;
export type RrEventSummary = ResponseOf<'/rapid-response/events', 'get'>['items'][number];
export type RrTask = RrEvent['tasks'][number];
export type RrWorker = RrEvent['workers'][number];
export type RrOffer = RrWorker['offers'][number];
export type AddOutcome = ResponseOf<'/rapid-response/events/{id}/workers', 'post'>;

const base = '/rapid-response';
export const listEvents = (page: number, pageSize: number) => api.get<Paged<RrEventSummary>>(`${base}/events`, { page, pageSize });
export const getEvent = (id: string) => api.get<RrEvent>(`${base}/events/${id}`);
export const createEvent = (body: BodyOf<'/rapid-response/events', 'post'>) => api.post<RrEvent>(`${base}/events`, body);
export const reportLayoff = (body: BodyOf<'/employer/layoffs', 'post'>) => api.post<RrEvent>('/employer/layoffs', body);
export const addWorkers = (id: string, personIds: string[]) => api.post<AddOutcome>(`${base}/events/${id}/workers`, { personIds });
export function importWorkers(id: string, file: File): Promise<AddOutcome> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<AddOutcome>(`${base}/events/${id}/workers/import`, form);
}
export const listTasks = (q: { status?: TaskStatus; page: number; pageSize: number }) => api.get<Paged<RrTask>>(`${base}/tasks`, q);
export const taskStep = (id: string, step: 'start' | 'complete', body: { version: number; note?: string }) =>
  api.post<RrTask>(`${base}/tasks/${id}/${step}`, body);
export const offerStep = (id: string, step: 'take-up' | 'decline' | 'register', body: { version: number; note?: string }) =>
  api.post<RrOffer>(`${base}/offers/${id}/${step}`, body);
