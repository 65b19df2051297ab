import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';

/** The columns of job_postings that matching reads or that decide whether a posting is open. */
export const WATCHED_COLUMNS = [
  'status',
  'expires_on',
  'filled',
  'headcount',
  'occupation_code',
  'work_code',
  'pay_max_fen',
  'pay_period',
  'piece_monthly_fen',
  'housing',
  'meals',
  'contract_kind',
  'priority_sector',
];
const WATCHED = WATCHED_COLUMNS.join(', ');

/**
 * The change counter of the open-postings index (decision 215): one row whose `n` a trigger on
 * job_postings bumps in the same transaction as every insert, delete and update of a column matching
 * reads, whichever code path or process writes. A reader compares `n` (one point read) with the value
 * its cached index was built at.
 */
export function jobPostingsChanges(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('job_postings_changes')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .execute();
      await sql`insert into job_postings_changes (id, n) values (1, 0)`.execute(db);
      const bump = 'update job_postings_changes set n = n + 1 where id = 1';
      if (dialect === 'sqlite') {
        for (const [name, event] of [
          ['insert', 'insert'],
          ['delete', 'delete'],
          ['update', `update of ${WATCHED}`],
        ]) {
          await sql.raw(`create trigger job_postings_changed_${name} after ${event} on job_postings begin ${bump}; end`).execute(db);
        }
        return;
      }
      await sql
        .raw(`create or replace function job_postings_changed() returns trigger language plpgsql as $$ begin ${bump}; return null; end $$`)
        .execute(db);
      await sql
        .raw(
          `create trigger job_postings_changed after insert or delete or update of ${WATCHED} on job_postings for each statement execute function job_postings_changed()`,
        )
        .execute(db);
    },
  };
}
