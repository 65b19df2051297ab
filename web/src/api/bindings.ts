/**
 * Calls and types of the binding-request routes (src/http/routes/worker-auth.ts,
 * src/http/schemas/bindings.ts): the officer's queue, confirm, reject and unbind (decision 105).
 */
import { api } from './client';
import type { BodyOf, QueryOf, ResponseOf } from './schema';
import type { Paged } from './types';

export const bindingStatuses = ['pending', 'confirmed', 'rejected', 'withdrawn'] as const;
export type BindingStatus = (typeof bindingStatuses)[number];

/** `BindingRequestStaffSchema`: what the worker submitted (masked) and the matched record (masked). */
export type BindingRequest = ResponseOf<'/bindings/{id}/confirm', 'post'>;

export const listBindings = (query: QueryOf<'/bindings', 'get'>) => api.get<Paged<BindingRequest>>('/bindings', query);
export const confirmBinding = (id: string) => api.post<BindingRequest>(`/bindings/${id}/confirm`);
export const rejectBinding = (id: string, reason: string) => api.post<BindingRequest>(`/bindings/${id}/reject`, { reason });
export const unbindPerson = (body: BodyOf<'/bindings/unbind', 'post'>) =>
  api.post<ResponseOf<'/bindings/unbind', 'post'>>('/bindings/unbind', body);
