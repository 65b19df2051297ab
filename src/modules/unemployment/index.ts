/**
 * The unemployment module's face (issue 10): the unemployment register at any of a person's four
 * places (O61-3.2). Assistance cases, wage-arrears complaints and rapid response will join it.
 */
export { unemploymentErrors } from './unemployment.errors.js';
export { unemploymentPermissions } from './unemployment.permissions.js';
export { createUnemploymentService, type UnemploymentService } from './registration.service.js';
export type { RegistrantReader, RegistrationFollower, RegistrationOpening, RegistrationStep } from './registration.port.js';
export {
  deregistrationReasons,
  placeKinds,
  placeLabels,
  registrationStates,
  type PlaceKind,
  type RegistrationStatus,
} from './registration.js';
export type { RegistrationEvent, RegistrationView } from './registration.view.js';
