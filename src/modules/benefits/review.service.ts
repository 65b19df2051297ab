/**
 * Review steps: approve or refuse at the level the claim waits at (township, county,
 * reconsideration), and the worker's request for reconsideration. The county approval (or an
 * approving reconsideration) creates the payment instructions in the same transaction. A repeat of
 * an approval already given by the same reviewer answers with the claim as it stands (idempotent);
 * anything else that lost a race answers `claim_state_changed`.
 */
import './benefits.errors.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { mayReadClaim, mayReview } from './benefits.policy.js';
import {
  claimWorkflow,
  nextStatus,
  pendingLevel,
  reconsiderationDeadline,
  reviewEvent,
  DEFAULT_RECONSIDERATION_DAYS,
  type Claim,
  type ReviewOutcome,
} from './claim.js';
import { createWorkflowEngine, type Numbering, type UnitOfWork, type Work } from '../kernel/index.js';
import type { ClaimService } from './claim.service.js';
import { issueForClaim } from './ledger.js';
import { liveRecord, mergeFamily, type PeopleReader } from './people-port.js';
import * as repo from './claim.repository.js';

export interface ReviewOptions {
  /** Days after a refusal within which the worker may ask for reconsideration. */
  reconsiderationDays?: number;
}

export function createReviewService(
  deps: Deps,
  uow: UnitOfWork,
  claims: ClaimService,
  people: PeopleReader,
  numbering: Numbering,
  options: ReviewOptions = {},
) {
  const { clock } = deps;
  const days = options.reconsiderationDays ?? deps.config.reconsiderationDays ?? DEFAULT_RECONSIDERATION_DAYS;

  const workflows = createWorkflowEngine(deps);

  /**
   * One review step as a unit of work. A concurrent review of the same claim that lost the race on a
   * unique key (one review per level) answers `claim_state_changed`, like a lost status move.
   */
  function run(actor: Actor, work: (w: Work) => Promise<Result<unknown>>): Promise<Result<unknown>> {
    return uow.write(actor, work, { uniques: { '*': refuse('claim_state_changed').reason } });
  }

  /** The first answer for a repeat of the same review by the same person, else the refusal. */
  async function settle(actor: Actor, id: string, level: string, outcome: ReviewOutcome, r: Result<unknown>): Promise<Result<Claim>> {
    const fresh = await claims.load(id);
    if (!fresh) return refuse('internal');
    if (r.ok) return ok(fresh);
    const same = fresh.reviews.find((x) => x.level === level && x.reviewerId === actor.userId && x.outcome === outcome);
    return same ? ok(fresh) : r;
  }

  return {
    /** Approves or refuses at the pending level; a reason is required for a refusal. */
    async review(actor: Actor, id: string, input: { outcome: ReviewOutcome; reason: string }): Promise<Result<Claim>> {
      const claim = await claims.load(id);
      if (!claim || !mayReadClaim(actor, claim)) return refuse('out_of_jurisdiction');
      const level = pendingLevel(claim.status);
      if (level === null) {
        return claim.reviews.some((x) => x.reviewerId === actor.userId && x.outcome === input.outcome)
          ? ok(claim)
          : refuse('claim_not_reviewable');
      }
      const who = mayReview(actor, level, claim);
      if (!who.ok) return who;
      const reviewerId = who.value;
      const prior =
        level === 'township'
          ? undefined
          : level === 'county'
            ? claim.reviews.find((x) => x.level === 'township')
            : [...claim.reviews].reverse().find((x) => x.outcome === 'refuse');
      if (level !== 'township' && !prior) return refuse('internal');
      if (prior && prior.reviewerId === reviewerId) return refuse('claim_same_reviewer');
      if (input.outcome === 'approve' && !claim.decision.eligible) return refuse('claim_not_eligible');
      if (input.outcome === 'refuse' && input.reason.trim() === '')
        return refuse('validation_failed', { zh: '拒绝须说明理由', en: 'A refusal needs a reason' });
      const event = reviewEvent(level, input.outcome);
      const to = nextStatus(claim.status, event);
      if (to === null) return refuse('claim_not_reviewable');
      // An approval pays: never to a merged-away record, and within the limits of the whole merge family.
      let family: string[] = [claim.personId];
      if (to === 'approved') {
        const live = await liveRecord(people, claim.personId);
        if (!live.ok) return live;
        family = await mergeFamily(people, claim.personId);
      }
      const now = clock.now();
      const at = isoInstant(now);
      const result = await run(actor, async (w) => {
        const refusedUntil = to === 'refused' ? reconsiderationDeadline(businessDate(now), days) : null;
        await repo.insertReview(w.trx, {
          id: newId(),
          province: claim.province,
          claim_id: id,
          level,
          reviewer_id: reviewerId,
          submitted_by: claim.submittedBy,
          prior_review_id: prior?.id ?? null,
          prior_reviewer_id: prior?.reviewerId ?? null,
          outcome: input.outcome,
          reason: input.reason.trim(),
          at,
        });
        const number = () => numbering.allocate(w.trx, { kind: 'payment', mark: '付', region: claim.region, on: businessDate(now) });
        const entries = to === 'approved' ? await issueForClaim(w.trx, claim, claim.decision, { at, by: reviewerId, number }, family) : [];
        const moved = await workflows.transition(w, claimWorkflow, {
          id,
          from: claim.status,
          event,
          expectedVersion: claim.version,
          province: claim.province,
          region: claim.region,
          patch: { reconsideration_until: refusedUntil },
          action: `claim.${input.outcome === 'approve' ? 'approved' : 'refused'}`,
          details: { number: claim.number, level, paymentEntries: entries },
        });
        return moved;
      });
      return settle(actor, id, level, input.outcome, result);
    },

    /** The worker (or the officer who lodged it) asks for reconsideration of a refusal, within the period. */
    async requestReconsideration(actor: Actor, id: string, input: { reason: string }): Promise<Result<Claim>> {
      const claim = await claims.load(id);
      if (!claim || !mayReadClaim(actor, claim)) return refuse('out_of_jurisdiction');
      if (actor.role !== 'worker' && actor.userId !== claim.submittedBy) return refuse('forbidden');
      const to = nextStatus(claim.status, 'request_reconsideration');
      if (to === null) return refuse('reconsideration_not_allowed');
      const today = businessDate(clock.now());
      if (claim.reconsiderationUntil !== null && today > claim.reconsiderationUntil) return refuse('reconsideration_expired');
      const r = await run(actor, async (w) => {
        const moved = await workflows.transition(w, claimWorkflow, {
          id,
          from: claim.status,
          event: 'request_reconsideration',
          expectedVersion: claim.version,
          province: claim.province,
          region: claim.region,
          action: 'claim.reconsideration_requested',
          details: { number: claim.number, reason: input.reason.slice(0, 500) },
        });
        return moved;
      });
      if (!r.ok) return r;
      const fresh = await claims.load(id);
      return fresh ? ok(fresh) : refuse('internal');
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
