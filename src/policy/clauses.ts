/**
 * Clauses are data (DESIGN.md, "The policy engine"): a stable id, the document, a summary and the
 * dates it is in force. Programs cite them by id; the type {@link ClauseId} makes a wrong id a
 * compile error.
 */
import { O61_CLAUSES, type ClauseBody } from './clauses-o61.js';
import { NATIONAL_CLAUSES } from './clauses-national.js';

export type { ClauseBody } from './clauses-o61.js';

const ALL = { ...O61_CLAUSES, ...NATIONAL_CLAUSES };

/** Every clause id the engine knows. */
export type ClauseId = keyof typeof ALL;

/** A clause with its id. */
export interface Clause extends ClauseBody {
  id: ClauseId;
}

/** True when the string is a known clause id. */
export function isClauseId(id: string): id is ClauseId {
  return Object.prototype.hasOwnProperty.call(ALL, id);
}

/** All clauses, O61 first in document order, then the linked national rules. */
export const CLAUSES: readonly Clause[] = Object.keys(ALL)
  .filter(isClauseId)
  .map((id) => ({ id, ...ALL[id] }));

const BY_ID = new Map<string, Clause>(CLAUSES.map((c) => [c.id, c]));

/** The clause with this id, or undefined. */
export function clauseById(id: string): Clause | undefined {
  return BY_ID.get(id);
}

/** True when the clause is in force on the date (ISO strings compare in date order). */
export function clauseInForce(clause: Clause, on: string): boolean {
  return clause.validFrom <= on && (clause.validTo === undefined || on <= clause.validTo);
}
