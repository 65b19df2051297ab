import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Job fairs (issue 9, point 7; O61-1.1, O61-4.1): the fair of an organising office, its employers
 * with their booths and the postings they bring, workers' registrations with a short code and one
 * check-in each, online visits (one per worker), and the applications made through the fair — a link
 * to the jobs module's application, not a column on it (decision 205).
 */
export function fairs(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('job_fairs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('hours', 'text', (c) => c.notNull())
        .addColumn('venue_code', 'text')
        .addColumn('venue_address', 'text')
        .addColumn('target_groups', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addColumn('registered', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addCheckConstraint('job_fairs_capacity', sql`registered <= capacity`)
        .execute();
      await db.schema.createIndex('job_fairs_dates').on('job_fairs').columns(['ends_on', 'starts_on']).execute();
      await db.schema.createIndex('job_fairs_region').on('job_fairs').columns(['region', 'starts_on']).execute();
      await db.schema
        .createTable('job_fair_employers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fair_id', 'text', (c) => c.notNull().references('job_fairs.id'))
        .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('booth', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('job_fair_employers_once', ['fair_id', 'enterprise_id'])
        .execute();
      await db.schema.createIndex('job_fair_employers_enterprise').on('job_fair_employers').columns(['enterprise_id']).execute();
      await db.schema
        .createTable('job_fair_postings')
        .addColumn('fair_id', 'text', (c) => c.notNull().references('job_fairs.id'))
        .addColumn('posting_id', 'text', (c) => c.notNull().references('job_postings.id'))
        .addColumn('enterprise_id', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_fair_postings_pk', ['fair_id', 'posting_id'])
        .execute();
      await db.schema
        .createTable('job_fair_registrations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fair_id', 'text', (c) => c.notNull().references('job_fairs.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('registered_at', 'text', (c) => c.notNull())
        .addColumn('checked_in_at', 'text')
        .addColumn('checked_in_by', 'text')
        .addUniqueConstraint('job_fair_registrations_once', ['fair_id', 'person_id'])
        .addUniqueConstraint('job_fair_registrations_code', ['fair_id', 'code'])
        .execute();
      await db.schema.createIndex('job_fair_registrations_person').on('job_fair_registrations').columns(['person_id']).execute();
      await db.schema
        .createTable('job_fair_visits')
        .addColumn('fair_id', 'text', (c) => c.notNull().references('job_fairs.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('visited_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_fair_visits_pk', ['fair_id', 'person_id'])
        .execute();
      await db.schema
        .createTable('job_fair_applications')
        .addColumn('application_id', 'text', (c) => c.primaryKey().references('job_applications.id'))
        .addColumn('fair_id', 'text', (c) => c.notNull().references('job_fairs.id'))
        .addColumn('posting_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('job_fair_applications_fair').on('job_fair_applications').columns(['fair_id']).execute();
    },
  };
}
