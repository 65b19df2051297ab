/** Calls and types of assistance cases (src/http/routes/assistance.ts, decisions 156–159). */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';
import type { Paged } from './types';

export type AssistanceCase = ResponseOf<'/assistance/cases/{id}', 'get'>;
export type CaseSummary = ResponseOf<'/assistance/cases', 'get'>['items'][number];
export type OverdueItem = ResponseOf<'/assistance/overdue', 'get'>['items'][number];
export type Reminder = ResponseOf<'/assistance/reminders', 'get'>['items'][number];
export type CaseRecommendation = ResponseOf<'/assistance/cases/{id}/recommendations', 'get'>['items'][number];
export type CaseBenefits = ResponseOf<'/assistance/cases/{id}/benefits', 'get'>;
export type StepBody = BodyOf<'/assistance/cases/{id}/steps', 'post'>;
export type StepKind = StepBody['kind'];
export type Requirement = AssistanceCase['plan'][number]['requirement'];
export type Category = AssistanceCase['derivedCategories'][number];

/** Kinds an officer records by hand (a job referral is made from the recommendations). */
export const recordableKinds = [
  'first_contact',
  'career_guidance',
  'training_offer',
  'entrepreneurship_offer',
  'welfare_post_referral',
  'follow_up',
] as const satisfies readonly StepKind[];
export const recordedCategories = ['long_term_unemployed', 'disabled', 'older_worker'] as const;

const base = '/assistance/cases';
export const listCases = (q: { mine?: boolean; status?: 'open' | 'closed'; page: number; pageSize: number }) =>
  api.get<Paged<CaseSummary>>(base, q);
export const getCase = (id: string) => api.get<AssistanceCase>(`${base}/${id}`);
export const recordStep = (id: string, body: StepBody) => api.post<AssistanceCase>(`${base}/${id}/steps`, body);
export const setCategories = (id: string, body: BodyOf<'/assistance/cases/{id}/categories', 'put'>) =>
  api.put<AssistanceCase>(`${base}/${id}/categories`, body);
export const caseRecommendations = (id: string) => api.get<{ items: CaseRecommendation[] }>(`${base}/${id}/recommendations`, { limit: 10 });
export const referFromCase = (id: string, postingId: string) => api.post<AssistanceCase>(`${base}/${id}/referrals`, { postingId });
export const caseBenefits = (id: string) => api.get<CaseBenefits>(`${base}/${id}/benefits`);
export const listOverdue = (mine: boolean) => api.get<{ items: OverdueItem[] }>('/assistance/overdue', mine ? { mine } : {});
export const listReminders = () => api.get<{ items: Reminder[] }>('/assistance/reminders');
