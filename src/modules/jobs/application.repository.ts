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

/** Counts the given applications and their hires (in chunks, so a long list stays under the parameter limits). */
export async function tallyApplications(q: Q, ids: readonly string[]): Promise<{ applications: number; hires: number }> {
  let applications = 0;
  let hires = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await q
      .selectFrom('job_applications')
      .select((eb) => ['status', eb.fn.countAll<string | number>().as('n')])
      .where('id', 'in', ids.slice(i, i + 500))
      .groupBy('status')
      .execute();
    for (const r of rows) {
      applications += Number(r.n);
      if (r.status === 'hired') hires += Number(r.n);
    }
  }
  return { applications, hires };
}
