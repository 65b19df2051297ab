import { type Kysely, type Migration } from 'kysely';

/**
 * Jobs that cannot be orphaned (issue 11, point 1; docs/decisions/150): a running import holds a
 * lease (`lease_owner`, `lease_expires_at`) that its process renews; a job whose lease has lapsed is
 * marked `interrupted` by the background runner of any server. `dismissed_at` records that an
 * officer has seen an interrupted (or failed) job, so it no longer asks for attention.
 */
export function jobLeases(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('import_jobs').addColumn('lease_owner', 'text').execute();
      await db.schema.alterTable('import_jobs').addColumn('lease_expires_at', 'text').execute();
      await db.schema.alterTable('import_jobs').addColumn('dismissed_at', 'text').execute();
      await db.schema.createIndex('import_jobs_status').on('import_jobs').columns(['status', 'lease_expires_at']).execute();
    },
  };
}
