import type { Kysely, Migration } from 'kysely';

/** Dated, regional policy parameters recorded by administrators (append-only). */
export function policy(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('policy_parameters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('region_code', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('effective_from', 'text', (c) => c.notNull())
        .addColumn('effective_to', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text')
        .execute();
      await db.schema
        .createIndex('policy_parameters_key')
        .on('policy_parameters')
        .columns(['key', 'region_code', 'effective_from', 'recorded_at'])
        .execute();
    },
  };
}
