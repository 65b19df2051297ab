/**
 * Before a claim is written: who it is for, where it is handled and through which channel
 * (decision 107), and the engine's decision over registry facts and what the ledger already paid
 * (decision 108). Read-only; the claim service writes.
 */
import './benefits.permissions.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { inScope } from '../../db/scope.js';
import { can } from '../accounts/index.js';
import { businessDate } from '../../core/clock.js';
import { fieldError, ok, refuse, type Refusal, type Result } from '../../core/result.js';
import { isFacts, validateFacts, type Decision, type Facts } from '../../policy/index.js';
import { mergeFamily, mergedAway, type BenefitsPorts } from './people-port.js';
import type { ClaimChannel } from './claim.js';
import * as pay from './payment.repository.js';

export interface SubmitClaim {
  programId: string;
  personId?: string | undefined;
  enterpriseId?: string | undefined;
  facts: Record<string, unknown>;
  asOf?: string | undefined;
}

export interface ClaimPlace {
  personId: string;
  enterpriseId: string | null;
  region: string;
  channel: ClaimChannel;
}

export function createClaimPlacing(deps: Deps, ports: BenefitsPorts) {
  const { db, clock } = deps;
  const { policy, people, enterprises } = ports;

  /** The merged-away refusal naming the survivor (the caller has already shown the actor may see the record). */
  async function merged(personId: string): Promise<{ ok: false; reason: Refusal }> {
    return mergedAway((await people.survivorOf(personId)) ?? personId);
  }

  return {
    /** The engine's decision for a person, with registry facts and what the ledger already paid. */
    async decideFor(
      personId: string,
      programId: string,
      claimFacts: Facts,
      asOf: string,
    ): Promise<Result<{ facts: Facts; decision: Decision }>> {
      const combined = await policy.factsForPerson(personId, asOf, claimFacts);
      if (!combined.ok) return combined;
      const facts: Facts = { ...combined.value };
      // What was already paid comes from the ledger, never from the claimant: over the person and every
      // record merged into them (decision 108).
      if (programId === 'entrepreneurship-subsidy')
        facts.startupPaidFen = await pay.paidInEffect(db.kysely, await mergeFamily(people, personId), programId);
      const decision = await policy.decide(programId, facts, asOf);
      return decision.ok ? ok({ facts, decision: decision.value }) : decision;
    },

    checkFacts(input: Record<string, unknown>): Result<Facts> {
      if (isFacts(input)) return ok(input);
      return refuse('policy_facts_invalid', { errors: validateFacts(input) });
    },

    /**
     * Who the claim is for, where it is handled and through which channel; or a refusal. An officer
     * claims only for a person in their jurisdiction (and names only an enterprise in it); an employer
     * only for a person employed by their enterprise today (decision 107). "Unknown" and "not yours"
     * are one refusal, decided before anything of the person is read into an answer.
     */
    async placeOf(actor: Actor, input: SubmitClaim): Promise<Result<ClaimPlace>> {
      if (actor.role === 'worker') {
        if (actor.personId === null)
          return refuse('forbidden', { zh: '请先绑定登记信息', en: 'Bind your account to your registry record first' });
        if (input.personId !== undefined && input.personId !== actor.personId) return refuse('forbidden');
        const person = await people.summary(actor.personId);
        if (!person) return refuse('not_found');
        if (person.mergedInto !== null) return merged(person.id);
        return ok({ personId: person.id, enterpriseId: null, region: person.hukouCode, channel: 'worker' });
      }
      if (!can(actor, 'claims.submit') || input.personId === undefined) {
        return input.personId === undefined
          ? refuse('validation_failed', { errors: [fieldError('/personId', 'validation_failed')] })
          : refuse('forbidden');
      }
      const notYours = refuse('out_of_jurisdiction');
      const person = await people.summary(input.personId);
      if (!person) return notYours;
      if (actor.role === 'employer') {
        const enterpriseId = actor.enterpriseId;
        if (enterpriseId === null || !(await people.employedAt(person.id, enterpriseId, businessDate(clock.now())))) return notYours;
        const address = await enterprises.addressOf(enterpriseId);
        if (address === null) return notYours;
        if (person.mergedInto !== null) return merged(person.id);
        return ok({ personId: person.id, enterpriseId, region: address, channel: 'employer' });
      }
      if (!inScope(actor.jurisdiction, person.codes)) return notYours;
      if (person.mergedInto !== null) return merged(person.id);
      if (input.enterpriseId !== undefined) {
        const address = await enterprises.addressOf(input.enterpriseId);
        if (address === null || !inScope(actor.jurisdiction, [address])) return notYours;
        return ok({ personId: person.id, enterpriseId: input.enterpriseId, region: address, channel: 'officer' });
      }
      const region = person.codes.find((c): c is string => typeof c === 'string' && inScope(actor.jurisdiction, [c])) ?? person.hukouCode;
      return ok({ personId: person.id, enterpriseId: null, region, channel: 'officer' });
    },
  };
}
