/** Who may see and change which gig tasks, sign-ups and reports (permissions in gigs.permissions.ts). */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { GigSignupRow, GigTaskRow } from './gig.table.js';
import './gigs.permissions.js';

/** Officers of the task's place (by county or township), the task's own employer. */
export function mayManageTask(actor: Actor, t: Pick<GigTaskRow, 'enterprise_id' | 'place_code'>): Result<true> {
  if (!can(actor, 'gigs.post')) return refuse(actor.role === 'worker' ? 'out_of_jurisdiction' : 'forbidden');
  if (actor.role === 'employer') return actor.enterpriseId === t.enterprise_id ? ok(true) : refuse('out_of_jurisdiction');
  return inScope(actor.jurisdiction, [t.place_code]) ? ok(true) : refuse('out_of_jurisdiction');
}

/**
 * A worker sees open tasks and those they signed up for; an employer its own; staff with the
 * permission those whose place lies in their area. Anything else answers 404.
 */
export function mayReadTask(actor: Actor, t: Pick<GigTaskRow, 'status' | 'enterprise_id' | 'place_code'>, signedUp: boolean): Result<true> {
  if (actor.role === 'worker') return t.status === 'open' || signedUp ? ok(true) : refuse('out_of_jurisdiction');
  if (actor.role === 'employer') return actor.enterpriseId === t.enterprise_id ? ok(true) : refuse('out_of_jurisdiction');
  if (!can(actor, 'gigs.read') && !can(actor, 'gigs.post')) return refuse('out_of_jurisdiction');
  return inScope(actor.jurisdiction, [t.place_code]) ? ok(true) : refuse('out_of_jurisdiction');
}

/** The worker's side of a sign-up: only their own. */
export function isOwnSignup(actor: Actor, s: Pick<GigSignupRow, 'person_id'>): boolean {
  return actor.role === 'worker' && actor.personId !== null && actor.personId === s.person_id;
}

/** Staff who work the area's gig market (reports, exports). */
export function mayOversee(actor: Actor, codes: ReadonlyArray<string | null>): Result<true> {
  if (!can(actor, 'gigs.oversee')) return refuse('forbidden');
  return inScope(actor.jurisdiction, codes) ? ok(true) : refuse('out_of_jurisdiction');
}
