/**
 * The job-fairs module's face (issue 9 point 7; O61-1.1, O61-4.1): fairs online and on site, their
 * employers and postings, registrations with check-in, applications attributed to the fair, counts.
 */
import type { Deps } from '../deps.js';
import './fairs.errors.js';
import './fairs.permissions.js';
import { createFairService } from './fair.service.js';
import { createAttendService } from './attend.service.js';
import type { FairsPorts } from './ports.js';

export function createFairsServices(deps: Deps, ports: FairsPorts) {
  return { fairs: createFairService(deps, ports), attend: createAttendService(deps, ports) };
}

export type FairsServices = ReturnType<typeof createFairsServices>;
export type { FairsPorts, FairNotice } from './ports.js';
export {
  fairKinds,
  targetGroups,
  registrationChannels,
  CODE_LENGTH,
  MAX_FAIR_DAYS,
  TIMER_FAIR_REMINDER,
  type FairInput,
  type FairKind,
  type FairPhase,
  type TargetGroup,
} from './fair.js';
export type { FairCounts, FairDetail, FairEmployerView, FairPostingView, FairView, RegistrationView } from './fair.view.js';
export { fairsErrors } from './fairs.errors.js';
export { fairsPermissions } from './fairs.permissions.js';
