/**
 * The loading ceiling of the people schema (issue 8 point 2): the same N pre-encoded rows (parsed,
 * validated, encrypted and indexed once, outside every timer) loaded into a fresh, migrated SQLite
 * file per variant with raw prepared statements, in one run:
 *   import-settings   the engine's old settings: 10,000 rows a commit, 64 MiB cache, indexes kept
 *   commit-100k       100,000 rows a commit
 *   indexes-after     10,000 rows a commit, the people table's secondary indexes built after the load
 *   best              one transaction, 1 GiB cache, secondary indexes built after
 * Each variant includes its index build. The best figure is the ceiling bench/import.bench.ts
 * divides by.
 *   npm run bench -- import-ceiling --size 200000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './types.js';
import { openSqlite } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createPii } from '../src/crypto/pii.js';
import { systemClock } from '../src/core/clock.js';
import { newId } from '../src/core/ids.js';
import { systemActor } from '../src/modules/actor.js';
import { createImportParser } from '../src/modules/people/person.import-parser.js';
import { syntheticCells, syntheticPeople } from '../src/demo/synthetic-people.js';

const KEY = Buffer.alloc(32, 3).toString('base64');

export interface Variant {
  name: string;
  rowsPerCommit: number;
  cacheKiB: number;
  indexesAfter: boolean;
}

export const VARIANTS: Variant[] = [
  { name: 'import-settings', rowsPerCommit: 10_000, cacheKiB: 65_536, indexesAfter: false },
  { name: 'commit-100k', rowsPerCommit: 100_000, cacheKiB: 65_536, indexesAfter: false },
  { name: 'indexes-after', rowsPerCommit: 10_000, cacheKiB: 65_536, indexesAfter: true },
  { name: 'best', rowsPerCommit: Number.MAX_SAFE_INTEGER, cacheKiB: 1_048_576, indexesAfter: true },
];

/** N people as rows of the people table (and their identity key), encoded once. */
export function encodedRows(n: number): Array<Record<string, unknown>> {
  const parser = createImportParser({ pii: createPii(Buffer.from(KEY, 'base64')), clock: systemClock });
  const actor = systemActor();
  const t = new Date().toISOString();
  const rows: Array<Record<string, unknown>> = [];
  for (const p of syntheticPeople(n)) {
    const r = parser.parse(syntheticCells(p), actor);
    if (r.ok) rows.push({ ...r.value.data, id: newId(), merged_into: null, version: 1, created_at: t, updated_at: t });
  }
  return rows;
}

/** Loads the rows into a fresh file the variant's way; rows per second including any index build. */
export async function loadVariant(dir: string, rows: Array<Record<string, unknown>>, v: Variant): Promise<number> {
  const file = path.join(dir, `${v.name}.db`);
  const db = openSqlite(file);
  await migrateToLatest(db);
  const handle = db.sqlite;
  if (!handle) throw new Error('no sqlite handle');
  handle.pragma(`cache_size = -${v.cacheKiB}`);
  const first = rows[0];
  if (!first) throw new Error('no rows');
  const cols = Object.keys(first);
  const insertPerson = handle.prepare(`insert into people (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`);
  const insertIdentity = handle.prepare('insert into person_identities (id_index, person_id) values (?, ?)');
  const load = handle.transaction((part: Array<Record<string, unknown>>) => {
    for (const row of part) {
      insertIdentity.run(row.id_index, row.id);
      insertPerson.run(row);
    }
  });
  const started = process.hrtime.bigint();
  const indexes = v.indexesAfter
    ? (handle
        .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'people' and sql is not null")
        .all() as Array<{
        name: string;
        sql: string;
      }>)
    : [];
  for (const i of indexes) handle.exec(`drop index ${i.name}`);
  for (let k = 0; k < rows.length; k += v.rowsPerCommit) load(rows.slice(k, k + v.rowsPerCommit));
  for (const i of indexes) handle.exec(i.sql);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await db.destroy();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return rows.length / seconds;
}

const bench: Benchmark = {
  description: 'loading ceiling of the people schema: the same pre-encoded rows, four ways (commit size, cache, index build)',
  async run({ size }) {
    const n = size ?? 200_000;
    const rows = encodedRows(n);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-bench-ceiling-'));
    try {
      const out: Record<string, number | string> = { rows: n };
      for (const v of VARIANTS) out[`${v.name}_rowsPerSecond`] = Math.round(await loadVariant(dir, rows, v));
      out.loadAverage = os.loadavg()[0]?.toFixed(1) ?? '';
      return out;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
