/**
 * Who may do what with claims and payments (pure). Jurisdiction is the claim's region (the office
 * that handles it); a worker sees only their own claims; out-of-jurisdiction answers never reveal
 * existence.
 */
import './benefits.permissions.js';
import './benefits.errors.js';
import type { Actor, Role } from '../actor.js';
import { withinJurisdiction } from '../actor.js';
import { can } from '../accounts/index.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { ReviewLevel } from './claim.js';

const LEVEL_ROLES: Readonly<Record<ReviewLevel, readonly Role[]>> = {
  township: ['township_officer', 'county_officer', 'admin'],
  county: ['county_officer', 'reviewer', 'admin'],
  reconsideration: ['county_officer', 'reviewer', 'admin'],
};

/** The review levels a role acts at (the home page counts the claims waiting at them). */
export function levelsOfRole(role: Role): ReviewLevel[] {
  return (Object.keys(LEVEL_ROLES) as ReviewLevel[]).filter((level) => LEVEL_ROLES[level].includes(role));
}

/** True when the actor may read a claim handled in `region` for `personId`. */
export function mayReadClaim(actor: Actor, claim: { region: string; personId: string; enterpriseId: string | null }): boolean {
  if (actor.role === 'worker') return actor.personId !== null && actor.personId === claim.personId;
  if (actor.role === 'employer') return actor.enterpriseId !== null && actor.enterpriseId === claim.enterpriseId;
  return (
    (can(actor, 'claims.review') || can(actor, 'claims.submit') || can(actor, 'payments.manage')) &&
    withinJurisdiction(actor.jurisdiction, claim.region)
  );
}

/** A review at a level: permission, jurisdiction, role for the level, and not by the submitter. */
export function mayReview(actor: Actor, level: ReviewLevel, claim: { region: string; submittedBy: string }): Result<string> {
  if (!can(actor, 'claims.review') || !withinJurisdiction(actor.jurisdiction, claim.region)) return refuse('out_of_jurisdiction');
  if (!LEVEL_ROLES[level].includes(actor.role)) return refuse('claim_level_forbidden');
  if (actor.userId === null) return refuse('forbidden');
  if (actor.userId === claim.submittedBy) return refuse('claim_self_review');
  return ok(actor.userId);
}

/** Managing payments in a region. */
export function mayManagePayments(actor: Actor, region: string): boolean {
  return can(actor, 'payments.manage') && withinJurisdiction(actor.jurisdiction, region);
}
