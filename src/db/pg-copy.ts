/**
 * One PostgreSQL connection held for the length of a bulk load, with a Kysely instance bound to it
 * and `COPY … FROM STDIN` on the same connection (pg-copy-streams). A Kysely transaction started on
 * `kysely` runs on that connection, so a COPY issued inside it belongs to the transaction: the rows
 * it loads commit or vanish with the rest of the batch (decision 232).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from './database.js';
import type { Database } from './schema.js';

export interface PinnedPostgres {
  /** Kysely on the held connection: one caller at a time (the loader's batches are sequential). */
  kysely: Kysely<Database>;
  /** Runs `copy … from stdin` (text format) with the given data on the held connection; returns the row count. */
  copyIn(statement: string, data: string): Promise<number>;
  /** Gives the connection back to the pool (destroyed instead when it failed). */
  release(): Promise<void>;
}

/** Holds one connection of `db`'s pool; undefined on SQLite. */
export async function pinPostgres(db: Db): Promise<PinnedPostgres | undefined> {
  if (!db.pool) return undefined;
  const client: pg.PoolClient = await db.pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => (broken = err);
  client.on('error', onError);
  // Kysely asks its pool for a client per query or transaction and releases it after: hand it the
  // held client every time and keep the real release for the end.
  const held = {
    query: client.query.bind(client),
    release: () => {},
  };
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => held, end: async () => {} } }),
  });
  return {
    kysely,
    async copyIn(statement, data) {
      const stream = client.query(copyFrom(statement));
      await pipeline(Readable.from([data]), stream);
      return stream.rowCount;
    },
    async release() {
      await kysely.destroy();
      client.off('error', onError);
      client.release(broken ?? false);
    },
  };
}

/** One value in COPY's text format: \N for null, backslash escapes for the four special characters. */
export function copyTextValue(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : v;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
