/**
 * The PostgreSQL write path of the people import alone (decision 232): the same N pre-encoded rows
 * (bench/import-ceiling's encodedRows, outside every timer) written by `claimAndInsertPeople` in
 * 10,000-row transactions into a fresh schema, once with the multi-row INSERTs (no bulk loader) and
 * once through COPY on a held connection (the engine's way), and beside them one COPY of all the rows
 * (the import benchmark's ceiling, here without psql). Rows per second, index maintenance included.
 *   npm run bench -- import-pg-write --size 100000      (BENCH_DATABASE_URL as in import.bench.ts)
 */
import crypto from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import type { Benchmark } from './types.js';
import { openPostgres } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { pinPostgres, copyTextValue } from '../src/db/pg-copy.js';
import { claimAndInsertPeople } from '../src/modules/people/person.bulk.repository.js';
import type { PersonRow } from '../src/modules/people/person.table.js';
import { encodedRows } from './import-ceiling.bench.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'wugong_bench';
const BATCH = 10_000;

type Way = 'insert' | 'copy' | 'one-copy';

async function load(url: string, rows: PersonRow[], way: Way): Promise<number> {
  const schema = `w_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = openPostgres(url, { searchPath: schema });
  try {
    await migrateToLatest(db);
    const pinned = await pinPostgres(db);
    if (!pinned) throw new Error('not PostgreSQL');
    const started = process.hrtime.bigint();
    if (way === 'one-copy') {
      const cols = Object.keys(rows[0] ?? {});
      await pinned.kysely.transaction().execute(async () => {
        await pinned.copyIn(
          'copy person_identities (id_index, person_id) from stdin',
          rows.map((r) => `${r.id_index}\t${r.id}\n`).join(''),
        );
        const data = rows.map((r) => `${cols.map((c) => copyTextValue(r[c as keyof PersonRow])).join('\t')}\n`).join('');
        await pinned.copyIn(`copy people (${cols.join(', ')}) from stdin`, data);
      });
    } else {
      for (let i = 0; i < rows.length; i += BATCH) {
        const part = rows.slice(i, i + BATCH);
        await pinned.kysely.transaction().execute((trx) => claimAndInsertPeople(trx, db, part, way === 'copy' ? pinned : undefined));
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await pinned.release();
    return rows.length / seconds;
  } finally {
    await db.destroy();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

function isPersonRow(r: Record<string, unknown>): r is Record<string, unknown> & PersonRow {
  return typeof r.id === 'string' && typeof r.id_index === 'string';
}

const bench: Benchmark = {
  description: 'PostgreSQL write path of the people import: multi-row INSERT vs COPY through a staging table vs one COPY',
  async run({ size }) {
    const n = size ?? 100_000;
    const rows = encodedRows(n).filter(isPersonRow);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${PG_DB}`);
    await admin.query(`create database ${PG_DB}`);
    const url = new URL(PG_URL);
    url.pathname = `/${PG_DB}`;
    try {
      const out: Record<string, number | string> = { rows: rows.length };
      for (const way of ['insert', 'copy', 'one-copy'] as const) out[`${way}_rowsPerSecond`] = Math.round(await load(url.href, rows, way));
      out.loadAverage = os.loadavg()[0]?.toFixed(1) ?? '';
      return out;
    } finally {
      await admin.query(`drop database if exists ${PG_DB}`);
      await admin.end();
    }
  },
};

export default bench;
