/**
 * Synthetic open postings for the jobs benchmarks (jobs-recommend, jobs-http): posting j's
 * occupation, work place, pay and terms come from a hash of j, so every run and every process sees
 * the same set. 24 occupations in five major groups; 250 work places — every twelfth county with a
 * centroid across the country plus the counties of 河池, half of them as a township code — so
 * buckets, groups and ties have a spread like a national reserve. Pay ¥2,500–¥8,500 up to ¥3,000
 * wider, mostly monthly (some daily, some piece rates); contract kinds, housing, meals and the
 * priority sector mixed. Rows are written straight into job_postings (the read path is what is
 * measured) with the product's id generator (time-ordered UUIDv7 text).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { loadConfig, type Config } from '../src/config.js';
import { openSqlite } from '../src/db/database.js';
import type { Database } from '../src/db/schema.js';
import { fixedClock } from '../src/core/clock.js';
import { openRuntime, type Runtime } from '../src/runtime.js';
import { newId } from '../src/core/ids.js';
import { systemActor } from '../src/modules/actor.js';
import { makeIdNumber } from '../src/modules/people/index.js';
import type { WorkerProfile } from '../src/modules/jobs/matching.js';

export const BENCH_NOW = '2026-11-28T02:00:00.000Z';
const OCCUPATIONS = [
  [
    '6-25-04-01',
    '6-25-04-02',
    '6-25-01-01',
    '6-05-01-03',
    '6-18-01-01',
    '6-20-01-01',
    '6-31-01-02',
    '6-28-01-01',
    '6-29-01-04',
    '6-06-02-01',
  ],
  ['4-02-05-01', '4-02-06-01', '4-03-02-01', '4-01-02-01', '4-07-05-02', '4-10-01-01', '4-14-01-02'],
  ['5-01-01-01', '5-03-01-01', '5-05-01-02'],
  ['2-02-18-01', '3-01-02-01'],
  ['6-01-02-01', '6-04-05-01'],
].flat();
const KINDS = ['regular', 'regular', 'regular', 'regular', 'regular', 'regular', 'seasonal', 'seasonal', 'temporary', 'part_time', 'gig'];

function places(): string[] {
  const file = new URL('../src/modules/jobs/seed/division-centroids.tsv', import.meta.url);
  const counties = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0] ?? '')
    .filter((c) => c.length === 6);
  const picked = counties.filter((c, i) => i % 12 === 0 || c.startsWith('4512'));
  return picked.map((c, i) => (i % 2 === 0 ? `${c}100` : c));
}
const PLACES = places();

/** A number in [0, 1) from posting j and a salt (integer hash; same in every process). */
function rand(j: number, salt: number): number {
  let h = Math.imul(j ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function pick<T>(list: readonly T[], j: number, salt: number): T {
  return list[Math.floor(rand(j, salt) * list.length)] as T;
}

/** Posting j as a job_postings row. */
export function postingRow(j: number) {
  const work = pick(PLACES, j, 1);
  const r = rand(j, 3);
  const period = r < 0.85 ? 'month' : r < 0.95 ? 'day' : 'piece';
  const monthlyMin = 250_000 + Math.round(rand(j, 4) * 600) * 1_000;
  const monthlyMax = monthlyMin + Math.round(rand(j, 5) * 300) * 1_000;
  const perDay = (fen: number) => Math.round(fen / 21.75);
  return {
    id: newId(),
    province: work.slice(0, 2),
    enterprise_id: 'bench',
    enterprise_code: work,
    title: `岗位${j}`,
    occupation_code: pick(OCCUPATIONS, j, 2),
    industry_code: '39',
    priority_sector: rand(j, 6) < 0.2 ? 1 : 0,
    work_code: work,
    work_address: '地址',
    headcount: 5,
    filled: 0,
    pay_min_fen: period === 'day' ? perDay(monthlyMin) : monthlyMin,
    pay_max_fen: period === 'day' ? perDay(monthlyMax) : monthlyMax,
    pay_period: period,
    piece_monthly_fen: period === 'piece' ? monthlyMax : null,
    contract_kind: pick(KINDS, j, 7),
    housing: rand(j, 8) < 0.5 ? 1 : 0,
    meals: rand(j, 9) < 0.4 ? 1 : 0,
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
    created_at: BENCH_NOW,
    updated_at: BENCH_NOW,
    opened_at: BENCH_NOW,
    ended_at: null,
    version: 1,
  };
}

/** Writes postings 0 .. n - 1, 500 rows a statement, 20 statements a transaction. */
export async function insertPostings(db: Kysely<Database>, n: number, log: (s: string) => void = () => {}): Promise<void> {
  for (let i = 0; i < n; i += 10_000) {
    await db.transaction().execute(async (trx) => {
      for (let k = i; k < Math.min(n, i + 10_000); k += 500) {
        const rows = [];
        for (let j = k; j < Math.min(n, k + 500); j++) rows.push(postingRow(j));
        await trx.insertInto('job_postings').values(rows).execute();
      }
    });
    if (i % 200_000 === 0) log(`  postings ${Math.min(n, i + 10_000)} / ${n}`);
  }
}

/** The bench worker: 都安 451228100, occupation 6-25-04-01, expects ¥5,000, willing to go out (都安 is a priority county). */
export async function benchWorker(rt: Runtime): Promise<{ personId: string; profile: WorkerProfile }> {
  const person = await rt.services.people.create(systemActor(), {
    name: '韦基准',
    idNumber: makeIdNumber('451228', '1990-01-01', 11),
    hukouCode: '451228100',
    willingToGoOut: true,
    expectedWageFen: 500_000,
  });
  if (!person.ok) throw new Error('bench person');
  await rt.services.personHistory.addOccupation(systemActor(), person.value.id, { occupationCode: '6-25-04-01' });
  const profile: WorkerProfile = {
    personId: person.value.id,
    placeCode: '451228100',
    occupationCodes: ['6-25-04-01'],
    expectedWageFen: 500_000,
    willingToGoOut: true,
    poor: false,
    priorityArea: true,
  };
  return { personId: person.value.id, profile };
}

/** The password of the bench worker's account (`bench_worker`) in the cached database. */
export const WORKER_PASSWORD = 'Passw0rd-bench-jobs-1';

/**
 * Opens (building first when missing) the cached SQLite database of `size` synthetic postings under
 * bench/.cache, with the bench worker and a signed-in-able account `bench_worker` (role worker)
 * bound to them; the worker's profile is kept beside it as JSON.
 */
export async function openJobsDb(
  size: number,
  log: (s: string) => void = () => {},
): Promise<{ rt: Runtime; file: string; profile: WorkerProfile; built: boolean; buildSeconds: number }> {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `jobs-${size}-v1.db`);
  const ready = `${file}.json`;
  if (!fs.existsSync(ready)) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const config: Config = {
    ...loadConfig({}),
    dataDir: dir,
    sqliteFile: file,
    keyFile: path.join(dir, 'bench.key'),
    blobDir: path.join(dir, 'blobs'),
    key: Buffer.alloc(32, 7).toString('base64'),
    demo: false,
  };
  const rt = await openRuntime(config, { db: openSqlite(file), clock: fixedClock(BENCH_NOW) });
  if (fs.existsSync(ready)) {
    const profile = JSON.parse(fs.readFileSync(ready, 'utf8')) as WorkerProfile;
    return { rt, file, profile, built: false, buildSeconds: 0 };
  }
  const started = Date.now();
  await insertPostings(rt.db.kysely, size, log);
  const { personId, profile } = await benchWorker(rt);
  const made = await rt.services.users.create(systemActor(), {
    username: 'bench_worker',
    displayName: '韦基准',
    role: 'worker',
    jurisdiction: '451228',
    password: WORKER_PASSWORD,
    personId,
  });
  if (!made.ok) throw new Error(`bench worker account: ${made.reason.code}`);
  rt.db.sqlite?.exec('ANALYZE');
  fs.writeFileSync(ready, JSON.stringify(profile));
  return { rt, file, profile, built: true, buildSeconds: (Date.now() - started) / 1000 };
}
