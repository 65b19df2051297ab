/**
 * What the benefits module needs from the policy side: a decision on live parameters and the
 * registry facts of a person. The service container wires `services.policy` here; without it the
 * pure engine on the seeded parameters serves (tests of this module alone, and start-up order).
 */
import type { Result } from '../../core/result.js';
import { ok } from '../../core/result.js';
import { SEED_PARAMETERS, evaluateJson, type Decision, type Facts } from '../../policy/index.js';

export interface BenefitsPolicy {
  /** The explained decision (ruleset version and parameter snapshot included). */
  decide(programId: string, facts: Facts, asOf: string): Promise<Result<Decision>>;
  /** Registry facts of a person merged with the claim's facts (the registry wins). */
  factsForPerson(personId: string, asOf: string, claimFacts: Facts): Promise<Result<Facts>>;
}

/** The pure engine on the seeded parameters; claim facts are taken as given. */
export function pureEnginePolicy(): BenefitsPolicy {
  return {
    decide: async (programId, facts, asOf) => evaluateJson(programId, asOf, facts, SEED_PARAMETERS),
    factsForPerson: async (_personId, _asOf, claimFacts) => ok({ ...claimFacts }),
  };
}
