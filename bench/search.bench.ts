/**
 * People search on a large registry (default 1,000,000 people, cached under bench/.cache), built
 * the way the product builds it (bench/people-db.ts: product ids, people over eight counties, so a
 * county officer's scope rejects seven rows in eight): name prefix (Chinese), pinyin initials and
 * ID-number searches through the service, as a county officer of 都安 (451228), BENCH_QUERIES
 * queries per kind (default 10,000, enough for a p99 of 100 samples) — p50/p99 in milliseconds.
 */
import type { Benchmark } from './types.js';
import { openPeopleDb, BENCH_SEED, COUNTIES } from './people-db.js';
import { syntheticPerson } from '../src/demo/synthetic-people.js';
import { namePinyin } from '../src/modules/people/pinyin.js';
import type { Actor } from '../src/modules/actor.js';

const officer: Actor = {
  userId: null,
  username: 'bench',
  role: 'county_officer',
  jurisdiction: '451228',
  department: null,
  personId: null,
  enterpriseId: null,
  requestId: null,
};
const dongguan: Actor = { ...officer, jurisdiction: '441900' };

function percentile(sorted: number[], p: number): number {
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2));
}

async function timeAll(queries: string[], run: (q: string) => Promise<number>): Promise<{ p50: number; p99: number; avgHits: number }> {
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t = process.hrtime.bigint();
    hits += await run(q);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), avgHits: Math.round(hits / queries.length) };
}

const bench: Benchmark = {
  description: 'people search p50/p99 (name prefix, initials, ID number) on a large SQLite registry',
  async run({ size }) {
    const n = size ?? 1_000_000;
    const { rt, built, buildSeconds } = await openPeopleDb(n, (s) => console.error(s));
    try {
      const people = rt.services.people;
      const queries = Number(process.env.BENCH_QUERIES ?? 10_000);
      // People of 都安 (index j with j mod 8 = 0, see people-db.ts), spread over the whole registry.
      const inScope = Math.floor(n / COUNTIES.length);
      const sample = Array.from({ length: queries }, (_, k) => syntheticPerson(((k * 7_919_993) % inScope) * COUNTIES.length, BENCH_SEED));
      const search = async (actor: Actor, q: string) => {
        const r = await people.search(actor, { q, page: 1, pageSize: 20 });
        if (!r.ok) throw new Error(r.reason.code);
        return r.value.items.length;
      };
      await timeAll(
        sample.slice(0, 200).map((p) => p.name.slice(0, 2)),
        (q) => search(officer, q),
      ); // warm-up
      const name2 = await timeAll(
        sample.map((p) => p.name.slice(0, 2)),
        (q) => search(officer, q),
      );
      const name1 = await timeAll(
        sample.map((p) => p.name.slice(0, 1)),
        (q) => search(officer, q),
      );
      const fullName = await timeAll(
        sample.map((p) => p.name),
        (q) => search(officer, q),
      );
      const initials = await timeAll(
        sample.map((p) => namePinyin(p.name).initials),
        (q) => search(officer, q),
      );
      const idNumber = await timeAll(
        sample.map((p) => p.idNumber),
        (q) => search(officer, q),
      );
      const dgName = await timeAll(
        sample.map((p) => p.name.slice(0, 2)),
        (q) => search(dongguan, q),
      );
      const listPage = await timeAll(
        sample.slice(0, 1000).map(() => ''),
        (q) => search(officer, q),
      );
      return {
        people: n,
        queriesPerKind: queries,
        idNumberFound: idNumber.avgHits,
        built: String(built),
        buildSeconds,
        name2_p50_ms: name2.p50,
        name2_p99_ms: name2.p99,
        surname_p50_ms: name1.p50,
        surname_p99_ms: name1.p99,
        fullName_p50_ms: fullName.p50,
        fullName_p99_ms: fullName.p99,
        initials_p50_ms: initials.p50,
        initials_p99_ms: initials.p99,
        idNumber_p50_ms: idNumber.p50,
        idNumber_p99_ms: idNumber.p99,
        idNumber_avgHits: idNumber.avgHits,
        dongguanName2_p50_ms: dgName.p50,
        dongguanName2_p99_ms: dgName.p99,
        firstPage_p50_ms: listPage.p50,
        firstPage_p99_ms: listPage.p99,
      };
    } finally {
      await rt.close();
    }
  },
};

export default bench;
