import { sql, type ColumnDataType, type Expression, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * The worker registry: people, the national identity reference table and the child histories.
 * Searched text columns use the "C" collation on PostgreSQL so that prefix ranges use the B-tree
 * indexes exactly as on SQLite (binary collation). See docs/decisions/040–049.
 */
export function people(dialect: DialectName): Migration {
  const searchText = (): ColumnDataType | Expression<unknown> => (dialect === 'postgres' ? sql`text collate "C"` : 'text');
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('name', searchText(), (c) => c.notNull())
        .addColumn('name_pinyin', searchText(), (c) => c.notNull())
        .addColumn('name_initials', searchText(), (c) => c.notNull())
        .addColumn('id_enc', 'text', (c) => c.notNull())
        .addColumn('id_index', 'text', (c) => c.notNull())
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('birth_date', 'text', (c) => c.notNull())
        .addColumn('phone_enc', 'text')
        .addColumn('phone_index', 'text')
        .addColumn('bank_enc', 'text')
        .addColumn('bank_index', 'text')
        .addColumn('hukou_code', searchText(), (c) => c.notNull())
        .addColumn('residence_code', searchText())
        .addColumn('employment_code', searchText())
        .addColumn('insured_code', searchText())
        .addColumn('poverty_registered', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('poverty_from', 'text')
        .addColumn('poverty_to', 'text')
        .addColumn('dibao', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('dibao_from', 'text')
        .addColumn('dibao_to', 'text')
        .addColumn('education', 'text')
        .addColumn('willing_to_go_out', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expected_wage_fen', 'bigint')
        .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('merged_into', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      const idx = async (name: string, columns: string[]) => db.schema.createIndex(name).on('people').columns(columns).execute();
      // (prefix column, id): ordered paging without a sort step; the localities and merged_into make
      // the jurisdiction filter and the capped count index-only (docs/decisions/044).
      const scoped = ['id', 'hukou_code', 'residence_code', 'employment_code', 'insured_code', 'merged_into'];
      await idx('people_name', ['name', ...scoped]);
      await idx('people_initials', ['name_initials', ...scoped]);
      await idx('people_pinyin', ['name_pinyin', ...scoped]);
      await idx('people_hukou', ['hukou_code']);
      await idx('people_residence', ['residence_code']);
      await idx('people_employment', ['employment_code']);
      await idx('people_insured', ['insured_code']);
      // No index on people.id_index: ID-number look-ups go through person_identities, whose primary key
      // is the same blind index (docs/decisions/090).
      await idx('people_phone_index', ['phone_index']);
      // No index on province alone: no query filters people by province only (it is the sharding key),
      // and every index costs each imported row a B-tree insert (docs/decisions/090).
      // Partial: only merged records are indexed, so the planner never takes it for `merged_into IS NULL`.
      await db.schema
        .createIndex('people_merged_into')
        .on('people')
        .column('merged_into')
        .where(sql.ref('merged_into'), 'is not', null)
        .execute();

      // Reference table (replicated to every node under Citus): no foreign key to the distributed table.
      // On SQLite WITHOUT ROWID: the primary key is the table, one B-tree per insert instead of two.
      await db.schema
        .createTable('person_identities')
        .addColumn('id_index', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();

      await db.schema
        .createTable('person_occupations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('occupation_code', 'text', (c) => c.notNull())
        .addColumn('level', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('person_occupations_person').on('person_occupations').column('person_id').execute();

      await db.schema
        .createTable('employment_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('enterprise_name', 'text', (c) => c.notNull())
        .addColumn('credit_code', 'text')
        .addColumn('division_code', 'text', (c) => c.notNull())
        .addColumn('occupation_code', 'text')
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text')
        .addColumn('monthly_wage_fen', 'bigint')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('employment_history_person').on('employment_history').column('person_id').execute();

      await db.schema
        .createTable('insurance_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('province', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('division_code', 'text', (c) => c.notNull())
        .addColumn('start_month', 'text', (c) => c.notNull())
        .addColumn('end_month', 'text')
        .addColumn('contribution_months', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('insurance_history_person').on('insurance_history').column('person_id').execute();
    },
  };
}
