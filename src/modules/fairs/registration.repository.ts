/** All SQL of fair registrations, check-ins, online visits and the applications made through a fair. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JobFairApplicationRow, JobFairRegistrationRow, JobFairVisitRow } from './fairs.table.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function insertRegistration(q: Q, row: JobFairRegistrationRow): Promise<void> {
  await q.insertInto('job_fair_registrations').values(row).execute();
}

export async function registrationOf(q: Q, fairId: string, personId: string): Promise<JobFairRegistrationRow | undefined> {
  return q
    .selectFrom('job_fair_registrations')
    .selectAll()
    .where('fair_id', '=', fairId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function registrationByCode(q: Q, fairId: string, code: string): Promise<JobFairRegistrationRow | undefined> {
  return q.selectFrom('job_fair_registrations').selectAll().where('fair_id', '=', fairId).where('code', '=', code).executeTakeFirst();
}

export async function registrationsOfFair(q: Q, fairId: string): Promise<JobFairRegistrationRow[]> {
  return q.selectFrom('job_fair_registrations').selectAll().where('fair_id', '=', fairId).orderBy('registered_at').orderBy('id').execute();
}

export async function registrationsOfPerson(q: Q, personId: string): Promise<JobFairRegistrationRow[]> {
  return q.selectFrom('job_fair_registrations').selectAll().where('person_id', '=', personId).orderBy('registered_at', 'desc').execute();
}

/** Checks the code in once: false when it was checked in already (the guard is in the UPDATE). */
export async function checkIn(q: Q, id: string, at: string, by: string | null): Promise<boolean> {
  const r = await q
    .updateTable('job_fair_registrations')
    .set({ checked_in_at: at, checked_in_by: by })
    .where('id', '=', id)
    .where('checked_in_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findVisit(q: Q, fairId: string, personId: string): Promise<JobFairVisitRow | undefined> {
  return q.selectFrom('job_fair_visits').selectAll().where('fair_id', '=', fairId).where('person_id', '=', personId).executeTakeFirst();
}

export async function insertVisit(q: Q, row: JobFairVisitRow): Promise<void> {
  await q.insertInto('job_fair_visits').values(row).execute();
}

export async function insertFairApplication(q: Q, row: JobFairApplicationRow): Promise<void> {
  await q.insertInto('job_fair_applications').values(row).execute();
}

export async function applicationIdsOf(q: Q, fairId: string): Promise<string[]> {
  const rows = await q.selectFrom('job_fair_applications').select('application_id').where('fair_id', '=', fairId).execute();
  return rows.map((r) => r.application_id);
}

/** The fair's counts that live in this module's tables, each an exact aggregate. */
export async function fairTallies(q: Q, fairId: string) {
  const one = async (query: Promise<{ n: string | number } | undefined>) => Number((await query)?.n ?? 0);
  const [registered, checkedIn, onlineVisitors, employers, postings] = await Promise.all([
    one(
      q
        .selectFrom('job_fair_registrations')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('fair_id', '=', fairId)
        .executeTakeFirst(),
    ),
    one(
      q
        .selectFrom('job_fair_registrations')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('fair_id', '=', fairId)
        .where('checked_in_at', 'is not', null)
        .executeTakeFirst(),
    ),
    one(
      q
        .selectFrom('job_fair_visits')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('fair_id', '=', fairId)
        .executeTakeFirst(),
    ),
    one(
      q
        .selectFrom('job_fair_employers')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('fair_id', '=', fairId)
        .where('status', '=', 'joined')
        .executeTakeFirst(),
    ),
    one(
      q
        .selectFrom('job_fair_postings as p')
        .innerJoin('job_fair_employers as e', (j) =>
          j.onRef('e.fair_id', '=', 'p.fair_id').onRef('e.enterprise_id', '=', 'p.enterprise_id'),
        )
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('p.fair_id', '=', fairId)
        .where('e.status', '=', 'joined')
        .executeTakeFirst(),
    ),
  ]);
  return { registered, checkedIn, onlineVisitors, employers, postings };
}
