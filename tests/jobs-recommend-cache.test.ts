/**
 * The cached recommendation index (decision 228) on both databases: a worker's recommendations follow
 * every write that changes what matching reads — a new posting, a posting closed through its workflow
 * step, a posting filled by a hire — and the answer stays that of rankPostings over the open postings.
 * Worker in 都安 451228100, occupation 6-25-04-01, expects ¥5,000, willing to go out.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { newId } from '../src/core/ids.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import { makeIdNumber } from '../src/modules/people/index.js';
import { postingsChangeState, pruneChangeLog } from '../src/modules/jobs/posting.repository.js';

const postingsChangeCount = async (q: Parameters<typeof postingsChangeState>[0]) => (await postingsChangeState(q)).n;

const officer: Actor = { ...systemActor(), username: 'cache-test', role: 'county_officer', jurisdiction: '451228' };

function row(title: string, occupation: string, work: string, payMax: number) {
  return {
    id: newId(),
    province: work.slice(0, 2),
    enterprise_id: 'cache-test',
    enterprise_code: work,
    title,
    occupation_code: occupation,
    industry_code: '39',
    priority_sector: 0,
    work_code: work,
    work_address: '地址',
    headcount: 2,
    filled: 0,
    pay_min_fen: 300_000,
    pay_max_fen: payMax,
    pay_period: 'month',
    piece_monthly_fen: null,
    contract_kind: 'regular',
    housing: 0,
    meals: 0,
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
    created_at: '2026-11-28T02:00:00.000Z',
    updated_at: '2026-11-28T02:00:00.000Z',
    opened_at: '2026-11-28T02:00:00.000Z',
    ended_at: null,
    version: 1,
  };
}

describeEachDb('jobs: the cached recommendation index follows writes', (ctx) => {
  let personId = '';
  // 40 + 20 + 20 + 5 = 85 (same occupation, township, pay meets ¥5,000, regular); 30 + 20 + 20 + 5 = 75; 0 + 20 + 20 + 5 = 45.
  const own = row('本职业', '6-25-04-01', '451228100', 500_000);
  const minor = row('同小类', '6-25-04-02', '451228100', 500_000);
  const other = row('不同类', '4-02-05-01', '451228100', 500_000);

  beforeAll(async () => {
    const { rt } = ctx();
    await rt.db.kysely.insertInto('job_postings').values([minor, other]).execute();
    const p = await rt.services.people.create(systemActor(), {
      name: '韦缓存',
      idNumber: makeIdNumber('451228', '1991-02-03', 21),
      hukouCode: '451228100',
      willingToGoOut: true,
      expectedWageFen: 500_000,
    });
    if (!p.ok) throw new Error('person');
    personId = p.value.id;
    await rt.services.personHistory.addOccupation(systemActor(), personId, { occupationCode: '6-25-04-01' });
  });

  const titles = async () => {
    const r = await ctx().rt.services.jobs.matching.forPerson(officer, personId, 20);
    if (!r.ok) throw new Error('recommendations refused');
    return r.value.map((m) => [m.posting.title, m.score]);
  };

  it('a new posting, a closed one and a filled one change the answer at once', async () => {
    const { rt } = ctx();
    expect(await titles()).toEqual([
      ['同小类', 75],
      ['不同类', 45],
    ]);
    await rt.db.kysely.insertInto('job_postings').values(own).execute();
    expect(await titles()).toEqual([
      ['本职业', 85],
      ['同小类', 75],
      ['不同类', 45],
    ]);
    const closed = await rt.services.jobs.postings.close(officer, minor.id, 1);
    expect(closed.ok).toBe(true);
    expect(await titles()).toEqual([
      ['本职业', 85],
      ['不同类', 45],
    ]);
    // A hire adds one to filled (posting.repository addFilled); both places taken, the posting drops out.
    await rt.db.kysely.updateTable('job_postings').set({ filled: 2 }).where('id', '=', own.id).execute();
    expect(await titles()).toEqual([['不同类', 45]]);
  });

  it('the change counter moves with a pay change written straight to the table, and not with a flags edit', async () => {
    const { rt } = ctx();
    const before = await postingsChangeCount(rt.db.kysely);
    await rt.db.kysely.updateTable('job_postings').set({ flags: '["checked"]' }).where('id', '=', other.id).execute();
    expect(await postingsChangeCount(rt.db.kysely)).toBe(before);
    // ¥4,000 is 0.8 of the expectation: 20 × (0.8 − 0.7) / 0.3 = 6.67 → 7 pay points; 0 + 20 + 7 + 5 = 32.
    await rt.db.kysely.updateTable('job_postings').set({ pay_max_fen: 400_000 }).where('id', '=', other.id).execute();
    expect(await postingsChangeCount(rt.db.kysely)).toBeGreaterThan(before);
    expect(await titles()).toEqual([['不同类', 32]]);
  });

  const logged = async (after: number) =>
    (await ctx().rt.db.kysely.selectFrom('job_postings_log').select(['seq', 'posting_id']).where('seq', '>', after).execute())
      .map((r) => [Number(r.seq) - after, r.posting_id])
      .sort((a, b) => String(a).localeCompare(String(b)));

  it('the log names every posting a counted write touched, under the counter value after it (decision 216)', async () => {
    const { rt } = ctx();
    const n = await postingsChangeCount(rt.db.kysely);
    const a = row('日志甲', '6-25-04-01', '451228100', 300_000);
    const b = row('日志乙', '6-25-04-01', '451228100', 300_000);
    await rt.db.kysely.insertInto('job_postings').values([a, b]).execute();
    const afterInsert = await postingsChangeCount(rt.db.kysely);
    // SQLite counts each row, PostgreSQL each statement: one or two counter values for the two rows.
    expect(afterInsert - n).toBe(rt.db.dialect === 'sqlite' ? 2 : 1);
    // Setting a watched column to the value it has is not a change.
    await rt.db.kysely.updateTable('job_postings').set({ status: 'open', pay_max_fen: 300_000 }).where('id', '=', a.id).execute();
    expect(await postingsChangeCount(rt.db.kysely)).toBe(afterInsert);
    await rt.db.kysely.deleteFrom('job_postings').where('id', '=', b.id).execute();
    const ids = (await logged(n)).map((e) => e[1]);
    expect(ids.sort()).toEqual([a.id, b.id, b.id].sort());
    expect(await logged(afterInsert)).toEqual([[1, b.id]]);
    await rt.db.kysely.deleteFrom('job_postings').where('id', '=', a.id).execute();
  });

  it('a write patches the kept index instead of rebuilding it', async () => {
    const { rt } = ctx();
    const before = await rt.services.jobs.matching.indexInfo();
    const extra = row('补丁', '6-25-04-01', '451228100', 600_000);
    await rt.db.kysely.insertInto('job_postings').values(extra).execute();
    // 40 + 20 + 20 + 5 = 85, ahead of 不同类.
    expect((await titles())[0]).toEqual(['补丁', 85]);
    const after = await rt.services.jobs.matching.indexInfo();
    expect(after.builds).toBe(before.builds);
    expect(after.delta).toBe(before.delta + 1);
    await rt.db.kysely.updateTable('job_postings').set({ status: 'closed' }).where('id', '=', extra.id).execute();
    expect((await titles()).map((t) => t[0])).not.toContain('补丁');
    expect((await rt.services.jobs.matching.indexInfo()).builds).toBe(before.builds);
  });

  it('a log cut past the kept index (by another server) rebuilds it, and no write is missed', async () => {
    const { rt } = ctx();
    await titles();
    const before = await rt.services.jobs.matching.indexInfo();
    await rt.db.kysely.updateTable('job_postings').set({ pay_max_fen: 500_000 }).where('id', '=', other.id).execute();
    const { n } = await postingsChangeState(rt.db.kysely);
    // The cut keeps the log from the counter value of this write on: the index (at n - 1) needs row n, still kept.
    await pruneChangeLog(rt.db.kysely, n);
    expect(await titles()).toEqual([['不同类', 45]]);
    expect((await rt.services.jobs.matching.indexInfo()).builds).toBe(before.builds);
    // Two writes: 不同类 back to ¥4,000 (32 points, as above), then an edit of the filled 本职业 (still not open).
    await rt.db.kysely.updateTable('job_postings').set({ pay_max_fen: 400_000 }).where('id', '=', other.id).execute();
    await rt.db.kysely.updateTable('job_postings').set({ pay_max_fen: 510_000 }).where('id', '=', own.id).execute();
    // One value further: the row of the first write is gone, so patching would miss it; the index is rebuilt.
    await pruneChangeLog(rt.db.kysely, n + 2);
    expect(await titles()).toEqual([['不同类', 32]]);
    expect((await rt.services.jobs.matching.indexInfo()).builds).toBe(before.builds + 1);
  });

  it('the log is cut by the daily maintenance to its last 10,000 values, never by a request (runs last: it moves the clock a day)', async () => {
    const { rt } = ctx();
    const logRows = async () => (await rt.db.kysely.selectFrom('job_postings_log').select('seq').execute()).map((r) => Number(r.seq));
    // Under 10,000 counter values nothing is cut.
    expect((await rt.services.maintenance.runNow()).jobsChangeLog).toBe(0);
    const kept = await logRows();
    expect(kept.length).toBeGreaterThan(0);
    // The counter far on, as after a busy month; one more write, logged at 10,051.
    await rt.db.kysely.updateTable('job_postings_changes').set({ n: 10_050 }).where('id', '=', 1).execute();
    await rt.db.kysely.updateTable('job_postings').set({ pay_max_fen: 420_000 }).where('id', '=', other.id).execute();
    expect((await postingsChangeState(rt.db.kysely)).n).toBe(10_051);
    // A new day rebuilds the index on the next request; the request leaves the log as it was.
    const before = await rt.services.jobs.matching.indexInfo();
    rt.clock.advance(24 * 3600 * 1000);
    await titles();
    expect((await rt.services.jobs.matching.indexInfo()).builds).toBe(before.builds + 1);
    expect((await logRows()).length).toBe(kept.length + 1);
    expect((await postingsChangeState(rt.db.kysely)).prunedBelow).toBeLessThan(51);
    // The daily run cuts every row below 10,051 − 10,000 = 51 and keeps the rest.
    const below = kept.filter((seq) => seq < 51).length;
    expect(below).toBeGreaterThan(0);
    expect((await rt.services.maintenance.runNow()).jobsChangeLog).toBe(below);
    expect((await logRows()).sort((a, b) => a - b)).toEqual([...kept.filter((seq) => seq >= 51), 10_051].sort((a, b) => a - b));
    expect((await postingsChangeState(rt.db.kysely)).prunedBelow).toBe(51);
  });
});
