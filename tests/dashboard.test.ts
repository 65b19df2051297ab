import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';

describeEachDb('dashboard summary', (ctx) => {
  it('counts people, poverty-registered people, enterprises and arrears flags inside the jurisdiction only', async () => {
    const { app, rt } = ctx();
    const duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const dongguan = (await userSession(app, rt, 'county_officer', '441900')).headers;
    const people = [
      { name: '韦一', idNumber: makeIdNumber('451228', '1990-01-01', 21), hukouCode: '451228100', povertyRegistered: true },
      { name: '韦二', idNumber: makeIdNumber('451228', '1991-01-01', 23), hukouCode: '451228100' },
    ];
    for (const p of people)
      expect((await app.inject({ method: 'POST', url: '/api/v1/people', headers: duan, payload: p })).statusCode).toBe(200);
    const firm = { creditCode: withCheckChar('91451228MA5D0001X'), name: '都安测试有限公司', industryCode: '39', addressCode: '451228100' };
    const created = await app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: duan, payload: firm });
    expect(created.statusCode).toBe(200);
    const flagged = await app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${created.json().id}/arrears`,
      headers: duan,
      payload: { reason: '拖欠工资', date: '2026-11-01' },
    });
    expect(flagged.statusCode).toBe(200);

    const mine = await app.inject({ method: 'GET', url: '/api/v1/dashboard/summary', headers: duan });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      jurisdiction: '451228',
      people: 2,
      povertyRegistered: 1,
      enterprises: 1,
      arrearsFlagged: 1,
      recentImports: [],
    });
    const theirs = await app.inject({ method: 'GET', url: '/api/v1/dashboard/summary', headers: dongguan });
    expect(theirs.json()).toMatchObject({ jurisdiction: '441900', people: 0, povertyRegistered: 0, enterprises: 0, arrearsFlagged: 0 });

    // The home page reads the same counts from its one request.
    const home = (await app.inject({ method: 'GET', url: '/api/v1/dashboard/home', headers: duan })).json();
    expect(home.people).toMatchObject({ total: 2, povertyRegistered: 1 });
    expect(home.registry).toEqual({ enterprises: 1, arrearsFlagged: 1, recentImports: [] });
    const theirHome = (await app.inject({ method: 'GET', url: '/api/v1/dashboard/home', headers: dongguan })).json();
    expect(theirHome.registry).toEqual({ enterprises: 0, arrearsFlagged: 0, recentImports: [] });
  });

  it('refuses workers and anonymous callers', async () => {
    const { app, rt } = ctx();
    const worker = (await userSession(app, rt, 'worker', '451228')).headers;
    expect((await app.inject({ method: 'GET', url: '/api/v1/dashboard/summary', headers: worker })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/dashboard/summary' })).statusCode).toBe(401);
  });
});
