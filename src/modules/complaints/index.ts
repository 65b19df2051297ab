/**
 * The complaints module's face (issue 10, point 3; O61-3.5): wage-arrears complaints filed by a worker
 * or an officer, alone or as a group, worked to resolution on the kernel's workflow with working-day
 * deadlines, evidence, legal-aid referrals to the justice department, and the employer's
 * malicious-arrears flag through the enterprises module.
 */
import type { Deps } from '../deps.js';
import type { BlobStore } from '../blobs/index.js';
import { createComplaintContext, type ComplaintKernel } from './complaint.context.js';
import { createFilingService } from './complaint.service.js';
import { createComplaintSteps } from './complaint.steps.js';
import { createComplaintDeadlines } from './complaint.deadlines.js';
import { createComplaintEvidence } from './complaint.evidence.js';
import { createLegalAidService } from './legal-aid.service.js';
import type { ComplaintPorts } from './complaint.port.js';

export { complaintsErrors } from './complaints.errors.js';
export { complaintsPermissions } from './complaints.permissions.js';
export { complaintStates, referralStates, DEFAULT_DEADLINES, type ComplaintStatus, type ReferralStatus } from './complaint.js';
export type { ComplaintPorts, ComplaintPeople, ComplaintEnterprises } from './complaint.port.js';
export type { ComplaintKernel, ComplaintCalendar } from './complaint.context.js';
export type { ComplaintView, ReferralView } from './complaint.view.js';
export type { FileInput } from './complaint.input.js';
export { TIMER_ACCEPT, TIMER_CONCLUDE } from './complaint.context.js';

/** The complaints service: filing and reading, the steps, evidence, legal aid and the deadlines. */
export function createComplaintsService(deps: Deps, kernel: ComplaintKernel, ports: ComplaintPorts, blobs: BlobStore) {
  const ctx = createComplaintContext(deps, kernel, ports);
  return {
    ...createFilingService(ctx),
    steps: createComplaintSteps(ctx),
    deadlines: createComplaintDeadlines(ctx),
    evidence: createComplaintEvidence(ctx, blobs),
    legalAid: createLegalAidService(ctx),
  };
}

export type ComplaintsService = ReturnType<typeof createComplaintsService>;
