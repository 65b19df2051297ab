/**
 * Who may read or change which complaint (decision 146): staff by jurisdiction and permission, a
 * worker the complaints they are party to, an employer none; the justice department the legal-aid
 * referrals of its jurisdiction. Outside answers 404, never a hint.
 */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { refuse, type Refusal } from '../../core/result.js';
import './complaints.permissions.js';

const outside = (): Refusal => refuse('out_of_jurisdiction').reason;

/** null when the actor may read the complaint; `parties` are the person ids of its workers. */
export function readRefusal(actor: Actor, row: { region: string }, parties: readonly string[]): Refusal | null {
  if (actor.role === 'worker') return actor.personId !== null && parties.includes(actor.personId) ? null : outside();
  if (!can(actor, 'complaints.read') || !inScope(actor.jurisdiction, [row.region])) return outside();
  return null;
}

/** null when the actor may take a step on the complaint (officers of its jurisdiction). */
export function handleRefusal(actor: Actor, row: { region: string }): Refusal | null {
  if (!can(actor, 'complaints.handle') || !inScope(actor.jurisdiction, [row.region])) return outside();
  return null;
}

/** True for a user of the justice department (the legal-aid side). */
export function isJustice(actor: Actor): boolean {
  return actor.role === 'department' && actor.department === 'justice' && can(actor, 'legal_aid.act');
}

/** null when the actor may read a referral: the justice department or complaint readers of its jurisdiction. */
export function referralReadRefusal(actor: Actor, row: { region: string }): Refusal | null {
  if (!inScope(actor.jurisdiction, [row.region])) return outside();
  return isJustice(actor) || can(actor, 'complaints.read') ? null : outside();
}

/** null when the actor may act on a referral (accept, decline, conclude): the justice department of its jurisdiction. */
export function referralActRefusal(actor: Actor, row: { region: string }): Refusal | null {
  if (!inScope(actor.jurisdiction, [row.region])) return outside();
  if (isJustice(actor)) return null;
  return can(actor, 'complaints.read') ? refuse('forbidden').reason : outside();
}
