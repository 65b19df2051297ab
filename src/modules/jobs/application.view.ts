/** Applications as they leave the module. */
import type { JobApplicationRow } from './jobs.table.js';
import type { ApplicationStatus, RejectReason } from './application.js';

export interface ApplicationView {
  id: string;
  postingId: string;
  personId: string;
  status: ApplicationStatus;
  rejectReason: RejectReason | null;
  referred: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  postingTitle?: string;
  personName?: string;
}

export function toApplicationView(r: JobApplicationRow, extra: { postingTitle?: string; personName?: string } = {}): ApplicationView {
  return {
    id: r.id,
    postingId: r.posting_id,
    personId: r.person_id,
    status: r.status as ApplicationStatus,
    rejectReason: r.reject_reason as RejectReason | null,
    referred: r.referred_by !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
    ...extra,
  };
}
