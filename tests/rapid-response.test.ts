/**
 * Rapid response (issue 10, point 4; O61-3.1) on both databases, through the services. The event: a
 * lay-off at a 东莞 (441900) electronics firm recorded on Wednesday 2026-09-30, before the National
 * Day holiday (1-7 October, Saturday 10 October a make-up working day). Two 都安 (451228) workers and
 * one 东莞 local are listed; 巴马 (451227), the next county, has nothing to do with it.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { demoCreditCode } from '../src/demo/enterprises.js';
import { systemActor, type Actor, type Department, type Role } from '../src/modules/actor.js';
import type { EventView, TaskView } from '../src/modules/rapid-response/index.js';
import { createServices } from '../src/modules/services.js';

function actor(role: Role, jurisdiction: string, extra: { department?: Department; enterpriseId?: string } = {}): Actor {
  return {
    ...systemActor('test'),
    username: `${role}-${jurisdiction}`,
    role,
    jurisdiction,
    department: extra.department ?? null,
    enterpriseId: extra.enterpriseId ?? null,
  };
}

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }): T {
  if (!r.ok) throw new Error(`refused: ${r.reason.code}`);
  return r.value;
}

const dongguan = actor('county_officer', '441900');
const duan = actor('county_officer', '451228');
const bama = actor('county_officer', '451227');
const duanCivil = actor('department', '451228', { department: 'civil_affairs' });
const dongguanJustice = actor('department', '441900', { department: 'justice' });

describeEachDb('rapid response', (ctx) => {
  const ids = { firm: '', a: '', b: '', local: '', bamaPerson: '' };
  let event: EventView;

  const task = (e: EventView, template: string, region: string): TaskView => {
    const t = e.tasks.find((x) => x.template === template && x.region === region);
    if (!t) throw new Error(`no task ${template} in ${region}`);
    return t;
  };

  beforeAll(async () => {
    const { rt } = ctx();
    rt.clock.set('2026-09-30T02:00:00.000Z');
    await rt.services.calendar.loadReference();
    ids.firm = must(
      await rt.services.enterprises.create(systemActor(), {
        creditCode: demoCreditCode('91', '441900', 501),
        name: '东莞市快响测试电子有限公司',
        industryCode: '39',
        addressCode: '441900113',
        size: 'medium',
      }),
    ).id;
    const person = async (name: string, seq: number, hukou: string, employment: string | null) =>
      must(
        await rt.services.people.create(systemActor(), {
          name,
          idNumber: makeIdNumber(hukou.slice(0, 6), '1991-03-04', seq),
          hukouCode: hukou,
          ...(employment ? { employmentCode: employment } : {}),
        }),
      ).id;
    ids.a = await person('韦快甲', 101, '451228100', '441900');
    ids.b = await person('蓝快乙', 103, '451228101', '441900');
    ids.local = await person('陈本地', 105, '441900113', null);
    ids.bamaPerson = await person('黄巴马', 107, '451227100', null);
    event = must(
      await rt.services.rapidResponse.create(dongguan, {
        kind: 'layoff',
        enterpriseId: ids.firm,
        occurredOn: '2026-09-29',
        description: '订单下滑，裁减生产线员工',
        workersAffected: 120,
      }),
    );
  });

  it("refuses an officer's event at another county's enterprise, even placed in the officer's own county", async () => {
    const { rt } = ctx();
    const r = await rt.services.rapidResponse.create(duan, {
      kind: 'layoff',
      enterpriseId: ids.firm,
      placeCode: '451228',
      occurredOn: '2026-09-29',
      description: '借用外县企业',
      workersAffected: 10,
    });
    expect(r.ok ? 'ok' : r.reason.code).toBe('out_of_jurisdiction');
  });

  it('numbers the event by its county and creates the lay-off tasks with hand-computed working-day deadlines', () => {
    expect(event.number).toBe('东莞-2026-响000001');
    expect(event.region).toBe('441900113');
    expect(event.enterpriseName).toBe('东莞市快响测试电子有限公司');
    // Recorded Wed 30 Sep; 1-7 Oct off; working days 8 (Thu), 9 (Fri), 10 (Sat, make-up), 12, 13 … 20.
    const due = Object.fromEntries(event.tasks.map((t) => [`${t.department}/${t.template}`, t.dueOn]));
    expect(due).toEqual({
      'employment_bureau/register_and_serve': '2026-10-10',
      'enterprise/worker_list_and_wages': '2026-10-13',
      'transport/return_transport': '2026-10-13',
      'justice/legal_aid': '2026-10-20',
      'civil_affairs/temporary_relief': '2026-10-20',
    });
    expect(event.tasks.every((t) => t.status === 'open' && !t.overdue)).toBe(true);
  });

  it('lists picked workers once each with their offers, and gives their home county its own tasks', async () => {
    const { rt } = ctx();
    const r = must(await rt.services.rapidResponse.addWorkers(dongguan, event.id, [ids.a, ids.local, ids.a]));
    expect(r).toEqual({ added: 2, alreadyListed: 1, problems: [] });
    const again = must(await rt.services.rapidResponse.addWorkers(dongguan, event.id, [ids.a]));
    expect(again).toEqual({ added: 0, alreadyListed: 1, problems: [] });
    event = must(await rt.services.rapidResponse.get(dongguan, event.id));
    expect(event.workers.map((w) => w.name).sort()).toEqual(['陈本地', '韦快甲']);
    const a = event.workers.find((w) => w.personId === ids.a);
    expect(a?.idNumberMasked).not.toContain('19910304');
    expect(a?.offers.find((o) => o.kind === 'registration')).toMatchObject({ status: 'offered', offeredOn: '2026-09-30' });
    // 都安 follows up its returnees: 5 working days → 13 Oct, 10 → 20 Oct; 东莞's local adds nothing.
    const home = event.tasks.filter((t) => t.region === '451228').map((t) => [t.department, t.template, t.dueOn]);
    expect(home.sort()).toEqual([
      ['civil_affairs', 'temporary_relief', '2026-10-20'],
      ['employment_bureau', 'follow_up_returnees', '2026-10-13'],
      ['poverty_office', 'poor_labourers', '2026-10-13'],
    ]);
  });

  it('picks by id only people of the officer’s own area', async () => {
    const r = await ctx().rt.services.rapidResponse.addWorkers(dongguan, event.id, [ids.bamaPerson]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('out_of_jurisdiction');
  });

  it('shows the home county its own workers only; another county gets 404 for the event, its tasks and its offers', async () => {
    const s = ctx().rt.services.rapidResponse;
    const home = must(await s.get(duan, event.id));
    expect(home.access).toBe('partial');
    expect(home.workers.map((w) => w.personId)).toEqual([ids.a]);
    expect(home.workersListed).toBe(2);
    expect(home.tasks.every((t) => t.region === '451228')).toBe(true);
    for (const who of [bama, actor('department', '451227', { department: 'civil_affairs' })]) {
      const r = await s.get(who, event.id);
      expect(r.ok ? 'seen' : r.reason.code).toBe('out_of_jurisdiction');
    }
    const localOffer = event.workers.find((w) => w.personId === ids.local)?.offers[0];
    if (!localOffer) throw new Error('no offer');
    const r = await s.offers.takeUp(duan, localOffer.id, { version: localOffer.version });
    expect(r.ok ? 'taken' : r.reason.code).toBe('out_of_jurisdiction');
    const t = await s.tasks.complete(bama, task(event, 'legal_aid', '441900113').id, { version: 1 });
    expect(t.ok ? 'done' : t.reason.code).toBe('out_of_jurisdiction');
    expect(must(await s.list(bama, { page: 1, pageSize: 50 })).items).toEqual([]);
    expect(must(await s.list(duan, { page: 1, pageSize: 50 })).items.map((e) => e.id)).toEqual([event.id]);
  });

  it('lets a department user act on its own department’s tasks only, and lists them', async () => {
    const s = ctx().rt.services.rapidResponse;
    const relief = task(event, 'temporary_relief', '451228');
    const list = must(await s.tasks.list(duanCivil, { page: 1, pageSize: 50 }));
    expect(list.items.map((t) => t.id)).toEqual([relief.id]);
    expect(list.items[0]?.mayAct).toBe(true);
    const poverty = task(event, 'poor_labourers', '451228');
    const refused = await s.tasks.start(duanCivil, poverty.id, { version: 1 });
    expect(refused.ok ? 'started' : refused.reason.code).toBe('forbidden');
    const started = must(await s.tasks.start(duanCivil, relief.id, { version: 1 }));
    expect(started).toMatchObject({ status: 'in_progress', version: 2 });
    const stale = await s.tasks.complete(duanCivil, relief.id, { version: 1 });
    expect(stale.ok ? 'done' : stale.reason.code).toBe('rapid_response_task_changed');
    const done = must(await s.tasks.complete(duanCivil, relief.id, { version: 2, note: '已核查，2人符合临时救助' }));
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-09-30', note: '已核查，2人符合临时救助', mayAct: false });
    const justice = must(await s.tasks.list(dongguanJustice, { page: 1, pageSize: 50 }));
    expect(justice.items.map((t) => t.template)).toEqual(['legal_aid']);
  });

  it('marks a task overdue the day after its deadline, not on the day, once, by the timer', async () => {
    const { rt } = ctx();
    const s = rt.services.rapidResponse;
    const bureau = task(event, 'register_and_serve', '441900113');
    // 23:59:59 Beijing on the due day (10 Oct): not yet.
    rt.clock.set('2026-10-10T15:59:59.000Z');
    await rt.services.timers.runDue();
    let now = task(must(await s.get(dongguan, event.id)), 'register_and_serve', '441900113');
    expect(now).toMatchObject({ overdue: false, overdueMarkedAt: null });
    // 00:00 Beijing on 11 Oct: overdue, marked by the timer.
    rt.clock.set('2026-10-10T16:00:00.000Z');
    const first = await rt.services.timers.runDue();
    expect(first).toEqual({ fired: 1, failed: 0 });
    now = task(must(await s.get(dongguan, event.id)), 'register_and_serve', '441900113');
    expect(now).toMatchObject({ overdue: true, overdueMarkedAt: '2026-10-10T16:00:00.000Z' });
    rt.clock.set('2026-10-11T03:00:00.000Z');
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    // A restarted server (a fresh service container on the same database) does not fire it again.
    const restarted = createServices(rt.services.deps);
    expect(await restarted.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    const timers = await rt.services.timers.of(bureau.id);
    expect(timers.map((t) => t.firedAt)).toEqual(['2026-10-10T16:00:00.000Z']);
    const audit = await rt.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', bureau.id)
      .where('action', '=', 'rapid_response_task.overdue')
      .execute();
    expect(audit).toHaveLength(1);
    // The relief task of 都安, done on 30 Sep, is never marked, though its timer fires on 21 Oct.
    // The timers scheduled before the restart fire on the restarted server, once: 13 Oct's three and 20 Oct's four.
    rt.clock.set('2026-10-20T16:00:00.000Z');
    expect(await restarted.timers.runDue()).toEqual({ fired: 7, failed: 0 });
    expect(await rt.services.timers.runDue()).toEqual({ fired: 0, failed: 0 });
    const after = must(await s.get(duan, event.id));
    expect(task(after, 'temporary_relief', '451228')).toMatchObject({ status: 'done', overdue: false, overdueMarkedAt: null });
    expect(task(after, 'follow_up_returnees', '451228')).toMatchObject({ overdue: true });
    rt.clock.set('2026-09-30T02:00:00.000Z');
  });

  it('refuses a registration offer taken up with a stale version, and leaves no registration behind (one unit of work)', async () => {
    const { rt } = ctx();
    const fresh = must(await rt.services.rapidResponse.get(duan, event.id));
    const worker = fresh.workers[0];
    const offer = worker?.offers.find((o) => o.kind === 'registration');
    if (!worker || !offer) throw new Error('no registration offer');
    const stale = await rt.services.rapidResponse.offers.register(duan, offer.id, { version: offer.version + 1 });
    expect(stale.ok ? 'registered' : stale.reason.code).toBe('rapid_response_offer_closed');
    const rows = await rt.db.kysely
      .selectFrom('unemployment_registrations')
      .select('id')
      .where('person_id', '=', worker.personId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('records an offer taken up once; a second try is refused', async () => {
    const s = ctx().rt.services.rapidResponse;
    const fresh = must(await s.get(duan, event.id));
    const offer = fresh.workers[0]?.offers.find((o) => o.kind === 'registration');
    if (!offer) throw new Error('no registration offer');
    const taken = must(await s.offers.register(duan, offer.id, { version: offer.version }));
    expect(taken).toMatchObject({ status: 'taken_up', closedOn: '2026-09-30' });
    expect(taken.note).toMatch(/^都安-2026-失\d{6}$/);
    const again = await s.offers.takeUp(duan, offer.id, { version: offer.version });
    expect(again.ok ? 'taken' : again.reason.code).toBe('rapid_response_offer_closed');
  });
});
