/**
 * The benefits module's services, built together: claims, review and payments. `policy` is the
 * policy side's decide/factsForPerson (services.policy), or the pure engine when absent.
 */
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/audit.service.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { createClaimService } from './claim.service.js';
import { createReviewService, type ReviewOptions } from './review.service.js';
import { createPaymentService } from './payment.service.js';
import { pureEnginePolicy, type BenefitsPolicy } from './policy-port.js';

export function createBenefitsServices(deps: Deps, audit: AuditService, blobs: BlobStore, policy: BenefitsPolicy = pureEnginePolicy(), options: ReviewOptions = {}) {
  const claims = createClaimService(deps, audit, blobs, policy);
  const reviews = createReviewService(deps, audit, claims, options);
  const payments = createPaymentService(deps, audit, blobs);
  return { claims, reviews, payments };
}

export type BenefitsServices = ReturnType<typeof createBenefitsServices>;
