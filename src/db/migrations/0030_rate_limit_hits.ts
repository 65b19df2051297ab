import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * Rate-limit counts shared by every app server on PostgreSQL (decision 231): hits per (key, window
 * start), raised by one atomic upsert; rows whose window is over are pruned in small batches by the
 * servers themselves. On PostgreSQL the table is unlogged: the counts are worth less than the
 * write-ahead log they would cost on every request, and a crash only forgets the current minute.
 * SQLite gets the same table (one schema), though a single server counts in its own process.
 */
export function rateLimitHits(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      let table = db.schema.createTable('rate_limit_hits');
      if (dialect === 'postgres') table = table.modifyFront(sql`unlogged`);
      await table
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limit_hits_pk', ['key', 'window_start'])
        .execute();
      await db.schema.createIndex('rate_limit_hits_expires').on('rate_limit_hits').column('expires_at').execute();
    },
  };
}
