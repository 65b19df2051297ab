/**
 * Recommendations for one worker over N open postings (issue 9, point 12; default 10,000): the
 * service path (the change counter, the cached bucketed index of all open postings rebuilt after a
 * write, full rows and reasons for the best 20; decisions 227, 214, 215) against a ceiling that
 * holds the same postings as an in-memory index (typed arrays by occupation and place, buckets with
 * score bounds, built once) and answers the same top 20 with no database, p50/p99 in milliseconds
 * and their ratio. The postings are those of bench/jobs-db.ts. A fresh SQLite database in a
 * temporary folder, or with BENCH_DB=postgres a fresh database wugong_bench_jobs on BENCH_PG_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres), dropped after. BENCH_QUERIES queries
 * (default 200). Also reported: the first (cold) query, which reads the open postings and builds
 * the index; queries each right after a posting write (BENCH_WRITES, default 20: a posting's top pay
 * raised, every other write closing one of the current best 20), which patch the index in place
 * (decision 216); and a check that service and ceiling give the same 20 postings with the same scores.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './types.js';
import { loadConfig, type Config } from '../src/config.js';
import pg from 'pg';
import { openPostgres, openSqlite, type Db } from '../src/db/database.js';
import { openRuntime } from '../src/runtime.js';
import { fixedClock } from '../src/core/clock.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { buildPostingIndex } from '../src/modules/jobs/matching-index.js';
import { rankIndex } from '../src/modules/jobs/matching-rank.js';
import { factsOf } from '../src/modules/jobs/match.service.js';
import { openPostingFacts } from '../src/modules/jobs/posting.repository.js';
import { BENCH_NOW, benchWorker, insertPostings } from './jobs-db.js';

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'wugong_bench_jobs';
const officer: Actor = { ...systemActor(), username: 'bench', role: 'county_officer', jurisdiction: '451228' };

function percentile(sorted: number[], p: number): number {
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(3));
}

async function time(n: number, run: () => Promise<unknown> | unknown): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const ms = (since: bigint) => Number((Number(process.hrtime.bigint() - since) / 1e6).toFixed(1));

const bench: Benchmark = {
  description:
    'recommendations for one worker over N open postings (service on SQLite or PostgreSQL vs an in-memory bucketed index), p50/p99 ms',
  async run({ size }) {
    const n = size ?? 10_000;
    const queries = Number(process.env.BENCH_QUERIES ?? 200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-bench-jobs-'));
    const config: Config = {
      ...loadConfig({}),
      dataDir: dir,
      sqliteFile: path.join(dir, 'bench.db'),
      keyFile: path.join(dir, 'bench.key'),
      blobDir: path.join(dir, 'blobs'),
      key: Buffer.alloc(32, 9).toString('base64'),
      demo: false,
    };
    const postgres = process.env.BENCH_DB === 'postgres';
    let db: Db;
    if (postgres) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${PG_DB}`);
      await admin.query(`create database ${PG_DB}`);
      await admin.end();
      const url = new URL(PG_URL);
      url.pathname = `/${PG_DB}`;
      db = openPostgres(url.href);
    } else db = openSqlite(config.sqliteFile);
    const rt = await openRuntime(config, { db, clock: fixedClock(BENCH_NOW) });
    try {
      let t = process.hrtime.bigint();
      await insertPostings(rt.db.kysely, n, (s) => console.error(s));
      const insertSeconds = Number((ms(t) / 1000).toFixed(1));
      const { personId, profile } = await benchWorker(rt);
      const ask = async () => {
        const r = await rt.services.jobs.matching.forPerson(officer, personId, 20);
        if (!r.ok || r.value.length !== Math.min(20, n)) throw new Error('bench: wrong answer');
        return r.value;
      };
      t = process.hrtime.bigint();
      await ask();
      const coldMs = ms(t);
      const service = await time(queries, ask);
      const writes = Number(process.env.BENCH_WRITES ?? 20);
      const ids = (await rt.db.kysely.selectFrom('job_postings').select('id').orderBy('id').execute()).map((r) => r.id);
      const afterWrite: number[] = [];
      for (let w = 0; w < writes; w++) {
        const best = (await ask())[0];
        const id = w % 2 === 1 && best ? best.posting.id : (ids[Math.floor(((w + 0.5) * ids.length) / writes)] as string);
        const q = rt.db.kysely.updateTable('job_postings').where('id', '=', id);
        await (w % 2 === 1 ? q.set({ status: 'closed' }) : q.set((eb) => ({ pay_max_fen: eb('pay_max_fen', '+', 100_000) }))).execute();
        t = process.hrtime.bigint();
        const answer = await ask();
        afterWrite.push(ms(t));
        if (answer.some((m) => m.posting.id === id && w % 2 === 1)) throw new Error('bench: a closed posting was recommended');
      }
      afterWrite.sort((a, b) => a - b);
      const latest = await ask();
      const info = await rt.services.jobs.matching.indexInfo();
      t = process.hrtime.bigint();
      const index = buildPostingIndex((await openPostingFacts(rt.db.kysely, BENCH_NOW.slice(0, 10))).map(factsOf));
      const indexReadAndBuildMs = ms(t);
      const ceiling = await time(queries, () => rankIndex(profile, index, 20));
      const same = JSON.stringify(rankIndex(profile, index, 20).map((m) => [m.postingId, m.score]));
      if (same !== JSON.stringify(latest.map((m) => [m.postingId, m.score]))) throw new Error('bench: service and ceiling differ');
      return {
        database: postgres ? 'postgres' : 'sqlite',
        postings: n,
        insertSeconds,
        coldMs,
        writes,
        afterWriteP50Ms: percentile(afterWrite, 50),
        afterWriteMaxMs: afterWrite[afterWrite.length - 1] ?? 0,
        fullBuilds: info.builds,
        deltaPostings: info.delta,
        indexReadAndBuildMs,
        groups: index.groupClass.length,
        cells: index.cellOccupation.length,
        buckets: index.bucketMaxPay.length,
        queries,
        serviceP50Ms: service.p50,
        serviceP99Ms: service.p99,
        ceilingP50Ms: ceiling.p50,
        ceilingP99Ms: ceiling.p99,
        p50RatioToCeiling: Number((service.p50 / Math.max(ceiling.p50, 0.001)).toFixed(2)),
        p99RatioToCeiling: Number((service.p99 / Math.max(ceiling.p99, 0.001)).toFixed(2)),
        loadAverage: os.loadavg()[0]?.toFixed(1) ?? '',
      };
    } finally {
      await rt.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (postgres) {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop database if exists ${PG_DB}`);
        await admin.end();
      }
    }
  },
};

export default bench;
