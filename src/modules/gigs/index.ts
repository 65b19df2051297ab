/**
 * The gigs module's face (issue 9 point 5, O61-1.3): gig tasks with a day rate checked against the
 * local minimum, sign-ups confirmed up to the headcount, completion records both sides confirm,
 * ratings, abuse reports, and a worker's portable gig history.
 */
export { createGigsServices, type GigsServices } from './gigs.services.js';
export type { GigsPorts } from './ports.js';
export {
  reportActions,
  reportReasons,
  reportStatuses,
  signupStatuses,
  taskStatuses,
  MAX_GIG_DAYS,
  MAX_HEADCOUNT,
  type ReportAction,
  type ReportReason,
  type ReportStatus,
  type SignupStatus,
  type TaskStatus,
} from './gig.js';
export type { MySignupView, ReportView, SignupView, TaskView } from './gig.view.js';
export type { TaskInput, TaskListQuery } from './task.service.js';
export type { HistoryItem } from './feedback.service.js';
export { TIMER_REMIND as GIG_REMINDER_TIMER } from './gig.notices.js';
export { gigsErrors } from './gigs.errors.js';
export { gigsPermissions } from './gigs.permissions.js';
