/**
 * The kernel's face: what every module builds on — the unit of work (transaction + audit + outbox +
 * refusals), the workflow engine (transition tables as data), timers, the background runner and
 * the working-day calendar. The jurisdiction layer lives beside the SQL, in src/db/scope.ts.
 */
export { createUnitOfWork, uniqueViolation, type UniqueRefusals, type UnitOfWork, type Work, type WriteOptions } from './unit-of-work.js';
export {
  defineWorkflow,
  eventsFrom,
  nextState,
  planStep,
  rulesFromMap,
  type Step,
  type TransitionRule,
  type Workflow,
  type WorkflowSpec,
} from './workflow.js';
export { createWorkflowEngine, type StepWork, type TransitionInput, type Transitioned, type WorkflowEngine } from './workflow.service.js';
export {
  createTimersService,
  MAX_TIMER_ATTEMPTS,
  type Timer,
  type TimerHandler,
  type TimersService,
  type TimerWork,
} from './timers.service.js';
export { createRunner, newRunnerId, type Runner, type RunnerTasks } from './runner.js';
export { addWorkingDays, isWorkingDay, MAX_WORKING_DAYS, type CalendarEntry, type CalendarKind } from './calendar.js';
export { createCalendarService, type CalendarService } from './calendar.service.js';
export { backoffMs, errorText } from './backoff.js';
export { createMaintenance, MAINTENANCE_KIND, type Maintenance, type MaintenanceTask } from './maintenance.js';
export { createNumbering, type Numbering, type NumberingOptions, type NumberRequest } from './numbering.service.js';
export { formatNumber, numberingPlace, placeLabel, shortPlaceName } from './numbering.js';
export { currentSequence } from './numbering.repository.js';
