import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Kernel scheduling and the working-day calendar: the `timers` table (fired once by whichever app
 * server claims them first), the outbox's lease and back-off columns (delivery after commit, outside
 * any transaction), and `calendar_days`, the dated exceptions to "Monday to Friday is a working day"
 * (public holidays and make-up working days, 调休).
 */
export function kernelTimersCalendar(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('timers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('fired_at', 'text')
        .addColumn('cancelled_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('locked_until', 'text')
        .addColumn('claimed_by', 'text')
        .addCheckConstraint('timers_fired_or_cancelled', sql`fired_at is null or cancelled_at is null`)
        .execute();
      // The runner's scan: only timers still waiting are indexed.
      await db.schema
        .createIndex('timers_waiting')
        .on('timers')
        .columns(['due_at'])
        .where(sql<boolean>`fired_at is null and cancelled_at is null`)
        .execute();
      await db.schema.createIndex('timers_subject').on('timers').columns(['subject_id', 'kind']).execute();

      // One ALTER per column: SQLite takes a single ADD COLUMN per statement.
      for (const column of ['next_attempt_at', 'locked_until', 'claimed_by', 'last_error']) {
        await db.schema.alterTable('outbox').addColumn(column, 'text').execute();
      }
      await db.schema
        .createIndex('outbox_pending')
        .on('outbox')
        .columns(['id'])
        .where(sql<boolean>`done_at is null`)
        .execute();

      await db.schema
        .createTable('calendar_days')
        .addColumn('date', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addCheckConstraint('calendar_days_kind', sql`kind in ('holiday', 'makeup_workday')`)
        .execute();
    },
  };
}
