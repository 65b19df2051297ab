/**
 * Issue 6, "token scope ignored for a user's own import jobs": an API token narrowed to one
 * township must not read (or list, or download the error report of) a job its own user started in
 * another township, even though the job is the user's. Records just outside each boundary: the
 * next township of the same county, and the next county of the same prefecture.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, type JobJson } from './helpers/upload.js';

/** Hand-computed ID numbers: 451228 19900315 002 → check 4; 451228 19900315 004 → check 0. */
const GOOD_ID = '451228199003150024';
const BAD_ID = '451228199003150041'; // the check character should be 0

describeEachDb('import jobs under a narrowed API token', (ctx) => {
  let county: SessionHeaders;
  let tokenA: SessionHeaders;
  let tokenB: SessionHeaders;
  let job: JobJson;

  beforeAll(async () => {
    const { app, rt } = ctx();
    ({ headers: county } = await userSession(app, rt, 'county_officer', '451228'));
    const mint = async (jurisdiction: string) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/tokens',
        headers: county,
        payload: { name: `t${jurisdiction}`, jurisdiction },
      });
      if (r.statusCode !== 200) throw new Error(`token refused: ${r.body}`);
      return { authorization: `Bearer ${r.json().token}` };
    };
    tokenA = await mint('451228100');
    tokenB = await mint('451228101');
    const csv = `姓名,身份证号码,户籍地代码\n韦高岭,${GOOD_ID},451228101\n韦错号,${BAD_ID},451228101\n`;
    job = await importVia(app, rt, tokenB, 'people', '高岭.csv', Buffer.from(csv, 'utf8'));
    if (job.status !== 'done' || !job.hasReport) throw new Error(`unexpected job ${JSON.stringify(job)}`);
  });

  it('the token that started the job, and the user signed in, read it and its report', async () => {
    const { app } = ctx();
    for (const headers of [tokenB, county]) {
      expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}`, headers })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers })).statusCode).toBe(200);
    }
  });

  it('a token of the same user narrowed to the next township neither reads, lists nor downloads it', async () => {
    const { app } = ctx();
    const one = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}`, headers: tokenA });
    expect(one.statusCode).toBe(404);
    expect(one.body).not.toContain('高岭.csv');
    const report = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers: tokenA });
    expect(report.statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/api/v1/imports?page=1&pageSize=100', headers: tokenA });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((j: { id: string }) => j.id)).not.toContain(job.id);
  });

  it('officers of the next township and of the next county see nothing of it', async () => {
    const { app, rt } = ctx();
    const { headers: town } = await userSession(app, rt, 'township_officer', '451228100');
    const { headers: nextCounty } = await userSession(app, rt, 'county_officer', '451229');
    for (const headers of [town, nextCounty]) {
      expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}`, headers })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers })).statusCode).toBe(404);
      const list = await app.inject({ method: 'GET', url: '/api/v1/imports?page=1&pageSize=100', headers });
      expect(list.json().items.map((j: { id: string }) => j.id)).not.toContain(job.id);
    }
  });
});
