/**
 * Who may do what with regions: every signed-in user reads divisions and designations (reference
 * data); administrators with `regions.admin` record designations inside their jurisdiction.
 */
import type { Actor } from '../actor.js';
import { inScope } from '../../db/scope.js';
import { can } from '../accounts/index.js';
import { refuse } from '../../core/result.js';

type Refused = ReturnType<typeof refuse>;

/** null when the actor may read regions, else the refusal. */
export function readRefusal(actor: Actor): Refused | null {
  return can(actor, 'regions.read') ? null : refuse('forbidden');
}

/** null when the actor may add or close a designation on this code, else the refusal. */
export function adminRefusal(actor: Actor, code: string): Refused | null {
  if (!can(actor, 'regions.admin')) return refuse('forbidden');
  if (!inScope(actor.jurisdiction, [code])) return refuse('out_of_jurisdiction');
  return null;
}
