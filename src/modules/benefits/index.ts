/**
 * The benefits module's face: claims with their decisions, two-level review, the append-only
 * payment ledger, batches and reconciliation; and the ports it needs from people, enterprises and
 * the policy engine.
 */
export { benefitsErrors } from './benefits.errors.js';
export { benefitsPermissions } from './benefits.permissions.js';
export { createBenefitsServices, type BenefitsPortsInput, type BenefitsServices } from './benefits.services.js';
export { claimStatuses, reviewLevels, type Claim, type ClaimStatus, type ReviewLevel } from './claim.js';
export { statusForLevel } from './claim.js';
export { levelsOfRole } from './benefits.policy.js';
export { EVIDENCE_MAX_BYTES, sniffEvidenceType } from './evidence.js';
export type { BenefitsPorts, EnterpriseReader, PeopleReader, PersonPlace } from './people-port.js';
export type { BenefitsPolicy } from './policy-port.js';
