/** Builds labour sharing's services from its ports (wired in src/modules/services.ts). */
import type { Deps } from '../deps.js';
import './sharing.errors.js';
import './sharing.permissions.js';
import { createListingService } from './listing.service.js';
import { createAgreementService } from './agreement.service.js';
import { createConsentService } from './consent.service.js';
import type { SharingPorts } from './sharing.ports.js';

export function createSharingServices(deps: Deps, ports: SharingPorts) {
  const agreements = createAgreementService(deps, ports);
  return {
    listings: createListingService(deps, ports),
    agreements,
    consent: createConsentService(deps, ports, agreements),
  };
}

export type SharingServices = ReturnType<typeof createSharingServices>;
