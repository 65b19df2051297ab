/**
 * Recommendations for one worker over N open postings (issue 9, point 12; default 10,000): the
 * service path (the postings signature, the cached typed-array index of the open postings rebuilt
 * after a write, full rows and reasons for the best 20; decisions 227–228) against a ceiling that holds the same postings as an
 * in-memory index (typed arrays by occupation and place, built once) and scores them the same way,
 * p50/p99 in milliseconds and their ratio. A fresh SQLite database in a temporary folder, or with
 * BENCH_DB=postgres a fresh database wugong_bench_jobs on BENCH_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped after. Postings written straight into
 * job_postings (the read path is what is measured). BENCH_QUERIES queries (default 200).
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
import { newId } from '../src/core/ids.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { makeIdNumber } from '../src/modules/people/index.js';
import type { PostingFacts } from '../src/modules/jobs/matching.js';
import { buildPostingIndex, rankIndex } from '../src/modules/jobs/matching-index.js';

const NOW = '2026-11-28T02:00:00.000Z';
const OCCUPATIONS = ['6-25-04-01', '6-05-01-03', '6-18-01-01', '6-20-01-01', '4-02-05-01', '4-02-06-01', '4-03-02-01', '6-31-01-02'];
const PLACES = ['441900113', '441900119', '441900121', '440106', '451228100', '450102', '330106', '320505'];
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

const bench: Benchmark = {
  description:
    'recommendations for one worker over N open postings (service on SQLite or PostgreSQL vs an in-memory typed-array index), p50/p99 ms',
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
    const rt = await openRuntime(config, { db, clock: fixedClock(NOW) });
    try {
      const facts: PostingFacts[] = [];
      for (let i = 0; i < n; i += 500) {
        const rows = [];
        for (let j = i; j < Math.min(n, i + 500); j++) {
          const work = PLACES[j % PLACES.length] ?? '441900113';
          const occupation = OCCUPATIONS[(j * 7) % OCCUPATIONS.length] ?? '6-25-04-01';
          const payMin = 400_000 + (j % 40) * 10_000;
          const row = {
            id: newId(),
            province: work.slice(0, 2),
            enterprise_id: 'bench',
            enterprise_code: work,
            title: `岗位${j}`,
            occupation_code: occupation,
            industry_code: '39',
            priority_sector: j % 5 === 0 ? 1 : 0,
            work_code: work,
            work_address: '地址',
            headcount: 5,
            filled: 0,
            pay_min_fen: payMin,
            pay_max_fen: payMin + 200_000,
            pay_period: 'month',
            piece_monthly_fen: null,
            contract_kind: j % 3 === 0 ? 'seasonal' : 'regular',
            housing: j % 2,
            meals: j % 3 === 0 ? 1 : 0,
            requirements: '',
            education: null,
            skills: '[]',
            age_min: null,
            age_max: null,
            start_date: '2026-12-01',
            expires_on: '2026-12-28',
            status: 'open',
            flags: '[]',
            screen_note: null,
            created_by: null,
            created_at: NOW,
            updated_at: NOW,
            opened_at: NOW,
            ended_at: null,
            version: 1,
          };
          rows.push(row);
          facts.push({
            id: row.id,
            occupationCode: occupation,
            workCode: work,
            payMinFen: payMin,
            payMaxFen: payMin + 200_000,
            payPeriod: 'month',
            pieceMonthlyFen: null,
            housing: row.housing === 1,
            meals: row.meals === 1,
            contractKind: row.contract_kind,
            prioritySector: row.priority_sector === 1,
          });
        }
        await rt.db.kysely.insertInto('job_postings').values(rows).execute();
      }
      const person = await rt.services.people.create(systemActor(), {
        name: '韦基准',
        idNumber: makeIdNumber('451228', '1990-01-01', 11),
        hukouCode: '451228100',
        willingToGoOut: true,
        expectedWageFen: 500_000,
      });
      if (!person.ok) throw new Error('bench person');
      await rt.services.personHistory.addOccupation(systemActor(), person.value.id, { occupationCode: '6-25-04-01' });
      const service = await time(queries, async () => {
        const r = await rt.services.jobs.matching.forPerson(officer, person.value.id, 20);
        if (!r.ok || r.value.length !== Math.min(20, n)) throw new Error('bench: wrong answer');
      });
      const worker = {
        personId: person.value.id,
        placeCode: '451228100',
        occupationCodes: ['6-25-04-01'],
        expectedWageFen: 500_000,
        willingToGoOut: true,
        poor: false,
        priorityArea: true,
      };
      const t = process.hrtime.bigint();
      const index = buildPostingIndex(facts);
      const indexBuildMs = Number((Number(process.hrtime.bigint() - t) / 1e6).toFixed(1));
      const ceiling = await time(queries, () => rankIndex(worker, index, 20));
      return {
        database: postgres ? 'postgres' : 'sqlite',
        postings: n,
        indexBuildMs,
        queries,
        serviceP50Ms: service.p50,
        serviceP99Ms: service.p99,
        ceilingP50Ms: ceiling.p50,
        ceilingP99Ms: ceiling.p99,
        p99RatioToCeiling: Number((service.p99 / Math.max(ceiling.p99, 0.001)).toFixed(2)),
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
