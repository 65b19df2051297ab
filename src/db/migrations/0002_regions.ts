import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';

/** Divisions (reference data from the seed) and dated priority designations. */
export function regions(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('divisions')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent_code', 'text', (c) => c.notNull())
        .addColumn('pinyin', 'text', (c) => c.notNull())
        .addColumn('initials', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('divisions_parent').on('divisions').columns(['parent_code', 'code']).execute();
      await db.schema.createIndex('divisions_level').on('divisions').columns(['level', 'code']).execute();
      await db.schema.createIndex('divisions_name').on('divisions').column('name').execute();
      if (dialect === 'postgres') {
        // LIKE 'prefix%' can use a btree index on PostgreSQL only with the pattern operator class.
        await sql`create index divisions_pinyin on divisions (pinyin text_pattern_ops)`.execute(db);
        await sql`create index divisions_initials on divisions (initials text_pattern_ops)`.execute(db);
        await sql`create index divisions_code_pattern on divisions (code text_pattern_ops)`.execute(db);
      } else {
        await db.schema.createIndex('divisions_pinyin').on('divisions').column('pinyin').execute();
        await db.schema.createIndex('divisions_initials').on('divisions').column('initials').execute();
      }
      await db.schema
        .createTable('priority_designations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('close_reason', 'text')
        .execute();
      await db.schema.createIndex('priority_designations_code').on('priority_designations').columns(['code', 'valid_from']).execute();
      await db.schema.createIndex('priority_designations_kind').on('priority_designations').columns(['kind', 'code']).execute();
    },
  };
}
