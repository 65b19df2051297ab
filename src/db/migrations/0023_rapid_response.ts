import type { Kysely, Migration } from 'kysely';

/**
 * Rapid response (issue 10, point 4; O61-3.1): events (a mass lay-off, a closure, an epidemic, a
 * disaster), the tasks they create for each department with deadlines in working days (a kernel
 * workflow, overdue marked once by a kernel timer), the workers affected and what each was offered
 * and took up (decisions 174-176). One worker is listed once per event, one task per template, area
 * and event, one offer per worker, kind and reference: unique indexes on both databases.
 */
export function rapidResponse(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rapid_response_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('workers_affected', 'integer', (c) => c.notNull())
        .addColumn('reported_via', 'text', (c) => c.notNull())
        .addColumn('reported_by', 'text')
        .addColumn('recorded_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rapid_response_events_region').on('rapid_response_events').columns(['region', 'created_at']).execute();
      await db.schema.createIndex('rapid_response_events_enterprise').on('rapid_response_events').columns(['enterprise_id']).execute();

      await db.schema
        .createTable('rapid_response_tasks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().references('rapid_response_events.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'text')
        .addColumn('note', 'text')
        .addColumn('done_on', 'text')
        .addColumn('overdue_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('rapid_response_task_once')
        .unique()
        .on('rapid_response_tasks')
        .columns(['event_id', 'region', 'template'])
        .execute();
      await db.schema
        .createIndex('rapid_response_tasks_region')
        .on('rapid_response_tasks')
        .columns(['region', 'department', 'status'])
        .execute();

      await db.schema
        .createTable('rapid_response_workers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().references('rapid_response_events.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('home_region', 'text', (c) => c.notNull())
        .addColumn('added_via', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text')
        .execute();
      await db.schema
        .createIndex('rapid_response_worker_once')
        .unique()
        .on('rapid_response_workers')
        .columns(['event_id', 'person_id'])
        .execute();
      await db.schema.createIndex('rapid_response_workers_home').on('rapid_response_workers').columns(['home_region']).execute();

      await db.schema
        .createTable('rapid_response_offers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().references('rapid_response_events.id'))
        .addColumn('worker_id', 'text', (c) => c.notNull().references('rapid_response_workers.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('label_zh', 'text', (c) => c.notNull())
        .addColumn('label_en', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('offered_on', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'text')
        .addColumn('note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('rapid_response_offer_once')
        .unique()
        .on('rapid_response_offers')
        .columns(['worker_id', 'kind', 'ref'])
        .execute();
      await db.schema.createIndex('rapid_response_offers_event').on('rapid_response_offers').columns(['event_id']).execute();
    },
  };
}
