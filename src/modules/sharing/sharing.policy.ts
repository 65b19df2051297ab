/**
 * Who may read or change which sharing record: officers by jurisdiction (an agreement is in reach
 * when either party is), an employer its own firm's, a worker only agreements they are in. Everyone
 * else gets the same 404 as for a record that does not exist.
 */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { refuse, type Refusal } from '../../core/result.js';
import type { SharingAgreementRow, SharingListingRow, SharingWorkerRow } from './sharing.table.js';
import './sharing.permissions.js';

const hidden = (): Refusal => refuse('out_of_jurisdiction').reason;

/** Where the actor's reads reach, or null when they reach nothing. */
export function reachOf(actor: Actor): { jurisdiction: string } | { enterpriseId: string } | { personId: string } | null {
  if (actor.role === 'employer') return actor.enterpriseId ? { enterpriseId: actor.enterpriseId } : null;
  if (actor.role === 'worker') return actor.personId ? { personId: actor.personId } : null;
  return can(actor, 'sharing.read') ? { jurisdiction: actor.jurisdiction } : null;
}

export function listingReadRefusal(actor: Actor, row: Pick<SharingListingRow, 'enterprise_id' | 'region'>): Refusal | null {
  if (actor.role === 'employer') return actor.enterpriseId === row.enterprise_id ? null : hidden();
  if (actor.role === 'worker') return hidden();
  return can(actor, 'sharing.read') && inScope(actor.jurisdiction, [row.region]) ? null : hidden();
}

/** null when the actor may act for the firm (its own employer account, or an officer of its jurisdiction). */
export function firmRefusal(actor: Actor, firm: { id: string; addressCode: string }): Refusal | null {
  if (actor.role === 'employer') return actor.enterpriseId === firm.id ? null : hidden();
  if (actor.role === 'worker') return hidden();
  if (!inScope(actor.jurisdiction, [firm.addressCode]) || !can(actor, 'sharing.read')) return hidden();
  return can(actor, 'sharing.manage') ? null : refuse('forbidden').reason;
}

export function agreementReadRefusal(
  actor: Actor,
  row: Pick<SharingAgreementRow, 'lender_id' | 'borrower_id' | 'lender_region' | 'borrower_region' | 'status'>,
  workers: ReadonlyArray<Pick<SharingWorkerRow, 'person_id'>>,
): Refusal | null {
  if (actor.role === 'employer')
    return actor.enterpriseId !== null && (actor.enterpriseId === row.lender_id || actor.enterpriseId === row.borrower_id)
      ? null
      : hidden();
  if (actor.role === 'worker')
    return actor.personId !== null && row.status !== 'draft' && workers.some((w) => w.person_id === actor.personId) ? null : hidden();
  return can(actor, 'sharing.read') && inScope(actor.jurisdiction, [row.lender_region, row.borrower_region]) ? null : hidden();
}

/** null when the actor may send or cancel the agreement (either firm, or an officer of either party's jurisdiction). */
export function agreementChangeRefusal(
  actor: Actor,
  row: Pick<SharingAgreementRow, 'lender_id' | 'borrower_id' | 'lender_region' | 'borrower_region' | 'status'>,
  workers: ReadonlyArray<Pick<SharingWorkerRow, 'person_id'>>,
): Refusal | null {
  const read = agreementReadRefusal(actor, row, workers);
  if (read) return read;
  if (actor.role === 'employer') return null;
  return actor.role !== 'worker' && can(actor, 'sharing.manage') ? null : refuse('forbidden').reason;
}
