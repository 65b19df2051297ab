/** All SQL of job fairs, their employers and the postings they bring. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JobFairEmployerRow, JobFairPostingRow, JobFairRow } from './fairs.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertFair(q: Q, row: JobFairRow): Promise<void> {
  await q.insertInto('job_fairs').values(row).execute();
}

export async function findFair(q: Q, id: string): Promise<JobFairRow | undefined> {
  return q.selectFrom('job_fairs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Fairs ending on or after a date (every county's: fairs are public events), soonest first. */
export async function fairsEndingFrom(q: Q, from: string, limit: number): Promise<JobFairRow[]> {
  return q.selectFrom('job_fairs').selectAll().where('ends_on', '>=', from).orderBy('starts_on').orderBy('id').limit(limit).execute();
}

/** All fairs, the latest first (staff list: past fairs with their counts too). */
export async function latestFairs(q: Q, limit: number): Promise<JobFairRow[]> {
  return q.selectFrom('job_fairs').selectAll().orderBy('starts_on', 'desc').orderBy('id').limit(limit).execute();
}

export async function fairsByIds(q: Q, ids: readonly string[]): Promise<JobFairRow[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('job_fairs')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('starts_on', 'desc')
    .execute();
}

/** Takes one place: false when the fair is full (the guard and the increment are one statement). */
export async function takePlace(q: Q, fairId: string): Promise<boolean> {
  const r = await q
    .updateTable('job_fairs')
    .set((eb) => ({ registered: eb('registered', '+', 1) }))
    .where('id', '=', fairId)
    .where((eb) => eb('registered', '<', eb.ref('capacity')))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEmployer(q: Q, row: JobFairEmployerRow): Promise<void> {
  await q.insertInto('job_fair_employers').values(row).execute();
}

export async function findEmployer(q: Q, fairId: string, enterpriseId: string): Promise<JobFairEmployerRow | undefined> {
  return q
    .selectFrom('job_fair_employers')
    .selectAll()
    .where('fair_id', '=', fairId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** Moves an applied employer to joined, with its booth; false when it was not waiting. */
export async function employersOf(q: Q, fairId: string): Promise<JobFairEmployerRow[]> {
  return q.selectFrom('job_fair_employers').selectAll().where('fair_id', '=', fairId).orderBy('created_at').orderBy('id').execute();
}

/** The fairs an employer takes part in or has applied to. */
export async function fairIdsOfEnterprise(q: Q, enterpriseId: string): Promise<string[]> {
  const rows = await q.selectFrom('job_fair_employers').select('fair_id').where('enterprise_id', '=', enterpriseId).execute();
  return rows.map((r) => r.fair_id);
}

/** Replaces the postings one employer brings to a fair. */
export async function replacePostings(q: Q, fairId: string, enterpriseId: string, rows: JobFairPostingRow[]): Promise<void> {
  await q.deleteFrom('job_fair_postings').where('fair_id', '=', fairId).where('enterprise_id', '=', enterpriseId).execute();
  if (rows.length > 0) await q.insertInto('job_fair_postings').values(rows).execute();
}

export async function postingsOf(q: Q, fairId: string): Promise<JobFairPostingRow[]> {
  return q.selectFrom('job_fair_postings').selectAll().where('fair_id', '=', fairId).orderBy('added_at').orderBy('posting_id').execute();
}

export async function findFairPosting(q: Q, fairId: string, postingId: string): Promise<JobFairPostingRow | undefined> {
  return q.selectFrom('job_fair_postings').selectAll().where('fair_id', '=', fairId).where('posting_id', '=', postingId).executeTakeFirst();
}
