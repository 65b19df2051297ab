/**
 * The jobs module's face: postings and their screening, the job reserve, matching with reasons,
 * applications and referrals, and job notices (issue 9).
 */
export { createJobsServices, type JobsServices } from './jobs.services.js';
export type { JobsPorts, JobsEnterprise } from './ports.js';
export type { JobSeeker, HireRecord } from './people-port.js';
export {
  contractKinds,
  payPeriods,
  postingStatuses,
  termCategories,
  type ContractKind,
  type PayPeriod,
  type PostingInput,
  type PostingStatus,
  type ScreeningFlag,
  type TermCategory,
  type MinimumWage,
} from './posting.js';
export {
  applicationStatuses,
  answerEvents,
  rejectReasons,
  type AnswerEvent,
  type ApplicationStatus,
  type RejectReason,
} from './application.js';
export { MATCH_WEIGHTS, sharedLevels, type Match, type Reason } from './matching.js';
export { distanceBetween, type Tier } from './distance.js';
export { belowMinimumMessage } from './posting.js';
export { NOTIFY_TOPIC, notice, type Notice } from './posting.service.js';
export type { PostingView, JobsSettings } from './posting.view.js';
export type { ApplicationView } from './application.view.js';
export type { MessageView } from './notify.js';
export { jobsErrors } from './jobs.errors.js';
export { jobsPermissions } from './jobs.permissions.js';
