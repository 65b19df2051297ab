/**
 * The benefits module's services, built together: claims, review and payments. The ports are the
 * policy side's decide/factsForPerson (services.policy; the pure engine when absent), the people
 * module's reader and the enterprises service (people-port.ts).
 */
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import type { BlobStore } from '../blobs/index.js';
import { createClaimService } from './claim.service.js';
import { createReviewService, type ReviewOptions } from './review.service.js';
import { createPaymentService } from './payment.service.js';
import { pureEnginePolicy, type BenefitsPolicy } from './policy-port.js';
import type { EnterpriseReader, PeopleReader } from './people-port.js';

import type { UnitOfWork } from '../kernel/index.js';
export interface BenefitsPortsInput {
  /** The kernel's unit of work: every benefits write goes through it. */
  uow: UnitOfWork;
  people: PeopleReader;
  enterprises: EnterpriseReader;
  policy?: BenefitsPolicy | undefined;
}

export function createBenefitsServices(
  deps: Deps,
  audit: AuditService,
  blobs: BlobStore,
  ports: BenefitsPortsInput,
  options: ReviewOptions = {},
) {
  const all = { people: ports.people, enterprises: ports.enterprises, policy: ports.policy ?? pureEnginePolicy() };
  const claims = createClaimService(deps, audit, blobs, all);
  const reviews = createReviewService(deps, ports.uow, claims, all.people, options);
  const payments = createPaymentService(deps, ports.uow, blobs, all.people);
  return { claims, reviews, payments };
}

export type BenefitsServices = ReturnType<typeof createBenefitsServices>;
