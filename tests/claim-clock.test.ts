/**
 * A claim's review clock counts from when it entered its status, not from its last edit (issue 6,
 * decision 164). The clock ends at 2026-11-28T02:00Z (Saturday, 10:00 in Beijing); twenty working
 * days back (no holiday in November) is Monday 2 November, so a claim waiting since before Beijing
 * 2026-11-02 00:00 = 2026-11-01T16:00Z is overdue (the same count as dashboard-home.test.ts).
 *
 * - X: lodged 2026-10-20, its facts edited 2026-11-27: still overdue (its clock did not restart).
 * - Y: lodged 2026-11-01T15:59Z, one minute before the boundary: overdue.
 * - Z: lodged exactly 2026-11-01T16:00Z: not overdue.
 * - V: lodged 2026-10-20, approved by the township 2026-11-20: waiting at county level since then, not overdue.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

const facts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

describeEachDb('claim clocks count from the status', (ctx) => {
  let town: SessionHeaders;
  let reviewer: SessionHeaders;
  const claims: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    const { app, rt } = ctx();
    const county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    reviewer = (await userSession(app, rt, 'reviewer', '451228')).headers;
    const lodge = async (key: string, seq: number, at: string) => {
      const p = await rt.services.people.create(systemActor(), {
        name: '韦时钟',
        idNumber: makeIdNumber('451228', '1983-04-14', seq),
        hukouCode: '451228100',
      });
      if (!p.ok) throw new Error(p.reason.code);
      rt.clock.set(at);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: county,
        payload: { programId: 'entrepreneurship-subsidy', personId: p.value.id, facts },
      });
      expect(r.statusCode, r.body).toBe(201);
      claims[key] = r.json();
    };
    await lodge('x', 31, '2026-10-20T02:00:00.000Z');
    await lodge('y', 33, '2026-11-01T15:59:00.000Z');
    await lodge('z', 35, '2026-11-01T16:00:00.000Z');
    await lodge('v', 37, '2026-10-20T03:00:00.000Z');
    rt.clock.set('2026-11-20T02:00:00.000Z');
    const approved = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claims.v!.id}/review`,
      headers: town,
      payload: { outcome: 'approve', reason: '' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    rt.clock.set('2026-11-27T02:00:00.000Z');
    const edited = await app.inject({
      method: 'PUT',
      url: `/api/v1/claims/${claims.x!.id}/facts`,
      headers: county,
      payload: { facts: { ...facts, operatingNormally: true }, version: claims.x!.version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    rt.clock.set('2026-11-28T02:00:00.000Z');
  });

  const home = async (headers: SessionHeaders) => {
    const r = await ctx().app.inject({ method: 'GET', url: '/api/v1/dashboard/home', headers });
    expect(r.statusCode, r.body).toBe(200);
    const body: { work: { overdueBefore: string; claims: Array<{ level: string; waiting: number; overdue: number }> } } = r.json();
    return body.work;
  };

  it('keeps an edited claim overdue, with the boundary exact to the minute', async () => {
    const work = await home(town);
    expect(work.overdueBefore).toBe('2026-11-02');
    expect(work.claims).toEqual([{ level: 'township', waiting: 3, overdue: 2 }]);
  });

  it('restarts the clock when the workflow moves the claim to the next status', async () => {
    const work = await home(reviewer);
    expect(work.claims.find((c) => c.level === 'county')).toEqual({ level: 'county', waiting: 1, overdue: 0 });
    const row = await ctx()
      .rt.db.kysely.selectFrom('claims')
      .select('status_since')
      .where('id', '=', claims.v!.id)
      .executeTakeFirstOrThrow();
    expect(row.status_since).toBe('2026-11-20T02:00:00.000Z');
  });
});
