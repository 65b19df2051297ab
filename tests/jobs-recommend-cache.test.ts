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
import { postingsChangeCount } from '../src/modules/jobs/posting.repository.js';

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
});
