/** All SQL for claims, reviews and evidence. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { ClaimEvidenceRow, ClaimReviewRow, ClaimRow } from './benefits.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertClaim(q: Q, row: ClaimRow): Promise<void> {
  await q.insertInto('claims').values(row).execute();
}

export async function findClaim(q: Q, id: string): Promise<Selectable<ClaimRow> | undefined> {
  return q.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Many claims by id (chunked to stay under the databases' parameter limits). */
export async function findClaims(q: Q, ids: readonly string[]): Promise<Array<Selectable<ClaimRow>>> {
  const out: Array<Selectable<ClaimRow>> = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(
      ...(await q
        .selectFrom('claims')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  return out;
}

/**
 * Moves a claim from one status to another when it still has that status and version (optimistic:
 * a concurrent step that got there first makes this update no rows, so it returns false).
 */
export async function moveClaim(
  q: Q,
  id: string,
  from: { status: string; version: number },
  patch: Partial<Pick<ClaimRow, 'facts' | 'decision' | 'as_of' | 'reconsideration_until'>> & { updated_at: string },
): Promise<boolean> {
  const r = await q
    .updateTable('claims')
    .set({ ...patch, version: from.version + 1 })
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('version', '=', from.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A person's claims in the given statuses (the open ones a merge moves to the survivor). */
export async function claimsOfPerson(q: Q, personId: string, statuses: readonly string[]): Promise<Array<Selectable<ClaimRow>>> {
  if (statuses.length === 0) return [];
  return q
    .selectFrom('claims')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', 'in', [...statuses])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Moves a claim to another person's record when it is still at this version (optimistic, like moveClaim). */
export async function reassignClaim(
  q: Q,
  id: string,
  from: { personId: string; version: number },
  toPersonId: string,
  at: string,
): Promise<boolean> {
  const r = await q
    .updateTable('claims')
    .set({ person_id: toPersonId, version: from.version + 1, updated_at: at })
    .where('id', '=', id)
    .where('person_id', '=', from.personId)
    .where('version', '=', from.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface ClaimFilter {
  /** Jurisdiction prefix on the claim's region ('' = all). */
  scope: string;
  status?: string;
  programId?: string;
  personId?: string;
  /** The employer portal: only the claims lodged for this enterprise. */
  enterpriseId?: string | undefined;
}

export async function listClaims(
  q: Q,
  f: ClaimFilter,
  limit: number,
  offset: number,
): Promise<{ rows: Array<Selectable<ClaimRow>>; total: number }> {
  let base = whereInScope(q.selectFrom('claims'), f.scope, { codes: ['region'], province: 'province' });
  if (f.status !== undefined) base = base.where('status', '=', f.status);
  if (f.programId !== undefined) base = base.where('program_id', '=', f.programId);
  if (f.personId !== undefined) base = base.where('person_id', '=', f.personId);
  if (f.enterpriseId !== undefined) base = base.where('enterprise_id', '=', f.enterpriseId);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  return { rows, total: Number(count?.n ?? 0) };
}

export async function insertReview(q: Q, row: ClaimReviewRow): Promise<void> {
  await q.insertInto('claim_reviews').values(row).execute();
}

export async function reviewsOf(q: Q, claimId: string): Promise<Array<Selectable<ClaimReviewRow>>> {
  return q.selectFrom('claim_reviews').selectAll().where('claim_id', '=', claimId).orderBy('at').orderBy('id').execute();
}

/** The reviews of several claims in one query, in review order. */
export async function reviewsOfClaims(q: Q, claimIds: readonly string[]): Promise<Array<Selectable<ClaimReviewRow>>> {
  if (claimIds.length === 0) return [];
  return q
    .selectFrom('claim_reviews')
    .selectAll()
    .where('claim_id', 'in', [...claimIds])
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function insertEvidence(q: Q, row: ClaimEvidenceRow): Promise<void> {
  await q.insertInto('claim_evidence').values(row).execute();
}

export async function evidenceOf(q: Q, claimId: string): Promise<Array<Selectable<ClaimEvidenceRow>>> {
  return q.selectFrom('claim_evidence').selectAll().where('claim_id', '=', claimId).orderBy('uploaded_at').orderBy('id').execute();
}
