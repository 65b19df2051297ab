import type { Kysely, Migration } from 'kysely';

/**
 * Binding requests on the kernel workflow (decision 163): `worker_binding_requests.version`, which
 * every step guards together with the status (existing rows start at 0).
 */
export function workflowVersions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('worker_binding_requests')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
