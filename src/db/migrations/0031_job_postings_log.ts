import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';
import { WATCHED_COLUMNS } from './0029_job_postings_changes.js';

/**
 * Which postings changed, for updating the recommendation index in place (decision 216): the triggers
 * of migration 0029 now also write the id of every posting they count to `job_postings_log`, under
 * the counter's new value. Writers take the counter row's lock until they commit, so counter values
 * follow commit order: a reader that sees the counter at n sees every log row up to n. A write that
 * leaves every watched column as it was (a status set to the status it had) no longer counts.
 * `pruned_below` says up to where the log was cut; a reader whose index is older rebuilds it whole.
 */
export function jobPostingsLog(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('job_postings_log')
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('posting_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_postings_log_pk', ['seq', 'posting_id'])
        .execute();
      await db.schema
        .alterTable('job_postings_changes')
        .addColumn('pruned_below', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      const bump = 'update job_postings_changes set n = n + 1 where id = 1';
      const log = (id: string) => `insert into job_postings_log (seq, posting_id) select n, ${id} from job_postings_changes where id = 1`;
      if (dialect === 'sqlite') {
        const changed = `(${WATCHED_COLUMNS.map((c) => `old.${c}`).join(', ')}) is not (${WATCHED_COLUMNS.map((c) => `new.${c}`).join(', ')})`;
        for (const name of ['insert', 'delete', 'update']) await sql.raw(`drop trigger job_postings_changed_${name}`).execute(db);
        const triggers: Array<[string, string, string]> = [
          ['insert', 'after insert on job_postings', `${bump}; ${log('new.id')};`],
          ['delete', 'after delete on job_postings', `${bump}; ${log('old.id')};`],
          [
            'update',
            `after update of id, ${WATCHED_COLUMNS.join(', ')} on job_postings when old.id is not new.id or ${changed}`,
            `${bump}; ${log('new.id')}; ${log('old.id')} and old.id is not new.id;`,
          ],
        ];
        for (const [name, when, body] of triggers) {
          await sql.raw(`create trigger job_postings_changed_${name} ${when} begin ${body} end`).execute(db);
        }
        return;
      }
      const changed = `(${WATCHED_COLUMNS.map((c) => `o.${c}`).join(', ')}) is distinct from (${WATCHED_COLUMNS.map((c) => `w.${c}`).join(', ')})`;
      // Transition tables cannot go with a column list, so the update trigger compares old and new rows itself.
      const updated = `select w.id from new_rows w left join old_rows o on o.id = w.id where o.id is null or ${changed}
        union select o.id from old_rows o left join new_rows w on w.id = o.id where w.id is null`;
      await sql.raw('drop trigger job_postings_changed on job_postings').execute(db);
      await sql.raw('drop function job_postings_changed()').execute(db);
      await sql
        .raw(
          `create function job_postings_logged() returns trigger language plpgsql as $$
          declare v bigint;
          begin
            if TG_OP = 'INSERT' then
              if not exists (select 1 from new_rows) then return null; end if;
              ${bump} returning n into v;
              insert into job_postings_log (seq, posting_id) select v, id from new_rows;
            elsif TG_OP = 'DELETE' then
              if not exists (select 1 from old_rows) then return null; end if;
              ${bump} returning n into v;
              insert into job_postings_log (seq, posting_id) select v, id from old_rows;
            else
              if not exists (${updated}) then return null; end if;
              ${bump} returning n into v;
              insert into job_postings_log (seq, posting_id) select v, id from (${updated}) c;
            end if;
            return null;
          end $$`,
        )
        .execute(db);
      for (const [event, tables] of [
        ['insert', 'new table as new_rows'],
        ['delete', 'old table as old_rows'],
        ['update', 'old table as old_rows new table as new_rows'],
      ]) {
        await sql
          .raw(
            `create trigger job_postings_changed_${event} after ${event} on job_postings referencing ${tables} for each statement execute function job_postings_logged()`,
          )
          .execute(db);
      }
    },
  };
}
