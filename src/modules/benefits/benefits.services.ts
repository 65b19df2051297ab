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
import { createBatchService } from './batch.service.js';
import { pureEnginePolicy, type BenefitsPolicy } from './policy-port.js';
import type { EnterpriseReader, PeopleReader } from './people-port.js';

import { createNumbering, type Numbering, type UnitOfWork } from '../kernel/index.js';
import { divisionName } from '../regions/index.js';

export interface BenefitsPortsInput {
  /** The kernel's unit of work: every benefits write goes through it. */
  uow: UnitOfWork;
  /** Readable numbers (decision 170); by default counties are named from the regions module's divisions. */
  numbering?: Numbering | undefined;
  people: PeopleReader;
  enterprises: EnterpriseReader;
  policy?: BenefitsPolicy | undefined;
}

export function createBenefitsServices(
  deps: Deps,
  _audit: AuditService,
  blobs: BlobStore,
  ports: BenefitsPortsInput,
  options: ReviewOptions = {},
) {
  const all = { people: ports.people, enterprises: ports.enterprises, policy: ports.policy ?? pureEnginePolicy() };
  const numbering = ports.numbering ?? createNumbering({ placeName: divisionName });
  const claims = createClaimService(deps, ports.uow, blobs, all, numbering);
  const reviews = createReviewService(deps, ports.uow, claims, all.people, numbering, options);
  const payments = createPaymentService(deps, ports.uow, all.people, numbering);
  const batches = createBatchService(deps, ports.uow, blobs, all.people, numbering);
  return { claims, reviews, payments, batches, numbering };
}

export type BenefitsServices = ReturnType<typeof createBenefitsServices>;
