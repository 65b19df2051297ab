/**
 * Mutation runs only: a property that fails stops at its first counterexample instead of shrinking
 * it. A mutant is killed by the first failure; shrinking would only make the report nicer, at the
 * cost of minutes per mutant in the policy agreement properties. A fixed seed makes every mutant
 * meet the same generated inputs, so a run's verdicts can be repeated.
 */
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true, seed: 20261130 });
