/** Who may read or work which case: staff of the case's jurisdiction (a case elsewhere answers 404). */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { refuse, type Refusal } from '../../core/result.js';
import type { AssistanceCaseRow } from './case.table.js';
import './assistance.permissions.js';

/** null when the actor may read the case; the refusal otherwise (404 outside, never a hint). */
export function readRefusal(actor: Actor, row: Pick<AssistanceCaseRow, 'region'>): Refusal | null {
  if (!can(actor, 'assistance.read') || !inScope(actor.jurisdiction, [row.region])) return refuse('out_of_jurisdiction').reason;
  return null;
}

/** null when the actor may record on the case (officers of its jurisdiction). */
export function workRefusal(actor: Actor, row: Pick<AssistanceCaseRow, 'region'>): Refusal | null {
  const read = readRefusal(actor, row);
  if (read) return read;
  return can(actor, 'assistance.work') ? null : refuse('forbidden').reason;
}
