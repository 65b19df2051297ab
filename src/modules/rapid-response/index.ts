/**
 * The rapid-response module's face (issue 10, point 4; O61-3.1): events (a mass lay-off, a closure,
 * an epidemic, a disaster) with their departments' tasks, the affected workers and what each was
 * offered and took up.
 */
export { rapidResponseErrors } from './response.errors.js';
export { rapidResponsePermissions } from './response.permissions.js';
export { createRapidResponseService, type RapidResponseService, type EventInput, type AddOutcome } from './response.service.js';
export { TIMER_TASK_OVERDUE } from './task.service.js';
export { workerColumns } from './response.import.js';
export type { ResponseEnterprises, ResponseOffers, ResponsePeople, ResponseUsers } from './response.port.js';
export {
  eventKinds,
  offerKinds,
  offerStates,
  taskDepartments,
  taskStates,
  eventTemplates,
  homeTemplates,
  type EventKind,
  type OfferKind,
  type OfferStatus,
  type TaskDepartment,
  type TaskStatus,
} from './response.js';
export type { EventSummary, EventView, OfferView, TaskView, WorkerView, DepartmentProgress } from './response.view.js';
export type { Access } from './response.policy.js';
