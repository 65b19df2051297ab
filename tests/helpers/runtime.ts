/**
 * Test runtimes on every database available: SQLite always, PostgreSQL when TEST_DATABASE_URL is
 * set (each runtime in its own schema, dropped afterwards).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { openPostgres, openSqlite, type DialectName } from '../../src/db/database.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { fixedClock } from '../../src/core/clock.js';
import { buildApp, type App } from '../../src/http/app.js';

export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');
export const pgUrl = process.env.TEST_DATABASE_URL;

export function availableDialects(): DialectName[] {
  return pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

if (!pgUrl && !process.env.WUGONG_PG_NOTICE_SHOWN) {
  process.env.WUGONG_PG_NOTICE_SHOWN = '1';
  console.log('[tests] TEST_DATABASE_URL is not set: database tests run on SQLite only');
}

export interface TestRuntime extends Runtime {
  clock: ReturnType<typeof fixedClock>;
  dir: string;
  /** The PostgreSQL schema of this runtime (undefined on SQLite). */
  schema: string | undefined;
}

/** A fresh, migrated runtime on one database, with a fixed clock and a temporary data folder. */
export async function openTestRuntime(dialect: DialectName, overrides: Partial<Config> = {}): Promise<TestRuntime> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-test-'));
  const config: Config = {
    ...loadConfig({}),
    dataDir: dir,
    sqliteFile: path.join(dir, 'test.db'),
    keyFile: path.join(dir, 'key'),
    blobDir: path.join(dir, 'blobs'),
    key: TEST_KEY,
    demo: false,
    ...overrides,
  };
  const clock = fixedClock('2026-11-28T02:00:00.000Z');
  let schema: string | undefined;
  let db;
  if (dialect === 'postgres') {
    if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
    schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    db = openPostgres(pgUrl, { searchPath: schema, max: 12 });
  } else {
    db = openSqlite(config.sqliteFile);
  }
  const rt = await openRuntime({ ...config, databaseUrl: dialect === 'postgres' ? pgUrl : undefined }, { db, clock });
  const close = async () => {
    await rt.close();
    if (schema) {
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { ...rt, clock, dir, schema, close };
}

export interface Ctx {
  rt: TestRuntime;
  app: App;
}

/**
 * Runs a suite once per available database with a fresh runtime and app.
 * Usage: describeEachDb('people', (ctx) => { it('…', async () => { ctx().app.inject(…) }) })
 */
export function describeEachDb(name: string, body: (ctx: () => Ctx, dialect: DialectName) => void, overrides: Partial<Config> = {}): void {
  for (const dialect of availableDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let current: Ctx | undefined;
      beforeAll(async () => {
        const rt = await openTestRuntime(dialect, overrides);
        const app = await buildApp({ services: rt.services, config: rt.config });
        current = { rt, app };
      });
      afterAll(async () => {
        await current?.app.close();
        await current?.rt.close();
      });
      body(() => {
        if (!current) throw new Error('runtime not ready');
        return current;
      }, dialect);
    });
  }
}
