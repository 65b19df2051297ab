import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Import files at rest (issue 6, point 10): each job keeps two error reports — `report_hash` now
 * names the masked one every viewer gets, `report_reveal_hash` the one showing the failing values,
 * for users allowed to reveal them — and `source_purged_at` records when the retention period
 * deleted the uploaded file. Reports written before this migration are unmasked: they move to
 * `report_reveal_hash`, so only a user allowed to reveal (and audited) can still download them.
 */
export function importRetention(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('import_jobs').addColumn('report_reveal_hash', 'text').execute();
      await db.schema.alterTable('import_jobs').addColumn('source_purged_at', 'text').execute();
      await sql`update import_jobs set report_reveal_hash = report_hash, report_hash = null where report_hash is not null`.execute(db);
      // The retention sweep, and "does another job still hold this file?".
      await db.schema
        .createIndex('import_jobs_retention')
        .on('import_jobs')
        .columns(['finished_at'])
        .where(sql<boolean>`source_purged_at is null`)
        .execute();
      await db.schema.createIndex('import_jobs_file').on('import_jobs').columns(['file_hash']).execute();
    },
  };
}
