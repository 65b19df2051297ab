/**
 * Runs the migration set (one set for SQLite and PostgreSQL) to the latest version.
 */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import { migrationList } from './migrations/index.js';

class ListProvider implements MigrationProvider {
  constructor(private readonly db: Db) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, factory] of migrationList) out[name] = factory(this.db.dialect);
    return out;
  }
}

/** Migrates to the latest version; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // On PostgreSQL, keep Kysely's own tables in the chosen schema: otherwise it looks for them in every
  // schema and two databases in one PostgreSQL (e.g. parallel test schemas) confuse each other.
  const migrator = new Migrator({
    db: db.kysely,
    provider: new ListProvider(db),
    ...(db.dialect === 'postgres' && db.schema ? { migrationTableSchema: db.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new Error(`migration failed${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
