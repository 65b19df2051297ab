/**
 * Opens the database: PostgreSQL when a URL is given, else the embedded SQLite file.
 * Both run the same Kysely code and the same migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** The raw SQLite handle (online backup, bulk import); undefined on PostgreSQL. */
  sqlite: BetterSqlite3.Database | undefined;
  /** The PostgreSQL pool; undefined on SQLite. */
  pool: pg.Pool | undefined;
  /** The PostgreSQL schema named in search_path, when one was chosen (tests); undefined means the default. */
  schema: string | undefined;
  destroy(): Promise<void>;
}

// int8 (count(*), sums of fen) as JavaScript numbers: amounts stay far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));

/**
 * SQLite transactions start with BEGIN IMMEDIATE, so that a writer takes the write lock at once and
 * waits (busy_timeout) instead of failing on upgrade when several processes share one file.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly handle: BetterSqlite3.Database) {
    super({ database: handle });
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver({ database: reusingStatements(this.handle) });
  }
}

/**
 * The handle as Kysely sees it, with each SQL text prepared once and its statement reused: Kysely
 * prepares every query anew, which cost more than a point read itself (decision 160). Kysely runs
 * one query at a time on the connection, so a statement is never run twice at once.
 */
function reusingStatements(handle: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => handle.close(),
    prepare(sql: string) {
      let stmt = statements.get(sql);
      if (!stmt) {
        // Texts that differ by their number of rows (multi-row inserts) would grow the map for ever.
        if (statements.size >= 1000) statements.clear();
        stmt = handle.prepare(sql);
        statements.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/** Opens a SQLite file (or ':memory:') with WAL, foreign keys and a busy timeout. */
export function openSqlite(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = new BetterSqlite3(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = NORMAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 10000');
  // Keeps the planner's statistics fresh for a long-lived connection (SQLite's recommended practice).
  handle.pragma('optimize = 0x10002');
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(handle) });
  return {
    kysely,
    dialect: 'sqlite',
    sqlite: handle,
    pool: undefined,
    schema: undefined,
    destroy: async () => {
      if (handle.open) handle.pragma('optimize');
      await kysely.destroy();
      // Kysely opens its driver on the first query: a handle used only directly is closed here.
      if (handle.open) handle.close();
    },
  };
}

/** Opens a PostgreSQL pool; searchPath selects a schema (each test file gets its own). */
export function openPostgres(url: string, opts: { searchPath?: string; max?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    sqlite: undefined,
    pool,
    schema: opts.searchPath,
    destroy: () => kysely.destroy(),
  };
}

/** Opens the configured database. */
export function openDatabase(cfg: { databaseUrl: string | undefined; sqliteFile: string }): Db {
  return cfg.databaseUrl ? openPostgres(cfg.databaseUrl) : openSqlite(cfg.sqliteFile);
}
