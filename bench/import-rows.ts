/**
 * What the import benchmarks share: the synthetic CSV file (cached under bench/.cache), the same
 * rows encoded as the import would store them (outside any timer), their best loading (the ceilings),
 * and a peak-RSS sampler.
 */
import type BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createPii } from '../src/crypto/pii.js';
import { systemClock } from '../src/core/clock.js';
import { newId } from '../src/core/ids.js';
import { systemActor } from '../src/modules/actor.js';
import { createImportParser } from '../src/modules/people/person.import-parser.js';
import { SYNTHETIC_CSV_HEADER, syntheticCells, syntheticCsvLine, syntheticPeople } from '../src/demo/synthetic-people.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The CSV of synthetic people start .. start + size - 1 (seed 1), written once. */
export async function csvFile(size: number, start = 0): Promise<string> {
  const dir = path.join(here, '.cache');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, start === 0 ? `people-${size}.csv` : `people-${size}-from-${start}.csv`);
  if (fs.existsSync(file)) return file;
  const tmp = `${file}.part`;
  const out = fs.createWriteStream(tmp);
  out.write(`${SYNTHETIC_CSV_HEADER}\n`);
  for (const p of syntheticPeople(size, 1, start)) {
    if (!out.write(`${syntheticCsvLine(p)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  fs.renameSync(tmp, file);
  return file;
}

export function rssSampler(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return { peak: () => peak, stop: () => clearInterval(t) };
}

/** The same rows as the import creates with this key, encoded (outside any timer), in chunks. */
export function* encodedChunks(key: string, size: number, start = 0, chunk = 10_000): Generator<Array<Record<string, unknown>>> {
  const parser = createImportParser({ pii: createPii(Buffer.from(key, 'base64')), clock: systemClock });
  const actor = systemActor();
  const t = new Date().toISOString();
  let buffer: Array<Record<string, unknown>> = [];
  for (const p of syntheticPeople(size, 1, start)) {
    const r = parser.parse(syntheticCells(p), actor);
    if (!r.ok) continue;
    buffer.push({ ...r.value.data, id: newId(), merged_into: null, version: 1, created_at: t, updated_at: t });
    if (buffer.length >= chunk) {
      yield buffer;
      buffer = [];
    }
  }
  if (buffer.length) yield buffer;
}

/**
 * The best loading of people start .. start + size - 1 into an open SQLite database of the product's
 * schema (bench/import-ceiling.bench.ts): prepared inserts of the pre-encoded rows in one
 * transaction with a 1 GiB page cache, the secondary indexes of people dropped first and built again
 * after when `rebuildIndexes` (timed). Only the database work is timed: rows and CPU-seconds per second.
 */
export function bestLoad(
  db: BetterSqlite3.Database,
  key: string,
  size: number,
  opts: { start?: number; rebuildIndexes: boolean },
): { rate: number; cpuRate: number } {
  db.pragma('cache_size = -1048576');
  const indexes = db
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'people' and sql is not null")
    .all() as Array<{ name: string; sql: string }>;
  const insertIdentity = db.prepare('insert into person_identities (id_index, person_id) values (?, ?)');
  let insertPerson: BetterSqlite3.Statement | undefined;
  let timed = 0n;
  let cpu = 0;
  const timer = (fn: () => void): void => {
    const s = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    fn();
    timed += process.hrtime.bigint() - s;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1e6;
  };
  timer(() => {
    db.exec('begin');
    if (opts.rebuildIndexes) for (const i of indexes) db.exec(`drop index ${i.name}`);
  });
  for (const rows of encodedChunks(key, size, opts.start ?? 0)) {
    const first = rows[0];
    if (!first) continue;
    const cols = Object.keys(first);
    insertPerson ??= db.prepare(`insert into people (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`);
    const stmt = insertPerson;
    timer(() => {
      for (const row of rows) {
        insertIdentity.run(row.id_index, row.id);
        stmt.run(row);
      }
    });
  }
  timer(() => {
    if (opts.rebuildIndexes) for (const i of indexes) db.exec(i.sql);
    db.exec('commit');
  });
  return { rate: size / (Number(timed) / 1e9), cpuRate: size / cpu };
}
