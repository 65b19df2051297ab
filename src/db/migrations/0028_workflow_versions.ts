import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Binding requests on the kernel workflow (decision 163): `worker_binding_requests.version`, which
 * every step guards together with the status (existing rows start at 0). Claim clocks (decision 164):
 * `claims.status_since`, the instant the claim entered its status, set by the workflow engine on
 * every status step and backfilled from `updated_at` (the best known value for existing rows).
 * A fair's employer on the workflow too (decision 178): `job_fair_employers.version`.
 */
export function workflowVersions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('worker_binding_requests')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('claims').addColumn('status_since', 'text').execute();
      await db.schema
        .alterTable('job_fair_employers')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update claims set status_since = updated_at`.execute(db);
    },
  };
}
