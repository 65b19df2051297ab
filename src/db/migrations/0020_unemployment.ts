import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Unemployment registration (issue 10, point 1; O61-3.2). One row per registration, at one of the
 * person's four places; its steps (registered, transferred, services started, employed, deregistered)
 * in an append-only history. At most one active registration per person: a partial unique index,
 * which SQLite and PostgreSQL both enforce (decision 143).
 */
export function unemployment(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('unemployment_registrations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('place_kind', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('registered_on', 'text', (c) => c.notNull())
        .addColumn('ended_on', 'text')
        .addColumn('end_reason', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('unemployment_one_active')
        .unique()
        .on('unemployment_registrations')
        .columns(['person_id'])
        .where(sql<boolean>`status in ('registered', 'receiving_services')`)
        .execute();
      await db.schema.createIndex('unemployment_region').on('unemployment_registrations').columns(['region', 'status']).execute();
      await db.schema
        .createTable('unemployment_registration_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('registration_id', 'text', (c) => c.notNull().references('unemployment_registrations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('place_kind', 'text')
        .addColumn('place_code', 'text')
        .addColumn('note', 'text')
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text')
        .execute();
      await db.schema
        .createIndex('unemployment_events_registration')
        .on('unemployment_registration_events')
        .columns(['registration_id', 'at'])
        .execute();
    },
  };
}
