/**
 * Import benchmark: N synthetic workers (default 1,000,000) as a CSV, imported end to end (blob
 * store, parse, validation, encryption, blind index, insert, audit) into a fresh SQLite file through
 * the same service and engine as the API and CLI; beside it, the ceiling of the same rows inserted
 * with raw prepared statements into another fresh SQLite file with the same schema and indexes;
 * and, when 127.0.0.1:5432/test answers, the same import into a fresh PostgreSQL schema.
 * Peak RSS is sampled from process.memoryUsage().rss (worker threads share the process).
 *   npm run bench -- import --size 100000
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Benchmark } from './types.js';
import { loadConfig, type Config } from '../src/config.js';
import { openPostgres, openSqlite, type Db } from '../src/db/database.js';
import { openRuntime } from '../src/runtime.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createPii } from '../src/crypto/pii.js';
import { systemClock } from '../src/core/clock.js';
import { newId } from '../src/core/ids.js';
import { systemActor } from '../src/modules/actor.js';
import { runFileImport } from '../src/modules/imports/import-file.js';
import { createImportParser } from '../src/modules/people/person.import-parser.js';
import { SYNTHETIC_CSV_HEADER, syntheticCells, syntheticCsvLine, syntheticPeople } from '../src/demo/synthetic-people.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const KEY = Buffer.alloc(32, 3).toString('base64');
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
/** SQLite page cache in KiB during the import (BENCH_CACHE_KIB; the engine's default is 65,536). */
const CACHE_KIB = Number(process.env.BENCH_CACHE_KIB ?? 65_536);
/** Rows per transaction, for the import and the ceiling alike (BENCH_BATCH; the engine's default). */
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);

function sqliteFile(file: string): Db {
  const db = openSqlite(file);
  if (CACHE_KIB > 0) db.sqlite?.pragma(`cache_size = -${CACHE_KIB}`);
  return db;
}

async function csvFile(size: number): Promise<string> {
  const dir = path.join(here, '.cache');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `people-${size}.csv`);
  if (fs.existsSync(file)) return file;
  const tmp = `${file}.part`;
  const out = fs.createWriteStream(tmp);
  out.write(`${SYNTHETIC_CSV_HEADER}\n`);
  for (const p of syntheticPeople(size)) {
    if (!out.write(`${syntheticCsvLine(p)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  fs.renameSync(tmp, file);
  return file;
}

function rssSampler(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return { peak: () => peak, stop: () => clearInterval(t) };
}

function benchConfig(dir: string): Config {
  return {
    ...loadConfig({}),
    dataDir: dir,
    sqliteFile: path.join(dir, 'bench.db'),
    keyFile: path.join(dir, 'key'),
    blobDir: path.join(dir, 'blobs'),
    key: KEY,
    demo: false,
  };
}

/** Imports the file through the service (the API/CLI path); returns seconds and the finished job. */
async function importInto(db: Db, dir: string, file: string) {
  const rt = await openRuntime(benchConfig(dir), { db });
  try {
    const started = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const r = await runFileImport(rt.services.imports, systemActor(), 'people', file, 'insert', {
      workers: WORKERS,
      batchSize: BATCH,
      sqliteCacheKiB: CACHE_KIB,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const c = process.cpuUsage(cpu0);
    const cpuSeconds = (c.user + c.system) / 1e6;
    if (!r.ok) throw new Error(`import refused: ${r.reason.code}`);
    if (r.value.status !== 'done') throw new Error(`import failed: ${r.value.errorMessage}`);
    return { seconds, cpuSeconds, job: r.value };
  } finally {
    await rt.close();
  }
}

/** Raw prepared-statement inserts of the same rows (encoded outside the timer) into a fresh file. */
async function ceiling(dir: string, size: number): Promise<{ rate: number; cpuRate: number }> {
  const db = sqliteFile(path.join(dir, 'ceiling.db'));
  await migrateToLatest(db);
  const handle = db.sqlite;
  if (!handle) throw new Error('no sqlite handle');
  const parser = createImportParser({ pii: createPii(Buffer.from(KEY, 'base64')), clock: systemClock });
  const actor = systemActor();
  const t = new Date().toISOString();
  let insertPerson: ((row: Record<string, unknown>) => void) | undefined;
  const insertIdentity = handle.prepare('insert into person_identities (id_index, person_id) values (?, ?)');
  let timed = 0n;
  let cpu = 0;
  const chunk = BATCH;
  let buffer: Array<Record<string, unknown>> = [];
  const flush = () => {
    const first = buffer[0];
    if (!first) return;
    if (!insertPerson) {
      const cols = Object.keys(first);
      const stmt = handle.prepare(`insert into people (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`);
      insertPerson = (row) => stmt.run(row);
    }
    const run = insertPerson;
    const s = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    handle.transaction((rows: Array<Record<string, unknown>>) => {
      for (const row of rows) {
        insertIdentity.run(row.id_index, row.id);
        run(row);
      }
    })(buffer);
    timed += process.hrtime.bigint() - s;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1e6;
    buffer = [];
  };
  for (const p of syntheticPeople(size)) {
    const r = parser.parse(syntheticCells(p), actor);
    if (!r.ok) continue;
    buffer.push({ ...r.value.data, id: newId(), merged_into: null, version: 1, created_at: t, updated_at: t });
    if (buffer.length >= chunk) flush();
  }
  flush();
  await db.destroy();
  return { rate: size / (Number(timed) / 1e9), cpuRate: size / cpu };
}

async function postgresImport(dir: string, file: string): Promise<Record<string, number | string>> {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return { postgres: 'not reachable' };
  }
  const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  try {
    const { seconds, job } = await importInto(openPostgres(PG_URL, { searchPath: schema }), path.join(dir, 'pg'), file);
    return { postgresRowsPerSecond: Math.round(job.created / seconds), postgresSeconds: Math.round(seconds * 10) / 10 };
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

const bench: Benchmark = {
  description:
    'people import end to end (CSV → validated, encrypted, indexed rows) into SQLite and PostgreSQL, with the raw-insert ceiling',
  async run({ size }) {
    const n = size ?? 1_000_000;
    const file = await csvFile(n);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-bench-import-'));
    try {
      const rss = rssSampler();
      const baseRss = process.memoryUsage().rss;
      const { seconds, cpuSeconds, job } = await importInto(sqliteFile(path.join(dir, 'bench.db')), dir, file);
      rss.stop();
      if (job.created !== n) throw new Error(`expected ${n} created, got ${JSON.stringify(job)}`);
      const ceilingRate = await ceiling(dir, n);
      const pgResult = process.env.BENCH_SKIP_PG ? { postgres: 'skipped' } : await postgresImport(dir, file);
      return {
        rows: n,
        workers: WORKERS,
        sqliteCacheKiB: CACHE_KIB || 'default',
        rowsPerTransaction: BATCH,
        sqliteSeconds: Math.round(seconds * 10) / 10,
        sqliteRowsPerSecond: Math.round(n / seconds),
        peakRssMiB: Math.round(rss.peak() / 2 ** 20),
        startRssMiB: Math.round(baseRss / 2 ** 20),
        sqliteRowsPerCpuSecond: Math.round(n / cpuSeconds),
        ceilingRowsPerSecond: Math.round(ceilingRate.rate),
        ceilingRowsPerCpuSecond: Math.round(ceilingRate.cpuRate),
        loadAverage: os.loadavg()[0]?.toFixed(1) ?? '',
        fileMiB: Math.round(fs.statSync(file).size / 2 ** 20),
        ...pgResult,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
