import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Gig work (零工, issue 9 point 5; O61-1.3). Tasks with a date or a few days, a place, a day rate and
 * a headcount; sign-ups (one per worker and task: a unique key) confirmed up to the headcount (a
 * conditional UPDATE of `confirmed` against `headcount` and a CHECK on both databases, decision 187);
 * ratings (one per sign-up and side: a unique key); abuse reports and the suspensions they lead to.
 */
export function gigs(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('gig_tasks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('occupation_code', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('day_rate_fen', 'integer', (c) => c.notNull())
        .addColumn('headcount', 'integer', (c) => c.notNull())
        .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('bring', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addCheckConstraint('gig_tasks_headcount', sql`confirmed >= 0 and confirmed <= headcount`)
        .execute();
      await db.schema.createIndex('gig_tasks_place').on('gig_tasks').columns(['place_code', 'start_date']).execute();
      await db.schema.createIndex('gig_tasks_enterprise').on('gig_tasks').columns(['enterprise_id', 'start_date']).execute();
      await db.schema.createIndex('gig_tasks_open').on('gig_tasks').columns(['status', 'start_date']).execute();

      await db.schema
        .createTable('gig_signups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('task_id', 'text', (c) => c.notNull().references('gig_tasks.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('days_worked', 'integer')
        .addColumn('paid_fen', 'integer')
        .addColumn('dispute_reason', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('gig_signups_once', ['task_id', 'person_id'])
        .execute();
      await db.schema.createIndex('gig_signups_person').on('gig_signups').columns(['person_id', 'status']).execute();

      await db.schema
        .createTable('gig_ratings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('signup_id', 'text', (c) => c.notNull().references('gig_signups.id'))
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('gig_ratings_once', ['signup_id', 'side'])
        .addCheckConstraint('gig_ratings_score', sql`score between 1 and 5`)
        .execute();

      await db.schema
        .createTable('gig_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('signup_id', 'text', (c) => c.notNull().references('gig_signups.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('action_note', 'text')
        .addColumn('acted_by', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('gig_reports_place').on('gig_reports').columns(['place_code', 'status']).execute();

      await db.schema
        .createTable('gig_suspensions')
        .addColumn('enterprise_id', 'text', (c) => c.primaryKey().references('enterprises.id'))
        .addColumn('report_id', 'text', (c) => c.notNull().references('gig_reports.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text')
        .execute();
    },
  };
}
