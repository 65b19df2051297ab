/**
 * The assistance module's face (issue 10, point 2; O61-3.1): one case per unemployment registration,
 * opened and closed with it, with a service plan from the configurable standard, the steps officers
 * record, overdue items reminded by kernel timers, and referrals from the matching engine.
 */
import type { Deps } from '../deps.js';
import { createAssistanceService } from './case.service.js';
import { createCaseOpener } from './case.open.js';
import type { AssistancePorts } from './case.ports.js';

export { assistanceErrors } from './assistance.errors.js';
export { assistancePermissions } from './assistance.permissions.js';
export type { AssistancePorts, Entitlements, Recommendation } from './case.ports.js';
export type { AssistanceService, StepInput } from './case.service.js';
export type { CaseOpener } from './case.open.js';
export { TIMER_ITEM_OVERDUE, DEFAULT_STANDARD, standardFrom } from './case.open.js';
export {
  caseStatuses,
  categories,
  itemState,
  planFor,
  recordedCategories,
  requirements,
  stepKinds,
  type Category,
  type ItemState,
  type Requirement,
  type ServiceStandard,
  type StepKind,
} from './case.js';
export type { CaseSummaryView, CaseView, PlanItemView, StepView } from './case.view.js';

/** The module's services: the case use cases and the follower the unemployment register calls. */
export function createAssistanceServices(deps: Deps, ports: AssistancePorts) {
  const opener = createCaseOpener(deps, ports);
  return { cases: createAssistanceService(deps, ports), follower: opener.follower, openMissing: opener.openMissing };
}

export type AssistanceServices = ReturnType<typeof createAssistanceServices>;
