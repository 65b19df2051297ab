/**
 * Lifting an employer's gig suspension (issue 9.5) on both databases, when two reports suspended the
 * same employer: the employer stays suspended while either report keeps it so, is told it may post
 * again only when the last one is lifted, and the officer's page offers on each report only the steps
 * its workflow allows (no second note, no lift once lifted). The test clock is 2026-11-28T02:00Z.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';

describeEachDb('gigs: a suspension lifted once', (ctx) => {
  let employer: SessionHeaders;
  let officer: SessionHeaders;
  const workers: SessionHeaders[] = [];

  beforeAll(async () => {
    const { app, rt } = ctx();
    const e = await rt.services.enterprises.create(systemActor(), {
      creditCode: withCheckChar('91451228MA0000071'),
      name: '都安甘蔗合作社',
      industryCode: '01',
      addressCode: '451228100',
    });
    if (!e.ok) throw new Error('enterprise');
    for (const i of [0, 1]) {
      const p = await rt.services.people.create(systemActor(), {
        name: `覃散工${i}`,
        idNumber: makeIdNumber('451228', `1994-07-1${i}`, 71 + 2 * i),
        hukouCode: '451228100',
      });
      if (!p.ok) throw new Error('person');
      workers.push((await userSession(app, rt, 'worker', '', { personId: p.value.id })).headers);
    }
    ({ headers: employer } = await userSession(app, rt, 'employer', '', { enterpriseId: e.value.id }));
    ({ headers: officer } = await userSession(app, rt, 'county_officer', '451228'));
  });

  const call = (headers: SessionHeaders, url: string, payload: object = {}) =>
    ctx().app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
  const task = {
    title: '砍甘蔗',
    occupationCode: '5-01-02-01',
    placeCode: '451228100',
    address: '都安县安阳镇',
    startDate: '2026-12-02',
    endDate: '2026-12-03',
    dayRateFen: 15000,
    headcount: 2,
  };

  it('keeps the employer suspended until the last report is lifted, and tells it once', async () => {
    const t = await call(employer, '/gigs/tasks', task);
    expect(t.statusCode).toBe(201);
    const reports: string[] = [];
    for (const w of workers) {
      const s = (await call(w, `/gigs/tasks/${t.json().id}/signups`)).json().id as string;
      expect((await call(employer, `/gigs/signups/${s}/confirm`, { version: 1 })).statusCode).toBe(200);
      expect((await call(employer, `/gigs/signups/${s}/record`, { version: 2, daysWorked: 2, paidFen: 20000 })).statusCode).toBe(200);
      expect((await call(w, `/gigs/signups/${s}/dispute`, { version: 3, reason: '少付' })).statusCode).toBe(200);
      const r = await call(w, `/gigs/signups/${s}/report`, { reason: 'underpaid', detail: '少付工钱' });
      expect(r.statusCode).toBe(201);
      reports.push(r.json().id);
      expect((await call(officer, `/gigs/reports/${r.json().id}/act`, { action: 'suspend', note: '核实', version: 1 })).statusCode).toBe(
        200,
      );
    }
    const listed = async () =>
      Object.fromEntries(
        (
          (await ctx().app.inject({ method: 'GET', url: '/api/v1/gigs/reports', headers: officer })).json() as Array<{
            id: string;
            status: string;
            actions: string[];
          }>
        ).map((r) => [r.id, `${r.status}:${r.actions.join(',')}`]),
      );
    expect(await listed()).toEqual({ [reports[0]!]: 'suspended:lift', [reports[1]!]: 'suspended:lift' });
    expect((await call(employer, '/gigs/tasks', task)).json().code).toBe('gig_employer_suspended');
    const lift = (id: string) => call(officer, `/gigs/reports/${id}/act`, { action: 'lift', note: '已补发', version: 2 });
    expect((await lift(reports[1]!)).json()).toMatchObject({ status: 'lifted' });
    // The other report still keeps the employer suspended.
    expect((await call(employer, '/gigs/tasks', task)).json().code).toBe('gig_employer_suspended');
    expect((await lift(reports[1]!)).json().code).toBe('gig_step_invalid');
    expect((await lift(reports[0]!)).json()).toMatchObject({ status: 'lifted' });
    expect(await listed()).toEqual({ [reports[0]!]: 'lifted:', [reports[1]!]: 'lifted:' });
    expect((await call(employer, '/gigs/tasks', task)).statusCode).toBe(201);
    const { rt } = ctx();
    const told = await rt.db.kysely.selectFrom('outbox').select('payload').execute();
    expect(told.filter((m) => m.payload.includes('gig.lifted'))).toHaveLength(1);
  });
});
