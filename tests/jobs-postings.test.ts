/**
 * Jobs, issue 9 points 1–4 and 8 on both databases: screening (minimum wage per pay period with the
 * figure, the term dictionary, the arrears list), the screening queue, the reserve with expiry by
 * timers and a reminder, recommendations with reasons, and an application walked to a hire that
 * updates the employment record, 就业地 and the posting's filled count together.
 *
 * Expected figures by hand from the seeded parameters (src/policy/params-seed-local.ts): 东莞 441900
 * from 2021-12-01: monthly ¥1,900.00 (190000 fen), hourly ¥18.10 (1810 fen), so a day's floor is
 * 8 × 1810 = 14480 fen. The test clock is 2026-11-28T02:00Z (Beijing 2026-11-28).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';

let serial = 0;
const creditCode = (division: string) => withCheckChar(`91${division}MA${String(++serial).padStart(7, '0')}`);

function posting(extra: Record<string, unknown> = {}) {
  return {
    title: '数控车工',
    occupationCode: '6-18-01-01',
    workCode: '441900003',
    workAddress: '东莞市东城街道工业路1号',
    headcount: 1,
    payMinFen: 190000,
    payMaxFen: 650000,
    payPeriod: 'month',
    contractKind: 'regular',
    housing: true,
    meals: true,
    requirements: '能吃苦耐劳',
    skills: ['车床'],
    startDate: '2026-12-01',
    ...extra,
  };
}

describeEachDb('jobs: postings, screening, reserve, applications', (ctx) => {
  let employer: SessionHeaders;
  let arrearsEmployer: SessionHeaders;
  let officer: SessionHeaders;
  let duanOfficer: SessionHeaders;
  let worker: SessionHeaders;
  let admin: SessionHeaders;
  let personId: string;
  let enterpriseId: string;

  beforeAll(async () => {
    const { app, rt } = ctx();
    const e = await rt.services.enterprises.create(systemActor(), {
      creditCode: creditCode('441900'),
      name: '东莞精工机械有限公司',
      industryCode: '34',
      addressCode: '441900003',
    });
    const bad = await rt.services.enterprises.create(systemActor(), {
      creditCode: creditCode('441900'),
      name: '东莞欠薪鞋厂',
      industryCode: '19',
      addressCode: '441900004',
    });
    if (!e.ok || !bad.ok) throw new Error('enterprise');
    enterpriseId = e.value.id;
    const flagged = await rt.services.enterprises.flagArrears(systemActor(), bad.value.id, {
      reason: '拖欠工资经责令仍拒不支付',
      date: '2026-11-01',
    });
    if (!flagged.ok) throw new Error(`arrears ${flagged.reason.code}`);
    const p = await rt.services.people.create(systemActor(), {
      name: '韦务工',
      idNumber: makeIdNumber('451228', '1990-03-03', 41),
      phone: '13800138000',
      hukouCode: '451228100',
      willingToGoOut: true,
      expectedWageFen: 500000,
      povertyRegistered: true,
      povertyFrom: '2016-01-01',
    });
    if (!p.ok) throw new Error('person');
    personId = p.value.id;
    await rt.services.personHistory.addOccupation(systemActor(), personId, { occupationCode: '6-18-01-02' });
    ({ headers: employer } = await userSession(app, rt, 'employer', '', { enterpriseId }));
    ({ headers: arrearsEmployer } = await userSession(app, rt, 'employer', '', { enterpriseId: bad.value.id }));
    ({ headers: officer } = await userSession(app, rt, 'county_officer', '441900'));
    ({ headers: duanOfficer } = await userSession(app, rt, 'county_officer', '451228'));
    ({ headers: worker } = await userSession(app, rt, 'worker', '', { personId }));
    ({ headers: admin } = await userSession(app, rt, 'admin', ''));
  });

  const post = (headers: SessionHeaders, body: Record<string, unknown>) =>
    ctx().app.inject({ method: 'POST', url: '/api/v1/jobs/postings', headers, payload: body });

  describe('minimum wage per pay period', () => {
    it('refuses monthly pay one fen below ¥1,900.00 with the figure, and takes exactly ¥1,900.00', async () => {
      const low = await post(employer, posting({ payMinFen: 189999 }));
      expect(low.statusCode).toBe(422);
      expect(low.json().code).toBe('job_pay_below_minimum');
      expect(low.json().detail ?? low.json().title).toBeDefined();
      expect(low.body).toContain('¥1,900.00');
      expect(low.body).toContain('¥1,899.99');
      expect(low.json().errors[0].path).toBe('/payMinFen');
      // The source is quoted in each language's own words, not the seeded "中文 / English" whole.
      const message = low.json().errors[0].message as { zh: string; en: string };
      expect(message.zh).toContain('东莞市最低工资标准（示意）（示例数值，请按现行通知替换）');
      expect(message.zh).not.toContain('Dongguan');
      expect(message.en).toContain('Dongguan minimum wage (sketch) (illustrative value: replace it with the current notice)');
      expect(message.en).not.toContain('东莞市最低工资');
      const ok = await post(employer, posting({ payMinFen: 190000 }));
      expect(ok.statusCode).toBe(201);
      expect(ok.json().status).toBe('open');
      expect(ok.json().expiresOn).toBe('2026-12-28');
    });

    it('compares hourly pay with ¥18.10, daily pay with 8 × ¥18.10 = ¥144.80, piece rates by their monthly equivalent', async () => {
      expect((await post(employer, posting({ payPeriod: 'hour', payMinFen: 1809, payMaxFen: 3000 }))).statusCode).toBe(422);
      expect((await post(employer, posting({ payPeriod: 'hour', payMinFen: 1810, payMaxFen: 3000 }))).statusCode).toBe(201);
      const day = await post(employer, posting({ payPeriod: 'day', payMinFen: 14479, payMaxFen: 20000 }));
      expect(day.statusCode).toBe(422);
      expect(day.body).toContain('¥144.80');
      expect((await post(employer, posting({ payPeriod: 'day', payMinFen: 14480, payMaxFen: 20000 }))).statusCode).toBe(201);
      const piece = await post(employer, posting({ payPeriod: 'piece', payMinFen: 50, payMaxFen: 80, pieceMonthlyFen: 189999 }));
      expect(piece.statusCode).toBe(422);
      expect(piece.json().errors[0].path).toBe('/pieceMonthlyFen');
      expect((await post(employer, posting({ payPeriod: 'piece', payMinFen: 50, payMaxFen: 80 }))).statusCode).toBe(400);
    });

    it('refuses a minimum age under 16 and nothing is written', async () => {
      const before = (await ctx().app.inject({ method: 'GET', url: '/api/v1/jobs/postings', headers: employer })).json().total;
      const r = await post(employer, posting({ ageMin: 15 }));
      expect(r.statusCode).toBe(400);
      const after = (await ctx().app.inject({ method: 'GET', url: '/api/v1/jobs/postings', headers: employer })).json().total;
      expect(after).toBe(before);
    });
  });

  describe('screening', () => {
    it('flags dictionary terms and low age ceilings for an officer, holds arrears employers, and the officer releases or rejects', async () => {
      const { app } = ctx();
      const termed = await post(employer, posting({ requirements: '限男性，能上夜班' }));
      expect(termed.json().status).toBe('screening');
      expect(termed.json().flags).toEqual([{ kind: 'term', term: '限男性', category: 'sex' }]);
      const aged = await post(employer, posting({ ageMax: 45 }));
      expect(aged.json().flags).toEqual([{ kind: 'age_limit', ageMax: 45 }]);
      expect((await post(employer, posting({ ageMax: 46 }))).json().status).toBe('open');
      const held = await post(arrearsEmployer, { ...posting(), workCode: '441900004' });
      expect(held.json().status).toBe('held');
      const queue = await app.inject({ method: 'GET', url: '/api/v1/jobs/screening', headers: officer });
      expect(
        queue
          .json()
          .items.map((p: { id: string }) => p.id)
          .sort(),
      ).toEqual([termed.json().id, aged.json().id, held.json().id].sort());
      // An officer of another area sees none of it and cannot release it.
      expect((await app.inject({ method: 'GET', url: '/api/v1/jobs/screening', headers: duanOfficer })).json().items).toEqual([]);
      const foreign = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/postings/${termed.json().id}/release`,
        headers: duanOfficer,
        payload: { version: 1 },
      });
      expect(foreign.statusCode).toBe(404);
      const released = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/postings/${aged.json().id}/release`,
        headers: officer,
        payload: { version: 1, note: '年龄上限45岁与岗位强度相符' },
      });
      expect(released.json()).toMatchObject({ status: 'open', version: 2 });
      const rejected = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/postings/${termed.json().id}/reject`,
        headers: officer,
        payload: { version: 1, note: '含性别限制' },
      });
      expect(rejected.json().status).toBe('rejected');
      const again = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/postings/${termed.json().id}/release`,
        headers: officer,
        payload: { version: 2 },
      });
      expect(again.statusCode).toBe(409);
    });

    it('lets administrators edit the dictionary; an added term flags the next posting', async () => {
      const { app } = ctx();
      const add = await app.inject({
        method: 'POST',
        url: '/api/v1/jobs/terms',
        headers: admin,
        payload: { term: '身高170以上', category: 'health' },
      });
      expect(add.statusCode).toBe(201);
      expect(
        (await app.inject({ method: 'POST', url: '/api/v1/jobs/terms', headers: officer, payload: { term: 'x', category: 'sex' } }))
          .statusCode,
      ).toBe(403);
      const dup = await app.inject({
        method: 'POST',
        url: '/api/v1/jobs/terms',
        headers: admin,
        payload: { term: '身高170以上', category: 'health' },
      });
      expect(dup.json().code).toBe('job_term_exists');
      expect((await post(employer, posting({ requirements: '身高 170 以上' }))).json().flags[0]).toMatchObject({ term: '身高170以上' });
      await app.inject({ method: 'DELETE', url: `/api/v1/jobs/terms/${add.json().id}`, headers: admin });
      expect((await post(employer, posting({ requirements: '身高170以上' }))).json().status).toBe('open');
    });
  });

  describe('recommendations, application and hire', () => {
    let postingId: string;
    let applicationId: string;

    it('recommends the worker the lathe job with its reasons and the O61-4.1 boost', async () => {
      const { app } = ctx();
      const p = await post(employer, posting({ title: '车工（推荐测试）', payMaxFen: 700000 }));
      postingId = p.json().id;
      const rec = await app.inject({ method: 'GET', url: '/api/v1/jobs/recommendations?limit=50', headers: worker });
      expect(rec.statusCode).toBe(200);
      const mine = rec.json().items.find((m: { postingId: string }) => m.postingId === postingId);
      // occupation 6-18-01-02 vs 6-18-01-01: same minor group → 40 × 3/4 = 30
      expect(mine.reasons.find((r: { factor: string }) => r.factor === 'occupation')).toMatchObject({ points: 30 });
      expect(mine.reasons.find((r: { factor: string }) => r.factor === 'pay').points).toBe(20);
      expect(mine.reasons.find((r: { factor: string }) => r.factor === 'priority_person')).toMatchObject({ clause: 'O61-4.1', points: 15 });
      expect(mine.boosted - mine.score).toBe(15);
      expect(mine.distanceKm).toBeGreaterThan(300);
      const again = await app.inject({ method: 'GET', url: '/api/v1/jobs/recommendations?limit=50', headers: worker });
      expect(again.json().items.map((m: { postingId: string }) => m.postingId)).toEqual(
        rec.json().items.map((m: { postingId: string }) => m.postingId),
      );
    });

    it('applies once; the employer walks it to a hire that writes employment, 就业地 and the filled count together', async () => {
      const { app, rt } = ctx();
      const a = await app.inject({ method: 'POST', url: `/api/v1/jobs/postings/${postingId}/apply`, headers: worker });
      expect(a.statusCode).toBe(201);
      applicationId = a.json().id;
      expect((await app.inject({ method: 'POST', url: `/api/v1/jobs/postings/${postingId}/apply`, headers: worker })).json().code).toBe(
        'job_already_applied',
      );
      const step = (event: string, version: number, headers = employer, reason?: string) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/jobs/applications/${applicationId}/steps`,
          headers,
          payload: { event, version, ...(reason ? { reason } : {}) },
        });
      expect((await step('hire', 1)).json().code).toBe('job_application_step_invalid');
      expect((await step('view', 1, duanOfficer)).statusCode).toBe(404);
      expect((await step('view', 1)).json().status).toBe('viewed');
      expect((await step('invite', 1)).json().code).toBe('job_application_state_changed');
      expect((await step('invite', 2)).json().status).toBe('interview');
      expect((await step('offer', 3)).json().status).toBe('offered');
      const hired = await step('hire', 4);
      expect(hired.json().status).toBe('hired');
      const person = await rt.services.people.get(systemActor(), personId);
      if (!person.ok) throw new Error('person');
      expect(person.value.employmentCode).toBe('441900003');
      const jobs = await rt.services.personHistory.list(systemActor(), personId);
      if (!jobs.ok) throw new Error('history');
      expect(jobs.value.employment).toEqual([
        expect.objectContaining({
          enterpriseName: '东莞精工机械有限公司',
          divisionCode: '441900003',
          occupationCode: '6-18-01-01',
          monthlyWageFen: 190000,
        }),
      ]);
      const p = await app.inject({ method: 'GET', url: `/api/v1/jobs/postings/${postingId}`, headers: employer });
      expect(p.json()).toMatchObject({ filled: 1, status: 'filled' });
      await rt.services.outbox.drain();
      const messages = await app.inject({ method: 'GET', url: '/api/v1/jobs/messages', headers: worker });
      expect(
        messages
          .json()
          .items.map((m: { kind: string }) => m.kind)
          .sort(),
      ).toEqual(['application.hire', 'application.invite', 'application.offer', 'application.view'].sort());
    });

    it("lists the worker's own applications with the posting's title; another employer cannot read the application", async () => {
      const { app, rt } = ctx();
      const mine = await app.inject({ method: 'GET', url: '/api/v1/jobs/applications', headers: worker });
      expect(mine.json().items).toEqual([
        expect.objectContaining({ id: applicationId, postingTitle: '车工（推荐测试）', status: 'hired' }),
      ]);
      const { headers: stranger } = await userSession(app, rt, 'employer', '', { enterpriseId: 'another-enterprise' });
      expect((await app.inject({ method: 'GET', url: `/api/v1/jobs/applications/${applicationId}`, headers: stranger })).statusCode).toBe(
        404,
      );
      const applicants = await app.inject({ method: 'GET', url: `/api/v1/jobs/postings/${postingId}/applications`, headers: employer });
      expect(applicants.json().items).toEqual([expect.objectContaining({ id: applicationId, personName: '韦务工' })]);
      const foreign = await app.inject({ method: 'GET', url: `/api/v1/jobs/postings/${postingId}/applications`, headers: stranger });
      expect(foreign.statusCode).toBe(404);
    });
  });

  describe('the reserve over time: expiry, reminder, refresh', () => {
    it('reminds three days before, refresh moves the expiry, and an unrefreshed posting expires', async () => {
      const { app, rt } = ctx();
      const a = (await post(employer, posting({ title: '会过期的岗位' }))).json();
      const b = (await post(employer, posting({ title: '会刷新的岗位' }))).json();
      expect(a.expiresOn).toBe('2026-12-28');
      rt.clock.set('2026-12-25T01:00:00.000Z'); // 09:00 Beijing, three days before
      // Sessions lapse while the clock jumps: sign in again at each new time.
      const relog = async () => {
        ({ headers: employer } = await userSession(app, rt, 'employer', '', { enterpriseId }));
        ({ headers: officer } = await userSession(app, rt, 'county_officer', '441900'));
        ({ headers: duanOfficer } = await userSession(app, rt, 'county_officer', '451228'));
      };
      await relog();
      const refreshed = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/postings/${b.id}/refresh`,
        headers: employer,
        payload: { version: 1 },
      });
      expect(refreshed.json()).toMatchObject({ expiresOn: '2027-01-24', status: 'open' });
      await rt.services.timers.runDue();
      await rt.services.outbox.drain();
      const msgs = (await app.inject({ method: 'GET', url: '/api/v1/jobs/messages', headers: employer })).json().items;
      expect(msgs.filter((m: { kind: string; refId: string }) => m.kind === 'posting.refresh_reminder' && m.refId === a.id)).toHaveLength(
        1,
      );
      expect(msgs.filter((m: { kind: string; refId: string }) => m.kind === 'posting.refresh_reminder' && m.refId === b.id)).toHaveLength(
        0,
      );
      rt.clock.set('2026-12-28T15:59:59.000Z'); // last second of the last day
      await rt.services.timers.runDue();
      await relog();
      expect((await app.inject({ method: 'GET', url: `/api/v1/jobs/postings/${a.id}`, headers: employer })).json().status).toBe('open');
      rt.clock.set('2026-12-28T16:00:00.000Z');
      await rt.services.timers.runDue();
      await relog();
      expect((await app.inject({ method: 'GET', url: `/api/v1/jobs/postings/${a.id}`, headers: employer })).json().status).toBe('expired');
      expect((await app.inject({ method: 'GET', url: `/api/v1/jobs/postings/${b.id}`, headers: employer })).json().status).toBe('open');
      const reserve = await app.inject({ method: 'GET', url: '/api/v1/jobs/reserve?by=region', headers: officer });
      expect(reserve.statusCode).toBe(200);
      expect(reserve.json().groups.every((g: { key: string }) => g.key.startsWith('441900'))).toBe(true);
      const over = await app.inject({ method: 'GET', url: '/api/v1/jobs/reserve/over-time?months=2', headers: officer });
      expect(over.json().points.map((p: { month: string }) => p.month)).toEqual(['2026-11', '2026-12']);
      expect((await app.inject({ method: 'GET', url: '/api/v1/jobs/reserve?by=region', headers: duanOfficer })).json().groups).toEqual([]);
    });
  });
});
