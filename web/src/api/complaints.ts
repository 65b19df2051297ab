/** Calls and types of wage-arrears complaints and legal-aid referrals (src/http/routes/complaints.ts, decisions 145–149). */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';
import type { Paged } from './types';

export const complaintStatuses = [
  'filed',
  'accepted',
  'investigating',
  'mediated',
  'transferred',
  'resolved',
  'closed',
  'rejected',
] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];
export const referralStatuses = ['referred', 'accepted', 'concluded', 'declined'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export type Complaint = ResponseOf<'/complaints/{id}', 'get'>;
export type Referral = ResponseOf<'/legal-aid/referrals/{id}', 'get'>;
export type FileComplaintBody = BodyOf<'/complaints', 'post'>;
export type Deadlines = ResponseOf<'/complaints/settings', 'get'>;
export type SimpleStep = 'investigate' | 'mediate' | 'transfer' | 'close';

const base = '/complaints';
export const listComplaints = (q: { status?: ComplaintStatus; overdue?: boolean; page: number; pageSize: number }) =>
  api.get<Paged<Complaint>>(base, q);
export const getComplaint = (id: string) => api.get<Complaint>(`${base}/${id}`);
export const fileComplaint = (body: FileComplaintBody) => api.post<Complaint>(base, body);
export const acceptComplaint = (id: string, version: number) => api.post<Complaint>(`${base}/${id}/accept`, { version });
export const rejectComplaint = (id: string, version: number, reason: string) =>
  api.post<Complaint>(`${base}/${id}/reject`, { version, reason });
export const complaintStep = (id: string, step: SimpleStep, version: number, note?: string) =>
  api.post<Complaint>(`${base}/${id}/${step}`, { version, ...(note ? { note } : {}) });
export const resolveComplaint = (id: string, body: BodyOf<'/complaints/{id}/resolve', 'post'>) =>
  api.post<Complaint>(`${base}/${id}/resolve`, body);
export const flagEmployer = (id: string, body: { reason: string; date: string }) =>
  api.post<Complaint>(`${base}/${id}/flag-employer`, body);
export const referToLegalAid = (id: string, body: { personIds?: string[]; note: string }) =>
  api.post<Referral>(`${base}/${id}/legal-aid`, body);
export function uploadComplaintEvidence(id: string, file: File): Promise<Complaint> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<Complaint>(`${base}/${id}/evidence`, form);
}

export const getDeadlines = () => api.get<Deadlines>(`${base}/settings`);
export const putDeadlines = (body: Deadlines) => api.put<Deadlines>(`${base}/settings`, body);

export const listReferrals = (q: { status?: ReferralStatus; page: number; pageSize: number }) =>
  api.get<Paged<Referral>>('/legal-aid/referrals', q);
export const actOnReferral = (id: string, event: 'accept' | 'decline' | 'conclude', version: number, note?: string) =>
  api.post<Referral>(`/legal-aid/referrals/${id}/${event}`, { version, ...(note ? { note } : {}) });
