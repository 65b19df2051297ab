import type { Kysely, Migration } from 'kysely';

/**
 * Assistance cases (issue 10, point 2; O61-3.1). One case per unemployment registration, keyed by the
 * registration's id (decision 156); its plan items (first contact, guidance, referrals, an offer) with
 * due dates and counts; the steps officers record; one reminder per overdue plan item, unique so a
 * timer fired twice cannot remind twice (decision 158).
 */
export function assistance(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('assistance_cases')
        .addColumn('id', 'text', (c) => c.primaryKey().references('unemployment_registrations.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('opened_on', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'text')
        .addColumn('close_reason', 'text')
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('derived_categories', 'text', (c) => c.notNull())
        .addColumn('recorded_categories', 'text', (c) => c.notNull())
        .addColumn('standard', 'text', (c) => c.notNull())
        .addColumn('officer_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assistance_cases_region').on('assistance_cases').columns(['region', 'status']).execute();
      await db.schema.createIndex('assistance_cases_officer').on('assistance_cases').columns(['officer_id', 'status']).execute();
      await db.schema
        .createTable('assistance_plan_items')
        .addColumn('case_id', 'text', (c) => c.notNull().references('assistance_cases.id'))
        .addColumn('requirement', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('target', 'integer', (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('met_on', 'text')
        .addPrimaryKeyConstraint('assistance_plan_items_pk', ['case_id', 'requirement'])
        .execute();
      await db.schema.createIndex('assistance_plan_items_due').on('assistance_plan_items').columns(['met_on', 'due_on']).execute();
      await db.schema
        .createTable('assistance_steps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('assistance_cases.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('officer_id', 'text')
        .addColumn('officer_name', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('application_id', 'text', (c) => c.unique())
        .addColumn('posting_title', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assistance_steps_case').on('assistance_steps').columns(['case_id', 'on_date']).execute();
      await db.schema
        .createTable('assistance_reminders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('assistance_cases.id'))
        .addColumn('requirement', 'text', (c) => c.notNull())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('officer_id', 'text')
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('assistance_reminders_once', ['case_id', 'requirement'])
        .execute();
      await db.schema.createIndex('assistance_reminders_region').on('assistance_reminders').columns(['region', 'created_at']).execute();
    },
  };
}
