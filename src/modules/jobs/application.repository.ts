/** All SQL of job applications (scoped with src/db/scope.ts). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { whereInScope } from '../../db/scope.js';
import type { JobApplicationRow } from './jobs.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertApplication(q: Q, row: JobApplicationRow): Promise<void> {
  await q.insertInto('job_applications').values(row).execute();
}

export async function findApplication(q: Q, id: string): Promise<JobApplicationRow | undefined> {
  return q.selectFrom('job_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function applicationsOfPerson(q: Q, personId: string): Promise<JobApplicationRow[]> {
  return q
    .selectFrom('job_applications')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function applicationsOfPosting(q: Q, postingId: string): Promise<JobApplicationRow[]> {
  return q.selectFrom('job_applications').selectAll().where('posting_id', '=', postingId).orderBy('created_at').orderBy('id').execute();
}

/** Applications in the jurisdiction (the posting's work place or the person's household registration). */
export async function applicationsInScope(
  q: Q,
  jurisdiction: string,
  status: string | undefined,
  limit: number,
): Promise<JobApplicationRow[]> {
  let qb = whereInScope(q.selectFrom('job_applications').selectAll(), jurisdiction, { codes: ['work_code', 'person_code'] });
  if (status) qb = qb.where('status', '=', status);
  return qb.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}
