/**
 * Assistance cases (issue 10, point 2; O61-3.1) on both databases. Three people of 安阳镇, 都安
 * (451228100; 都安 is one of the 52 priority counties), registered by the county bureau on Wednesday
 * 30 September 2026, the day before the National Day holiday (1–7 October off, Saturday 10 October
 * worked). Hand-computed plan: first contact within 5 working days → Thu 8, Fri 9, Sat 10, Mon 12,
 * Tue 13 October; guidance, three referrals and an offer within 30 calendar days → 30 October.
 * 巴马 (451227) is the next county; 高岭镇 (451228101) another township of 都安.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';
import { loadReferenceData } from '../src/reference.js';

const cases = '/api/v1/assistance/cases';
const at = (date: string) => `${date}T02:00:00.000Z`; // 10:00 in Beijing

describeEachDb('assistance cases', (ctx) => {
  let duan: SessionHeaders;
  let anyang: SessionHeaders;
  let gaoling: SessionHeaders;
  let bama: SessionHeaders;
  let employer: SessionHeaders;
  const ids = { a: '', b: '', c: '' };
  const reg = { a: '', b: '', c: '' };

  beforeAll(async () => {
    const { app, rt } = ctx();
    await loadReferenceData(rt);
    duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    anyang = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    gaoling = (await userSession(app, rt, 'township_officer', '451228101')).headers;
    bama = (await userSession(app, rt, 'county_officer', '451227')).headers;
    let seq = 11;
    for (const key of ['a', 'b', 'c'] as const) {
      const p = await rt.services.people.create(systemActor(), {
        name: `韦${key}`,
        idNumber: makeIdNumber('451228', '1985-06-01', (seq += 2)),
        // C's household registration is in 东莞 (no priority area); C lives in 安阳镇.
        ...(key === 'c' ? { hukouCode: '441900', residenceCode: '451228100' } : { hukouCode: '451228100' }),
        ...(key === 'a' ? { povertyRegistered: true, povertyFrom: '2016-01-01' } : {}),
      });
      if (!p.ok) throw new Error(p.reason.code);
      ids[key] = p.value.id;
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/unemployment/registrations',
        headers: duan,
        payload: { personId: p.value.id, registeredOn: '2026-09-30' },
      });
      if (r.statusCode !== 201) throw new Error(r.body);
      reg[key] = r.json().id;
    }
    await rt.services.personHistory.addOccupation(systemActor(), ids.a, { occupationCode: '6-18-01-01' });
    const e = await rt.services.enterprises.create(systemActor(), {
      creditCode: withCheckChar('91451228MA0000001'),
      name: '都安机械厂',
      industryCode: '34',
      addressCode: '451228100',
    });
    if (!e.ok) throw new Error(e.reason.code);
    employer = (await userSession(app, rt, 'employer', '', { enterpriseId: e.value.id })).headers;
  });

  const get = (headers: SessionHeaders, url: string) => ctx().app.inject({ method: 'GET', url, headers });
  const step = (headers: SessionHeaders, id: string, payload: Record<string, unknown>) =>
    ctx().app.inject({ method: 'POST', url: `${cases}/${id}/steps`, headers, payload });
  const overdueFor = async (headers: SessionHeaders, id: string) =>
    (
      (await get(headers, '/api/v1/assistance/overdue')).json().items as Array<{ caseId: string; requirement: string; state: string }>
    ).filter((i) => i.caseId === id);

  it('opens a case with each registration, with the plan computed by hand and the registry categories', async () => {
    const r = await get(duan, `${cases}/${reg.a}`);
    expect(r.statusCode).toBe(200);
    const c = r.json();
    expect(c).toMatchObject({ status: 'open', openedOn: '2026-09-30', priority: 'high', region: '451228100' });
    expect(c.derivedCategories).toEqual(['poor_labourer', 'priority_area']);
    expect(
      c.plan.map((i: { requirement: string; dueOn: string; target: number; dueIn: string }) => [i.requirement, i.dueOn, i.target, i.dueIn]),
    ).toEqual([
      ['first_contact', '2026-10-13', 1, 'working_days'],
      ['guidance', '2026-10-30', 1, 'calendar_days'],
      ['offer', '2026-10-30', 1, 'calendar_days'],
      ['referrals', '2026-10-30', 3, 'calendar_days'],
    ]);
    expect((await get(duan, `${cases}/${reg.b}`)).json()).toMatchObject({ priority: 'high', derivedCategories: ['priority_area'] });
    expect((await get(duan, `${cases}/${reg.c}`)).json()).toMatchObject({ priority: 'normal', derivedCategories: [] });
  });

  it('is not overdue on the due date, overdue the day after; a step on the day is in time, the day after late', async () => {
    const { rt } = ctx();
    rt.clock.set(at('2026-10-13'));
    expect(await overdueFor(duan, reg.a)).toEqual([]);
    expect((await step(duan, reg.b, { kind: 'first_contact', outcome: '电话联系，了解求职意向' })).statusCode).toBe(200);
    rt.clock.set(at('2026-10-14'));
    expect((await overdueFor(duan, reg.a)).map((i) => [i.requirement, i.state])).toEqual([['first_contact', 'overdue']]);
    const late = await step(duan, reg.c, { kind: 'first_contact', outcome: '上门走访' });
    const b = (await get(duan, `${cases}/${reg.b}`)).json();
    const first = (x: { plan: Array<{ requirement: string; state: string; metOn: string }> }) =>
      x.plan.find((i) => i.requirement === 'first_contact');
    expect(first(b)).toMatchObject({ state: 'done', metOn: '2026-10-13' });
    expect(first(late.json())).toMatchObject({ state: 'done_late', metOn: '2026-10-14' });
    expect(await overdueFor(duan, reg.b)).toEqual([]);
  });

  it('lists overdue items for the township officer of the case and the county above, not another township', async () => {
    expect((await overdueFor(anyang, reg.a)).length).toBe(1);
    expect(await overdueFor(gaoling, reg.a)).toEqual([]);
    expect(await overdueFor(bama, reg.a)).toEqual([]);
  });

  it('reminds once per overdue item, however often the timers run', async () => {
    const { rt } = ctx();
    await rt.services.timers.runDue();
    await rt.services.timers.runDue();
    const mine = async (id: string) =>
      (
        (await get(duan, '/api/v1/assistance/reminders')).json().items as Array<{
          caseId: string;
          requirement: string;
          metSince: string | null;
        }>
      ).filter((m) => m.caseId === id);
    expect((await mine(reg.a)).map((m) => m.requirement)).toEqual(['first_contact']);
    expect(await mine(reg.b)).toEqual([]);
    // C's contact came on the 14th, after its timer was due (00:00 Beijing): the reminder stands, marked as met since.
    rt.clock.set(at('2026-10-31'));
    await rt.services.timers.runDue();
    await rt.services.timers.runDue();
    expect((await mine(reg.a)).map((m) => m.requirement).sort()).toEqual(['first_contact', 'guidance', 'offer', 'referrals']);
    expect((await get(gaoling, '/api/v1/assistance/reminders')).json().items).toEqual([]);
    const fired = (await rt.services.timers.of(reg.a)).filter((t) => t.firedAt !== null);
    expect(fired.length).toBe(4);
    rt.clock.set(at('2026-11-28'));
  });

  it('answers 404 to another county and another township, for reading and for recording', async () => {
    for (const headers of [bama, gaoling]) {
      expect((await get(headers, `${cases}/${reg.a}`)).statusCode).toBe(404);
      expect((await get(headers, `${cases}/${reg.a}/benefits`)).statusCode).toBe(404);
      const r = await step(headers, reg.a, { kind: 'career_guidance', outcome: 'x' });
      expect(r.statusCode).toBe(404);
      expect(r.body).not.toContain('韦a');
    }
    expect((await get(anyang, `${cases}/${reg.a}`)).statusCode).toBe(200);
  });

  it('counts referrals made from the matching recommendations toward the three, each application once', async () => {
    const { app } = ctx();
    const postings: string[] = [];
    for (const title of ['数控车工', '钳工', '装配工']) {
      const p = await app.inject({
        method: 'POST',
        url: '/api/v1/jobs/postings',
        headers: employer,
        payload: {
          title,
          occupationCode: '6-18-01-01',
          workCode: '451228100',
          workAddress: '都安县安阳镇工业园1号',
          headcount: 2,
          payMinFen: 300000,
          payMaxFen: 500000,
          payPeriod: 'month',
          contractKind: 'regular',
          housing: false,
          meals: true,
          requirements: '吃苦耐劳',
          skills: [],
          startDate: '2026-12-01',
        },
      });
      expect(p.statusCode).toBe(201);
      postings.push(p.json().id);
    }
    const recs = (await get(duan, `${cases}/${reg.a}/recommendations?limit=10`)).json().items as Array<{ postingId: string }>;
    expect(postings.every((id) => recs.some((r) => r.postingId === id))).toBe(true);
    expect((await step(duan, reg.a, { kind: 'job_referral', outcome: '口头推荐' })).json().code).toBe('assistance_referral_from_matching');
    const made = [];
    for (const postingId of postings)
      made.push(await app.inject({ method: 'POST', url: `${cases}/${reg.a}/referrals`, headers: duan, payload: { postingId } }));
    expect(made.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const last = made[2]?.json();
    const referrals = (c: { plan: Array<{ requirement: string; done: number; metOn: string | null; state: string }> }) =>
      c.plan.find((i) => i.requirement === 'referrals');
    expect(referrals(last)).toMatchObject({ done: 3, metOn: '2026-11-28', state: 'done_late' });
    expect(
      last.steps.filter((s: { kind: string; applicationId: string | null }) => s.kind === 'job_referral' && s.applicationId).length,
    ).toBe(3);
    const again = await app.inject({
      method: 'POST',
      url: `${cases}/${reg.a}/referrals`,
      headers: duan,
      payload: { postingId: postings[0] },
    });
    expect(again.statusCode).toBe(409);
    expect(referrals((await get(duan, `${cases}/${reg.a}`)).json())).toMatchObject({ done: 3 });
  });

  it('opens the public-welfare post referral only to a case with a difficulty category', async () => {
    const refused = await step(duan, reg.c, { kind: 'welfare_post_referral', outcome: '推荐村保洁员岗位' });
    expect(refused.json().code).toBe('assistance_welfare_post_needs_category');
    const c = (await get(duan, `${cases}/${reg.c}`)).json();
    const set = await ctx().app.inject({
      method: 'PUT',
      url: `${cases}/${reg.c}/categories`,
      headers: duan,
      payload: { version: c.version, categories: ['older_worker'] },
    });
    expect(set.json()).toMatchObject({ priority: 'high', recordedCategories: ['older_worker'], derivedCategories: [] });
    const ok = await step(duan, reg.c, { kind: 'welfare_post_referral', outcome: '推荐村保洁员岗位' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().steps.map((x: { kind: string }) => x.kind)).toEqual(['first_contact', 'welfare_post_referral']);
  });

  it('shows the benefits the policy engine finds, the same answer the worker gets', async () => {
    const { rt } = ctx();
    const r = (await get(duan, `${cases}/${reg.a}/benefits`)).json();
    const direct = await rt.services.policy.entitlements(ids.a, '2026-11-28');
    if (!direct.ok) throw new Error(direct.reason.code);
    expect(r.asOf).toBe('2026-11-28');
    expect(r.items.map((e: { programId: string; status: string }) => [e.programId, e.status])).toEqual(
      direct.value.map((e) => [e.programId, e.status]),
    );
  });

  it('moves the case with a transfer of its registration: the new county reaches it, the old one gets 404', async () => {
    const { app, rt } = ctx();
    const dongguan = (await userSession(app, rt, 'county_officer', '441900')).headers;
    expect((await get(dongguan, `${cases}/${reg.c}`)).statusCode).toBe(404);
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/unemployment/registrations/${reg.c}/transfer`,
      headers: duan,
      payload: { version: 1, placeKind: 'hukou' },
    });
    expect(r.statusCode).toBe(200);
    expect((await get(dongguan, `${cases}/${reg.c}`)).json()).toMatchObject({ region: '441900', status: 'open' });
    expect((await get(duan, `${cases}/${reg.c}`)).statusCode).toBe(404);
    const theirs = (await get(dongguan, '/api/v1/assistance/reminders')).json().items as Array<{ caseId: string }>;
    expect(theirs.map((m) => m.caseId)).toContain(reg.c);
  });

  it('opens the case of a registration that has none (made before cases existed), once', async () => {
    const { rt } = ctx();
    const db = rt.db.kysely;
    for (const table of ['assistance_reminders', 'assistance_steps', 'assistance_plan_items'] as const)
      await db.deleteFrom(table).where('case_id', '=', reg.a).execute();
    await db.deleteFrom('assistance_cases').where('id', '=', reg.a).execute();
    expect(await rt.services.assistance.openMissing()).toBe(1);
    expect(await rt.services.assistance.openMissing()).toBe(0);
    const c = (await get(duan, `${cases}/${reg.a}`)).json();
    expect(c.plan.map((i: { requirement: string; dueOn: string }) => `${i.requirement}@${i.dueOn}`)).toEqual([
      'first_contact@2026-10-13',
      'guidance@2026-10-30',
      'offer@2026-10-30',
      'referrals@2026-10-30',
    ]);
  });

  it('closes the case when the registration ends as employed, cancels its reminders and refuses further steps', async () => {
    const { app, rt } = ctx();
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/unemployment/registrations/${reg.b}/employed`,
      headers: duan,
      payload: { version: 1 },
    });
    expect(r.statusCode).toBe(200);
    const c = (await get(duan, `${cases}/${reg.b}`)).json();
    expect(c).toMatchObject({ status: 'closed', closedOn: '2026-11-28', closeReason: 'employed' });
    // The close is a workflow step (decision 178): audited with its from, to and version.
    const closing = await rt.db.kysely
      .selectFrom('audit_log')
      .select('details')
      .where('entity_type', '=', 'assistance_case')
      .where('entity_id', '=', reg.b)
      .where('action', '=', 'assistance_case.closed')
      .execute();
    expect(closing.map((a) => JSON.parse(a.details))).toEqual([
      expect.objectContaining({ reason: 'employed', on: '2026-11-28', from: 'open', to: 'closed', event: 'close' }),
    ]);
    expect((await step(duan, reg.b, { kind: 'follow_up', outcome: '回访' })).json().code).toBe('assistance_case_closed');
    expect((await rt.services.timers.of(reg.b)).filter((t) => t.firedAt === null && t.cancelledAt === null)).toEqual([]);
    expect(await overdueFor(duan, reg.b)).toEqual([]);
  });
});
