/** Who may read or change which registration: staff by jurisdiction and permission, a worker their own. */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { refuse, type Refusal } from '../../core/result.js';
import type { UnemploymentRegistrationRow } from './registration.table.js';
import './unemployment.permissions.js';

/** null when the actor may read the registration; the refusal otherwise (404 outside, never a hint). */
export function readRefusal(actor: Actor, row: Pick<UnemploymentRegistrationRow, 'region' | 'person_id'>): Refusal | null {
  if (actor.role === 'worker')
    return actor.personId !== null && actor.personId === row.person_id ? null : refuse('out_of_jurisdiction').reason;
  if (!can(actor, 'unemployment.read') || !inScope(actor.jurisdiction, [row.region])) return refuse('out_of_jurisdiction').reason;
  return null;
}

/** null when the actor may take a step on the registration (officers of its jurisdiction). */
export function changeRefusal(actor: Actor, row: Pick<UnemploymentRegistrationRow, 'region' | 'person_id'>): Refusal | null {
  const read = readRefusal(actor, row);
  if (read) return read;
  return can(actor, 'unemployment.register') ? null : refuse('forbidden').reason;
}
