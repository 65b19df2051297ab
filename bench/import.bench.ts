/**
 * Import benchmark: N synthetic workers (default 1,000,000) as a CSV, imported end to end (blob
 * store, parse, validation, encryption, blind index, insert, audit) into a fresh SQLite file through
 * the same service and engine as the API and CLI. Beside it, in the same run, the ceiling: the same
 * rows, encoded outside the timer, loaded the best way found for this schema (bench/import-ceiling:
 * one transaction, 1 GiB page cache, secondary indexes built after the load, their build timed).
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres): a database
 * of its own (wugong_bench, created and dropped here), the same import, and beside it the ceiling of
 * COPY (psql \copy) of the same encoded rows into the same schema in one transaction.
 * Peak RSS is sampled from process.memoryUsage().rss (worker threads share the process).
 *   npm run bench -- import --size 100000        (BENCH_SKIP_PG=1 to leave PostgreSQL out)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import type { Benchmark } from './types.js';
import { loadConfig, type Config } from '../src/config.js';
import { openPostgres, openSqlite, type Db } from '../src/db/database.js';
import { openRuntime } from '../src/runtime.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor } from '../src/modules/actor.js';
import { runFileImport } from '../src/modules/imports/import-file.js';
import { bestLoad, csvFile, encodedChunks, rssSampler } from './import-rows.js';

const KEY = Buffer.alloc(32, 3).toString('base64');
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'wugong_bench';
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
/** SQLite page cache in KiB during the import (BENCH_CACHE_KIB; the engine's default is 65,536). */
const CACHE_KIB = Number(process.env.BENCH_CACHE_KIB ?? 65_536);
/** Rows per transaction of the import (BENCH_BATCH; unset: the engine's default, 10,000). */
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

function sqliteFile(file: string): Db {
  const db = openSqlite(file);
  if (CACHE_KIB > 0) db.sqlite?.pragma(`cache_size = -${CACHE_KIB}`);
  return db;
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
    // How busy the main thread was (decision 240: with a reader thread it only writes).
    const elu0 = performance.eventLoopUtilization();
    const r = await runFileImport(rt.services.imports, systemActor(), 'people', file, 'insert', {
      workers: WORKERS,
      // BENCH_READER=1: read in a reader thread (decision 240).
      readerThread: process.env.BENCH_READER === '1',
      ...(BATCH ? { batchSize: BATCH } : {}),
      sqliteCacheKiB: CACHE_KIB,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const c = process.cpuUsage(cpu0);
    const cpuSeconds = (c.user + c.system) / 1e6;
    const mainBusy = performance.eventLoopUtilization(elu0).utilization;
    if (!r.ok) throw new Error(`import refused: ${r.reason.code}`);
    if (r.value.status !== 'done') throw new Error(`import failed: ${r.value.errorMessage}`);
    return { seconds, cpuSeconds, mainBusy, job: r.value };
  } finally {
    await rt.close();
  }
}

/**
 * The ceiling: the best loading of the same schema found (bench/import-ceiling.bench.ts): one
 * transaction, 1 GiB page cache, the secondary indexes dropped before and built after (timed).
 */
async function ceiling(dir: string, size: number): Promise<{ rate: number; cpuRate: number }> {
  const db = openSqlite(path.join(dir, 'ceiling.db'));
  await migrateToLatest(db);
  const handle = db.sqlite;
  if (!handle) throw new Error('no sqlite handle');
  const r = bestLoad(handle, KEY, size, { rebuildIndexes: true });
  await db.destroy();
  return r;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

/** COPY of the same encoded rows into a fresh schema of `url`, one transaction, indexes kept: rows per second. */
async function copyCeiling(url: string, dir: string, size: number): Promise<number> {
  const schema = `ceiling_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const db = openPostgres(url, { searchPath: schema });
    await migrateToLatest(db);
    await db.destroy();
    const people = path.join(dir, 'people.copy.csv');
    const identities = path.join(dir, 'identities.copy.csv');
    const out = fs.createWriteStream(people);
    const ids = fs.createWriteStream(identities);
    let cols: string[] = [];
    for (const rows of encodedChunks(KEY, size)) {
      if (!cols.length && rows[0]) cols = Object.keys(rows[0]);
      let text = '';
      let idText = '';
      for (const row of rows) {
        text += `${cols.map((c) => csvCell(row[c])).join(',')}\n`;
        idText += `${csvCell(row.id_index)},${csvCell(row.id)}\n`;
      }
      if (!out.write(text)) await once(out, 'drain');
      if (!ids.write(idText)) await once(ids, 'drain');
    }
    out.end();
    ids.end();
    await Promise.all([once(out, 'finish'), once(ids, 'finish')]);
    const started = process.hrtime.bigint();
    const copyOptions = `with (format csv)`;
    const script = path.join(dir, 'copy.sql');
    fs.writeFileSync(
      script,
      [
        `set search_path = ${schema};`,
        'begin;',
        `\\copy person_identities (id_index, person_id) from '${identities}' ${copyOptions}`,
        `\\copy people (${cols.join(', ')}) from '${people}' ${copyOptions}`,
        'commit;',
      ].join('\n'),
    );
    const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-f', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`psql copy failed: ${r.stderr.toString()}`);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return size / seconds;
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

async function postgresImport(dir: string, file: string, size: number): Promise<Record<string, number | string>> {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return { postgres: 'not reachable' };
  }
  await admin.query(`drop database if exists ${PG_DB}`);
  await admin.query(`create database ${PG_DB}`);
  const url = new URL(PG_URL);
  url.pathname = `/${PG_DB}`;
  try {
    const { seconds, job } = await importInto(openPostgres(url.href), path.join(dir, 'pg'), file);
    const copyRate = await copyCeiling(url.href, dir, size);
    const rate = job.created / seconds;
    return {
      postgresRowsPerSecond: Math.round(rate),
      postgresSeconds: Math.round(seconds * 10) / 10,
      postgresCopyCeilingRowsPerSecond: Math.round(copyRate),
      postgresRatio: Number((rate / copyRate).toFixed(3)),
    };
  } finally {
    await admin.query(`drop database if exists ${PG_DB}`);
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
      const { seconds, cpuSeconds, mainBusy, job } = await importInto(sqliteFile(path.join(dir, 'bench.db')), dir, file);
      rss.stop();
      if (job.created !== n) throw new Error(`expected ${n} created, got ${JSON.stringify(job)}`);
      const ceilingRate = await ceiling(dir, n);
      const pgResult = process.env.BENCH_SKIP_PG ? { postgres: 'skipped' } : await postgresImport(dir, file, n);
      return {
        rows: n,
        workers: WORKERS,
        readerThread: process.env.BENCH_READER === '1' ? 'yes' : 'no',
        sqliteCacheKiB: CACHE_KIB || 'default',
        rowsPerTransaction: BATCH ?? 'default',
        sqliteSeconds: Math.round(seconds * 10) / 10,
        sqliteRowsPerSecond: Math.round(n / seconds),
        peakRssMiB: Math.round(rss.peak() / 2 ** 20),
        startRssMiB: Math.round(baseRss / 2 ** 20),
        sqliteRowsPerCpuSecond: Math.round(n / cpuSeconds),
        mainThreadBusy: Number(mainBusy.toFixed(2)),
        ceilingRowsPerSecond: Math.round(ceilingRate.rate),
        ceilingRowsPerCpuSecond: Math.round(ceilingRate.cpuRate),
        ratio: Number((n / seconds / ceilingRate.rate).toFixed(3)),
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
