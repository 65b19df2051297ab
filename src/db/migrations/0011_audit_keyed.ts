import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The keyed audit chain (decision 110) and audit reads by region (decision 112).
 * `audit_log.alg` marks how each entry's hash was made: every entry written before this migration
 * is plain SHA-256 ('sha256'); the service writes 'hmac-sha256' from now on. `audit_heads.legacy_seq`
 * is how many plain entries each chain had here, the most it may ever have. `audit_log.region` is the
 * division code of the record an entry describes (null for older entries and national records).
 */
export function auditKeyed(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('audit_log')
        .addColumn('alg', 'text', (c) => c.notNull().defaultTo('sha256'))
        .execute();
      await db.schema.alterTable('audit_log').addColumn('region', 'text').execute();
      await db.schema
        .alterTable('audit_heads')
        .addColumn('legacy_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update audit_heads set legacy_seq = last_seq`.execute(db);
      await db.schema.createIndex('audit_log_region').on('audit_log').columns(['region', 'id']).execute();
      await db.schema.createIndex('audit_log_province_id').on('audit_log').columns(['province', 'id']).execute();
    },
  };
}
