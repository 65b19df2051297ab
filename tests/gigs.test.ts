/**
 * Gig work (issue 9.5) on both databases: the day rate against 8 × the local hourly minimum (one fen
 * below refused with the figure, the floor itself accepted), sign-ups once per worker, confirmations
 * never beyond the headcount (also when two confirmations race), another county's officer answered
 * 404, a worker unable to touch someone else's sign-up, ratings once per side, a report acted on by
 * suspending the employer's gig posting, the portable history (.xlsx) holding exactly the completed
 * gigs, and the reminder the day before.
 *
 * By hand from the seeded parameters: 东莞 441900 hourly ¥18.10 → a day's floor 8 × 1810 = 14480 fen
 * (¥144.80); 都安 451228 hourly ¥14.00 → 11200 fen. The test clock is 2026-11-28T02:00Z (Beijing 2026-11-28).
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';

let serial = 0;
const creditCode = (division: string) => withCheckChar(`91${division}MG${String(++serial).padStart(7, '0')}`);

function gig(extra: Record<string, unknown> = {}) {
  return {
    title: '仓库装卸',
    occupationCode: '4-02-05-01',
    placeCode: '441900003',
    address: '东莞市东城街道仓储路8号',
    startDate: '2026-12-02',
    endDate: '2026-12-03',
    dayRateFen: 20000,
    headcount: 2,
    bring: '手套',
    ...extra,
  };
}

describeEachDb('gigs: tasks, sign-ups, completion, ratings, reports, history', (ctx) => {
  let employer: SessionHeaders;
  let duanEmployer: SessionHeaders;
  let officer: SessionHeaders;
  let duanOfficer: SessionHeaders;
  const workers: SessionHeaders[] = [];
  const personIds: string[] = [];
  let enterpriseId: string;
  let duanEnterpriseId: string;

  beforeAll(async () => {
    const { app, rt } = ctx();
    const e = await rt.services.enterprises.create(systemActor(), {
      creditCode: creditCode('441900'),
      name: '东莞顺达物流有限公司',
      industryCode: '59',
      addressCode: '441900003',
    });
    const d = await rt.services.enterprises.create(systemActor(), {
      creditCode: creditCode('451228'),
      name: '都安农产品合作社',
      industryCode: '01',
      addressCode: '451228100',
    });
    if (!e.ok || !d.ok) throw new Error('enterprise');
    enterpriseId = e.value.id;
    duanEnterpriseId = d.value.id;
    for (let i = 0; i < 4; i++) {
      const p = await rt.services.people.create(systemActor(), {
        name: `蓝零工${i}`,
        idNumber: makeIdNumber('451228', `199${i}-05-0${i + 1}`, 50 + i),
        phone: `1390000000${i}`,
        hukouCode: '451228100',
      });
      if (!p.ok) throw new Error('person');
      personIds.push(p.value.id);
      workers.push((await userSession(app, rt, 'worker', '', { personId: p.value.id })).headers);
    }
    ({ headers: employer } = await userSession(app, rt, 'employer', '', { enterpriseId }));
    ({ headers: duanEmployer } = await userSession(app, rt, 'employer', '', { enterpriseId: duanEnterpriseId }));
    ({ headers: officer } = await userSession(app, rt, 'county_officer', '441900'));
    ({ headers: duanOfficer } = await userSession(app, rt, 'county_officer', '451228'));
  });

  const call = (headers: SessionHeaders, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    ctx().app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const post = async (headers: SessionHeaders, body: Record<string, unknown>) => call(headers, 'POST', '/gigs/tasks', body);
  const signUp = async (w: SessionHeaders, taskId: string) => call(w, 'POST', `/gigs/tasks/${taskId}/signups`, {});
  const stepOn = async (h: SessionHeaders, id: string, event: string, body: Record<string, unknown>) =>
    call(h, 'POST', `/gigs/signups/${id}/${event}`, body);

  /** A task signed up for by the given workers; returns the task and their sign-ups. */
  async function taskWith(ws: SessionHeaders[], extra: Record<string, unknown> = {}, by = employer) {
    const t = await post(by, gig(extra));
    expect(t.statusCode).toBe(201);
    const ids: string[] = [];
    for (const w of ws) {
      const s = await signUp(w, t.json().id);
      expect(s.statusCode).toBe(201);
      ids.push(s.json().id);
    }
    return { task: t.json(), signups: ids };
  }

  /** Takes one sign-up to a confirmed completion record. */
  async function complete(h: SessionHeaders, w: SessionHeaders, id: string, accept: boolean) {
    expect((await stepOn(h, id, 'confirm', { version: 1 })).statusCode).toBe(200);
    expect((await stepOn(h, id, 'record', { version: 2, daysWorked: 2, paidFen: 40000 })).statusCode).toBe(200);
    const last = accept
      ? await stepOn(w, id, 'accept', { version: 3 })
      : await stepOn(w, id, 'dispute', { version: 3, reason: '少付一天' });
    expect(last.statusCode).toBe(200);
  }

  describe('the day rate against the local minimum (8 × the hourly minimum)', () => {
    it('refuses ¥144.79 in 东莞 with the figure and the source, and takes ¥144.80', async () => {
      const low = await post(employer, gig({ dayRateFen: 14479 }));
      expect(low.statusCode).toBe(422);
      expect(low.json().code).toBe('job_pay_below_minimum');
      expect(low.json().errors[0].path).toBe('/dayRateFen');
      const message = low.json().errors[0].message as { zh: string; en: string };
      expect(message.zh).toContain('¥144.79');
      expect(message.zh).toContain('¥144.80');
      expect(message.zh).toContain('小时最低工资标准×8小时');
      expect(message.zh).toContain('东莞市最低工资标准');
      const ok = await post(employer, gig({ dayRateFen: 14480 }));
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ status: 'open', dayRateFen: 14480, days: 2, confirmed: 0, enterpriseName: '东莞顺达物流有限公司' });
    });

    it("compares with 都安's own floor: ¥111.99 refused, ¥112.00 accepted", async () => {
      const base = { placeCode: '451228100', address: '都安县安阳镇菜地', occupationCode: '5-05-02-01' };
      expect((await post(duanEmployer, gig({ ...base, dayRateFen: 11199 }))).statusCode).toBe(422);
      expect((await post(duanEmployer, gig({ ...base, dayRateFen: 11200 }))).statusCode).toBe(201);
    });

    it('refuses a gig longer than 7 days and one starting yesterday', async () => {
      expect((await post(employer, gig({ startDate: '2026-12-02', endDate: '2026-12-09' }))).statusCode).toBe(400);
      expect((await post(employer, gig({ startDate: '2026-12-02', endDate: '2026-12-08' }))).statusCode).toBe(201);
      expect((await post(employer, gig({ startDate: '2026-11-27', endDate: '2026-11-27' }))).statusCode).toBe(400);
    });
  });

  describe('sign-ups and the headcount', () => {
    it('refuses signing up twice', async () => {
      const { task } = await taskWith([workers[0]!]);
      const again = await signUp(workers[0]!, task.id);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('gig_already_signed_up');
    });

    it('confirms up to the headcount and no further, also when two confirmations race', async () => {
      const { task, signups } = await taskWith(workers.slice(0, 3), { headcount: 1 });
      const raced = await Promise.all(signups.slice(0, 2).map((id) => stepOn(employer, id, 'confirm', { version: 1 })));
      expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(raced.find((r) => r.statusCode === 409)?.json().code).toBe('gig_full');
      const third = await stepOn(employer, signups[2]!, 'confirm', { version: 1 });
      expect(third.json().code).toBe('gig_full');
      const after = (await call(employer, 'GET', `/gigs/tasks/${task.id}/signups`)).json() as Array<{ status: string }>;
      expect(after.filter((s) => s.status === 'confirmed')).toHaveLength(1);
      expect((await call(employer, 'GET', `/gigs/tasks/${task.id}`)).json()).toMatchObject({ confirmed: 1, waiting: 2 });
    });

    it('first come first: confirms the earliest two of three for a headcount of 2', async () => {
      const { task, signups } = await taskWith([workers[2]!, workers[0]!, workers[1]!], { headcount: 2 });
      const done = await call(employer, 'POST', `/gigs/tasks/${task.id}/confirm-in-order`, {});
      expect(done.statusCode).toBe(200);
      expect((done.json() as Array<{ id: string }>).map((s) => s.id)).toEqual(signups.slice(0, 2));
    });
  });

  describe('scope', () => {
    it("answers another county's officer 404 by id, and the place's officer 200", async () => {
      const { task, signups } = await taskWith([workers[0]!]);
      expect((await call(duanOfficer, 'GET', `/gigs/tasks/${task.id}`)).statusCode).toBe(404);
      expect((await stepOn(duanOfficer, signups[0]!, 'confirm', { version: 1 })).statusCode).toBe(404);
      expect((await call(duanEmployer, 'GET', `/gigs/tasks/${task.id}`)).statusCode).toBe(404);
      expect((await call(officer, 'GET', `/gigs/tasks/${task.id}`)).statusCode).toBe(200);
      const list = (await call(duanOfficer, 'GET', '/gigs/tasks?pageSize=100')).json() as { items: Array<{ id: string }> };
      expect(list.items.some((t) => t.id === task.id)).toBe(false);
    });

    it("keeps a worker off someone else's sign-up", async () => {
      const { signups } = await taskWith([workers[0]!]);
      await stepOn(employer, signups[0]!, 'confirm', { version: 1 });
      await stepOn(employer, signups[0]!, 'record', { version: 2, daysWorked: 1, paidFen: 20000 });
      const other = await stepOn(workers[1]!, signups[0]!, 'accept', { version: 3 });
      expect(other.statusCode).toBe(404);
      expect((await stepOn(workers[1]!, signups[0]!, 'dispute', { version: 3, reason: 'x' })).statusCode).toBe(404);
      expect((await stepOn(workers[0]!, signups[0]!, 'accept', { version: 3 })).statusCode).toBe(200);
      // The worker cannot confirm their own sign-up as if they were the employer.
      expect((await stepOn(workers[0]!, signups[0]!, 'record', { version: 4, daysWorked: 2, paidFen: 1 })).statusCode).toBe(404);
    });
  });

  describe('after the work', () => {
    it('rates once per side, only after completion; a report leads to a suspension that stops new gigs', async () => {
      const { signups } = await taskWith([workers[3]!], { placeCode: '451228100', address: '都安县安阳镇' }, duanEmployer);
      expect((await call(workers[3]!, 'POST', `/gigs/signups/${signups[0]}/rating`, { score: 5 })).json().code).toBe('gig_not_finished');
      await complete(duanEmployer, workers[3]!, signups[0]!, true);
      const rated = await call(workers[3]!, 'POST', `/gigs/signups/${signups[0]}/rating`, { score: 2, comment: '结算拖延' });
      expect(rated.json()).toMatchObject({ workerRating: 2, employerRating: null });
      expect((await call(workers[3]!, 'POST', `/gigs/signups/${signups[0]}/rating`, { score: 5 })).json().code).toBe('gig_already_rated');
      expect((await call(duanEmployer, 'POST', `/gigs/signups/${signups[0]}/rating`, { score: 4 })).statusCode).toBe(200);
      const mine = (await call(workers[3]!, 'GET', '/gigs/my-signups')).json() as Array<{
        id: string;
        workerRating: number;
        employerRating: number;
      }>;
      expect(mine.find((s) => s.id === signups[0])).toMatchObject({ workerRating: 2, employerRating: 4 });

      const report = await call(workers[3]!, 'POST', `/gigs/signups/${signups[0]}/report`, { reason: 'underpaid', detail: '少付工钱' });
      expect(report.statusCode).toBe(201);
      expect((await call(officer, 'GET', '/gigs/reports')).json()).toEqual([]);
      const seen = (await call(duanOfficer, 'GET', '/gigs/reports')).json() as Array<{
        id: string;
        status: string;
        enterpriseName: string;
      }>;
      expect(seen).toEqual([expect.objectContaining({ id: report.json().id, status: 'open', enterpriseName: '都安农产品合作社' })]);
      expect(
        (await call(officer, 'POST', `/gigs/reports/${report.json().id}/act`, { action: 'suspend', note: '核实', version: 1 })).statusCode,
      ).toBe(404);
      const acted = await call(duanOfficer, 'POST', `/gigs/reports/${report.json().id}/act`, {
        action: 'suspend',
        note: '核实少付',
        version: 1,
      });
      expect(acted.statusCode).toBe(200);
      expect(acted.json().status).toBe('suspended');
      const blocked = await post(duanEmployer, gig({ placeCode: '451228100', dayRateFen: 15000 }));
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('gig_employer_suspended');

      // Lifting: not by an officer of another county, not from a state other than suspended; then the
      // employer posts again, is told so, and the step is audited.
      const liftBody = { action: 'lift', note: '已补发工钱', version: 2 };
      expect((await call(officer, 'POST', `/gigs/reports/${report.json().id}/act`, liftBody)).statusCode).toBe(404);
      const lifted = await call(duanOfficer, 'POST', `/gigs/reports/${report.json().id}/act`, liftBody);
      expect(lifted.statusCode).toBe(200);
      expect(lifted.json().status).toBe('lifted');
      const again = await call(duanOfficer, 'POST', `/gigs/reports/${report.json().id}/act`, { ...liftBody, version: 3 });
      expect(again.json().code).toBe('gig_step_invalid');
      expect((await post(duanEmployer, gig({ placeCode: '451228100', dayRateFen: 15000 }))).statusCode).toBe(201);
      const { rt } = ctx();
      await rt.services.outbox.drain();
      await rt.services.outbox.drain();
      const employerId = (await call(duanEmployer, 'GET', '/auth/me')).json().user.enterpriseId as string;
      const messages = await rt.services.jobs.notices.messages({ ...systemActor(), role: 'employer', enterpriseId: employerId });
      if (!messages.ok) throw new Error(messages.reason.code);
      expect(messages.value.some((m) => m.kind === 'gig.lifted' && m.zh.includes('已补发工钱'))).toBe(true);
      const audit = await rt.db.kysely.selectFrom('audit_log').select(['action']).where('entity_id', '=', report.json().id).execute();
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['gig_report.suspend', 'gig_report.lift']));
    });

    it('exports exactly the completed gigs, across employers and counties', async () => {
      const { rt } = ctx();
      const w = workers[2]!;
      const a = await taskWith([w], { title: '东莞搬运' });
      const b = await taskWith([w], { title: '东莞理货' });
      const c = await taskWith([w], { title: '东莞包装' });
      const other = await rt.services.enterprises.create(systemActor(), {
        creditCode: creditCode('451228'),
        name: '都安山羊养殖场',
        industryCode: '03',
        addressCode: '451228100',
      });
      if (!other.ok) throw new Error('enterprise');
      const { headers: otherEmployer } = await userSession(ctx().app, rt, 'employer', '', { enterpriseId: other.value.id });
      const d = await taskWith([w], { title: '都安采收', placeCode: '451228100', address: '都安县安阳镇' }, otherEmployer);
      await complete(employer, w, a.signups[0]!, true);
      await complete(employer, w, b.signups[0]!, false); // disputed: not in the history
      await stepOn(employer, c.signups[0]!, 'confirm', { version: 1 }); // confirmed only
      await complete(otherEmployer, w, d.signups[0]!, true);

      const list = (await call(w, 'GET', '/gigs/my-history')).json() as Array<{ task: { title: string } }>;
      expect(list.map((h) => h.task.title).sort()).toEqual(['东莞搬运', '都安采收']);
      const file = await call(w, 'GET', '/gigs/my-history/export');
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const rows = wb.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
      expect(rows.map((r) => r[1]).sort()).toEqual(['东莞搬运', '都安采收']);
      expect(rows.find((r) => r[1] === '东莞搬运')?.slice(7, 10)).toEqual([200, 2, 400]);

      // Officers of the person's county export it; the next county's officers get 404.
      const p = personIds[2]!;
      expect((await call(duanOfficer, 'GET', `/gigs/people/${p}/history/export`)).statusCode).toBe(200);
      expect((await call(officer, 'GET', `/gigs/people/${p}/history`)).statusCode).toBe(404);
      expect((await call(workers[0]!, 'GET', `/gigs/people/${p}/history`)).statusCode).toBe(404);
    });
  });

  describe('notices', () => {
    it('tells the worker of the confirmation, reminds them the day before, and asks them to confirm completion', async () => {
      const { rt } = ctx();
      const { signups } = await taskWith([workers[1]!], { title: '提醒测试', startDate: '2026-12-05', endDate: '2026-12-05' });
      await stepOn(employer, signups[0]!, 'confirm', { version: 1 });
      const kinds = async () => {
        // A delivery run already under way (started by an earlier commit) is joined by drain(): run a second one.
        await rt.services.outbox.drain();
        await rt.services.outbox.drain();
        // Sessions lapse while the clock jumps: read the worker's messages through the service.
        const r = await rt.services.jobs.notices.messages({ ...systemActor(), role: 'worker', personId: personIds[1]! });
        if (!r.ok) throw new Error(r.reason.code);
        return r.value.filter((m) => m.zh.includes('提醒测试')).map((m) => m.kind);
      };
      expect(await kinds()).toEqual(['gig.confirmed']);
      rt.clock.set('2026-12-03T23:59:59.000Z'); // Beijing 07:59 on the 4th: not yet
      await rt.services.timers.runDue();
      expect(await kinds()).toEqual(['gig.confirmed']);
      rt.clock.set('2026-12-04T00:00:00.000Z'); // Beijing 08:00 on the day before
      await rt.services.timers.runDue();
      expect((await kinds()).sort()).toEqual(['gig.confirmed', 'gig.tomorrow']);
      const boss = { ...systemActor(), role: 'employer' as const, enterpriseId };
      const recorded = await rt.services.gigs.signups.record(boss, signups[0]!, { version: 2, daysWorked: 1, paidFen: 20000 });
      expect(recorded.ok).toBe(true);
      expect((await kinds()).sort()).toEqual(['gig.confirmed', 'gig.to_confirm', 'gig.tomorrow']);
    });
  });

  it('lists for workers only gigs not yet started, which take sign-ups; a multi-day gig begun yesterday is not offered', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-12-04T02:00:00.000Z'); // Beijing 10:00, 4 December
    const boss = { ...systemActor(), role: 'employer' as const, enterpriseId };
    const made = await rt.services.gigs.tasks.create(boss, gig({ title: '跨天装卸', startDate: '2026-12-05', endDate: '2026-12-07' }));
    if (!made.ok) throw new Error(made.reason.code);
    const worker = { ...systemActor(), role: 'worker' as const, personId: personIds[0]! };
    const titles = async () => {
      const r = await rt.services.gigs.tasks.list(worker, { page: 1, pageSize: 200 });
      if (!r.ok) throw new Error(r.reason.code);
      return r.value.items.map((t) => t.title);
    };
    rt.clock.set('2026-12-05T02:00:00.000Z'); // its first day: still taking sign-ups
    expect(await titles()).toContain('跨天装卸');
    rt.clock.set('2026-12-05T16:00:00.000Z'); // Beijing 00:00, 6 December: begun yesterday
    expect(await titles()).not.toContain('跨天装卸');
  });
});
