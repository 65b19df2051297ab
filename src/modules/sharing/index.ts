/**
 * The labour-sharing module's face (用工余缺调剂, issue 9 point 6, O61-1.3): offers and requests of
 * staff between firms, proposals with reasons, agreements with each worker's own consent.
 */
export { createSharingServices, type SharingServices } from './sharing.services.js';
export type { SharingPorts, SharingFirm } from './sharing.ports.js';
export {
  agreementStatuses,
  consentStatuses,
  listingSides,
  listingStatuses,
  parties,
  type AgreementInput,
  type AgreementStatus,
  type ConsentStatus,
  type ListingInput,
  type ListingSide,
  type ListingStatus,
  type Party,
} from './sharing.js';
export { PROPOSAL_WEIGHTS, type ProposalReason } from './sharing.match.js';
export type { AgreementView, ListingView, ProposalView, SharedWorkerView } from './sharing.view.js';
export { sharingErrors } from './sharing.errors.js';
export { sharingPermissions } from './sharing.permissions.js';
