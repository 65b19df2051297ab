import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * Classification catalogues (industries GB/T 4754-2017, occupations 2022) and the enterprise
 * registry: `enterprises` (distributed by `province`) and `credit_codes`, the small national
 * reference table that keeps a unified social credit code unique across shards.
 */
export function enterprises(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('industries')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('priority_sector', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('occupations')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('is_digital', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('is_green', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('occupations_level').on('occupations').columns(['level', 'code']).execute();
      await db.schema
        .createTable('enterprises')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('credit_code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('industry_code', 'text', (c) => c.notNull())
        .addColumn('address_code', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('size', 'text')
        .addColumn('contact_name', 'text')
        .addColumn('contact_phone_enc', 'text')
        .addColumn('contact_phone_index', 'text')
        .addColumn('arrears_flag', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('arrears_reason', 'text')
        .addColumn('arrears_date', 'text')
        .addColumn('arrears_by', 'text')
        .addColumn('arrears_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('enterprises_address').on('enterprises').columns(['province', 'address_code']).execute();
      await db.schema.createIndex('enterprises_credit').on('enterprises').column('credit_code').execute();
      await db.schema.createIndex('enterprises_industry').on('enterprises').columns(['province', 'industry_code']).execute();
      await db.schema.createIndex('enterprises_arrears').on('enterprises').columns(['province', 'arrears_flag']).execute();
      await db.schema.createIndex('enterprises_phone').on('enterprises').column('contact_phone_index').execute();
      await db.schema
        .createTable('credit_codes')
        .addColumn('credit_code', 'text', (c) => c.primaryKey())
        .addColumn('enterprise_id', 'text', (c) => c.notNull())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['credit_codes', 'enterprises', 'occupations', 'industries']) await db.schema.dropTable(t).execute();
    },
  };
}
