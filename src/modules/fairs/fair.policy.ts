/** Which fairs an actor may manage: the organising office and the offices above it (src/db/scope.ts); elsewhere 404. */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { JobFairRow } from './fairs.table.js';

export function manages(actor: Actor, fair: Pick<JobFairRow, 'region'>): boolean {
  return (can(actor, 'fairs.manage') || actor.role === 'admin') && inScope(actor.jurisdiction, [fair.region]);
}

/** Management of one fair: a fair of another county answers not_found, like any record out of scope. */
export function mayManage(actor: Actor, fair: JobFairRow | undefined): Result<JobFairRow> {
  if (!fair) return refuse('not_found');
  if (!can(actor, 'fairs.manage') && actor.role !== 'admin') return refuse('forbidden');
  return manages(actor, fair) ? ok(fair) : refuse('not_found');
}
