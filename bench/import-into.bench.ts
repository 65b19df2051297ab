/**
 * Import into a registry that already holds people (issue 8 point 2): N new synthetic workers
 * (default 100,000; people BENCH_BASE .. BENCH_BASE + N - 1 of the same population, so none is
 * already there) imported end to end through the same service as the API and CLI into a copy of
 * the cached database of BENCH_BASE people (default 1,000,000; bench/people-db.ts, built the first
 * time). Beside it, in the same run, the ceiling: the same rows, encoded outside the timer, loaded
 * into another copy of that database the best way found, whichever of two is faster here: one
 * transaction with a 1 GiB page cache and the indexes kept, or the same with the secondary indexes
 * of people dropped first and built again after over all the rows (timed).
 *   npm run bench -- import-into --size 100000        (BENCH_BASE=1000000; BENCH_CACHE_KIB, BENCH_BATCH as in import)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './types.js';
import { loadConfig } from '../src/config.js';
import { openSqlite } from '../src/db/database.js';
import { openRuntime } from '../src/runtime.js';
import { systemActor } from '../src/modules/actor.js';
import { runFileImport } from '../src/modules/imports/import-file.js';
import { BENCH_KEY, openPeopleDb } from './people-db.js';
import { bestLoad, csvFile, rssSampler } from './import-rows.js';

const BASE = Number(process.env.BENCH_BASE ?? 1_000_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
/** SQLite page cache in KiB and rows per transaction during the import (unset: the engine's defaults). */
const CACHE_KIB = process.env.BENCH_CACHE_KIB ? Number(process.env.BENCH_CACHE_KIB) : undefined;
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

/** A copy of the cached base database (outside every timer). */
async function baseCopy(to: string): Promise<void> {
  const { rt } = await openPeopleDb(BASE, (s) => console.error(s));
  const file = rt.config.sqliteFile;
  await rt.close();
  fs.copyFileSync(file, to);
}

/** The same rows loaded into a copy of the base: rows per second, indexes kept or rebuilt after. */
async function ceiling(file: string, n: number, rebuildIndexes: boolean): Promise<number> {
  const handle = openSqlite(file);
  const db = handle.sqlite;
  if (!db) throw new Error('no sqlite handle');
  const { rate } = bestLoad(db, BENCH_KEY, n, { start: BASE, rebuildIndexes });
  await handle.destroy();
  return rate;
}

const bench: Benchmark = {
  description: 'people import into a registry already holding BENCH_BASE people (SQLite), with the best loading of the same rows',
  async run({ size }) {
    const n = size ?? 100_000;
    const file = await csvFile(n, BASE);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-bench-into-'));
    try {
      const target = path.join(dir, 'bench.db');
      await baseCopy(target);
      const config = {
        ...loadConfig({}),
        dataDir: dir,
        sqliteFile: target,
        keyFile: path.join(dir, 'key'),
        blobDir: path.join(dir, 'blobs'),
        key: BENCH_KEY,
        demo: false,
      };
      const rt = await openRuntime(config, { db: openSqlite(target) });
      const rss = rssSampler();
      const started = process.hrtime.bigint();
      const r = await runFileImport(rt.services.imports, systemActor(), 'people', file, 'insert', {
        workers: WORKERS,
        ...(BATCH ? { batchSize: BATCH } : {}),
        ...(CACHE_KIB ? { sqliteCacheKiB: CACHE_KIB } : {}),
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      rss.stop();
      await rt.close();
      if (!r.ok) throw new Error(`import refused: ${r.reason.code}`);
      if (r.value.status !== 'done' || r.value.created !== n) throw new Error(`import: ${JSON.stringify(r.value)}`);
      fs.rmSync(target);
      const copy = path.join(dir, 'ceiling.db');
      await baseCopy(copy);
      const kept = await ceiling(copy, n, false);
      await baseCopy(copy);
      const rebuilt = await ceiling(copy, n, true);
      const best = Math.max(kept, rebuilt);
      return {
        base: BASE,
        rows: n,
        workers: WORKERS,
        sqliteCacheKiB: CACHE_KIB ?? 'default',
        rowsPerTransaction: BATCH ?? 'default',
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond: Math.round(n / seconds),
        peakRssMiB: Math.round(rss.peak() / 2 ** 20),
        ceilingIndexesKeptRowsPerSecond: Math.round(kept),
        ceilingIndexesRebuiltRowsPerSecond: Math.round(rebuilt),
        ratio: Number((n / seconds / best).toFixed(3)),
        loadAverage: os.loadavg()[0]?.toFixed(1) ?? '',
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
