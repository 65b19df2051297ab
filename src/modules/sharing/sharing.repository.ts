/** All SQL of labour sharing: listings (offers and requests), agreements and the workers lent. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { SharingAgreementRow, SharingListingRow, SharingWorkerRow } from './sharing.table.js';
import './sharing.table.js';

type Q = Kysely<Database> | Transaction<Database>;

/** Who is asking: a jurisdiction (staff), one firm (employer), or one person (worker). */
export type Reach = { jurisdiction: string } | { enterpriseId: string } | { personId: string };

export async function insertListing(trx: Q, row: SharingListingRow): Promise<void> {
  await trx.insertInto('sharing_listings').values(row).execute();
}

export async function findListing(q: Q, id: string): Promise<SharingListingRow | undefined> {
  return q.selectFrom('sharing_listings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Listings a caller reaches, newest first; by side and status when given. */
export async function listListings(
  q: Q,
  reach: Reach,
  f: { side?: string | undefined; status?: string | undefined; limit: number; offset: number },
): Promise<SharingListingRow[]> {
  let qb = q.selectFrom('sharing_listings').selectAll();
  if ('jurisdiction' in reach) qb = whereInScope(qb, reach.jurisdiction, { codes: ['region'] });
  else if ('enterpriseId' in reach) qb = qb.where('enterprise_id', '=', reach.enterpriseId);
  else return [];
  if (f.side) qb = qb.where('side', '=', f.side);
  if (f.status) qb = qb.where('status', '=', f.status);
  return qb.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute();
}

/** Open listings of one side (all firms): the pool proposals are drawn from, oldest start first. */
export async function openListings(q: Q, side: string, limit: number): Promise<SharingListingRow[]> {
  return q
    .selectFrom('sharing_listings')
    .selectAll()
    .where('side', '=', side)
    .where('status', '=', 'open')
    .orderBy('start_date')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function insertAgreement(trx: Q, row: SharingAgreementRow): Promise<void> {
  await trx.insertInto('sharing_agreements').values(row).execute();
}

export async function findAgreement(q: Q, id: string): Promise<SharingAgreementRow | undefined> {
  return q.selectFrom('sharing_agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Agreements a caller reaches (either party's jurisdiction, either firm, or the worker's own), newest first. */
export async function listAgreements(
  q: Q,
  reach: Reach,
  f: { status?: string | undefined; limit: number; offset: number },
): Promise<SharingAgreementRow[]> {
  let qb = q.selectFrom('sharing_agreements').selectAll();
  if ('jurisdiction' in reach) qb = whereInScope(qb, reach.jurisdiction, { codes: ['lender_region', 'borrower_region'] });
  else if ('enterpriseId' in reach) {
    const id = reach.enterpriseId;
    qb = qb.where((eb) => eb.or([eb('lender_id', '=', id), eb('borrower_id', '=', id)]));
  } else {
    const personId = reach.personId;
    qb = qb
      .where('status', '!=', 'draft')
      .where('id', 'in', (eb) => eb.selectFrom('sharing_workers').select('agreement_id').where('person_id', '=', personId));
  }
  if (f.status) qb = qb.where('status', '=', f.status);
  return qb.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute();
}

export async function insertWorkers(trx: Q, rows: SharingWorkerRow[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('sharing_workers').values(rows).execute();
}

export async function workersOf(q: Q, agreementIds: readonly string[]): Promise<SharingWorkerRow[]> {
  if (agreementIds.length === 0) return [];
  return q.selectFrom('sharing_workers').selectAll().where('agreement_id', 'in', agreementIds).orderBy('id').execute();
}

/** Records a worker's answer once: false when it was answered already (a second tap, a race). */
export async function answer(trx: Q, id: string, consent: 'consented' | 'declined', at: string): Promise<boolean> {
  const r = await trx
    .updateTable('sharing_workers')
    .set({ consent, answered_at: at })
    .where('id', '=', id)
    .where('consent', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
