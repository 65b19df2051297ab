/**
 * Demo gig market (issue 9.5): gig tasks of the demo 东莞 employer and of a 都安 cooperative, in
 * every state — open with sign-ups waiting and confirmed, closed, cancelled — and sign-ups in every
 * state (waiting, confirmed, declined, withdrawn, recorded, completed, disputed, cancelled), with
 * ratings both ways and two abuse reports (one open, one acted on). The demo worker has one completed
 * gig (their history is not empty). Through the services, as the employers, workers and officers
 * (the demo accounts are created after the seeders, so the actors carry no user). Dates run from
 * tomorrow: a gig is posted for today or later.
 */
import type { Runtime } from '../runtime.js';
import { systemActor, type Actor } from '../modules/actor.js';
import { addDays } from '../core/dates.js';
import { businessDate } from '../core/clock.js';
import type { SignupView, TaskView } from '../modules/gigs/index.js';
import { DEMO_EMPLOYER_CREDIT_CODE, DEMO_WORKER } from './accounts.js';

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo gigs: ${what} refused (${r.reason.code})`);
  return r.value;
}

const employer = (enterpriseId: string): Actor => ({ ...systemActor('demo-seed'), role: 'employer', enterpriseId });
const worker = (personId: string): Actor => ({ ...systemActor('demo-seed'), role: 'worker', personId });
const officer = (jurisdiction: string): Actor => ({ ...systemActor('demo-seed'), role: 'county_officer', jurisdiction });

type Stage = 'signed_up' | 'confirmed' | 'declined' | 'withdrawn' | 'recorded' | 'completed' | 'disputed';

export async function seedDemoGigs(rt: Runtime): Promise<void> {
  const { services } = rt;
  const { tasks, signups, feedback } = services.gigs;
  const system = systemActor('demo-seed');
  const today = businessDate(services.deps.clock.now());
  const day = (n: number) => addDays(today, n);
  const dg = must(await services.enterprises.list(system, { creditCode: DEMO_EMPLOYER_CREDIT_CODE }, 1, 1), 'the demo employer').items[0];
  const local = must(await services.enterprises.list(system, { addressPrefix: '451228' }, 1, 20), '都安 firms').items.find(
    (e) => !e.arrears.flagged,
  );
  if (!dg || !local) throw new Error('demo gigs: employers');
  // 都安 workers (not of 安阳镇, whom the claims browser test works with), and the demo worker.
  const people = must(await services.people.search(system, { hukouCode: '451228', page: 6, pageSize: 30 }), '都安 workers').items.filter(
    (p) => p.name !== DEMO_WORKER.name && !(p.hukouCode ?? '').startsWith('451228100'),
  );
  const demoWorker = must(
    await services.people.search(system, { q: DEMO_WORKER.name, page: 1, pageSize: 5 }),
    'the demo worker',
  ).items.find((p) => p.name === DEMO_WORKER.name);
  let next = 0;
  const nextWorker = () => {
    const p = people[next++ % Math.max(people.length, 1)];
    if (!p) throw new Error('demo gigs: workers');
    return p.id;
  };

  /** One sign-up taken to a stage, with ratings when it is finished. */
  async function signUp(boss: Actor, task: TaskView, personId: string, stage: Stage, rate?: [number, number]): Promise<SignupView> {
    const me = worker(personId);
    let s = must(await signups.signUp(me, task.id), 'sign-up');
    if (stage === 'signed_up') return s;
    if (stage === 'withdrawn') return must(await signups.withdraw(me, s.id, s.version), 'withdraw');
    if (stage === 'declined') return must(await signups.decline(boss, s.id, s.version), 'decline');
    s = must(await signups.confirm(boss, s.id, s.version), 'confirm');
    if (stage === 'confirmed') return s;
    s = must(
      await signups.record(boss, s.id, { version: s.version, daysWorked: task.days, paidFen: task.days * task.dayRateFen }),
      'record',
    );
    if (stage === 'recorded') return s;
    s =
      stage === 'completed'
        ? must(await signups.accept(me, s.id, s.version), 'accept')
        : must(await signups.dispute(me, s.id, { version: s.version, reason: '说好包午饭，实际没有' }), 'dispute');
    if (rate) {
      must(await feedback.rate(me, s.id, { score: rate[0], comment: rate[0] >= 4 ? '结算及时，活儿清楚' : '结算拖了两天' }), 'rate');
      must(await feedback.rate(boss, s.id, { score: rate[1] }), 'rate');
    }
    return s;
  }

  // 东莞: the demo employer's market.
  const boss = employer(dg.id);
  const post = async (by: Actor, input: Parameters<typeof tasks.create>[1]) => must(await tasks.create(by, input), `post ${input.title}`);
  const dgBase = { placeCode: dg.addressCode, address: dg.address ?? '东莞市', occupationCode: '4-02-05-01' };
  const unload = await post(boss, {
    ...dgBase,
    title: '仓库装卸（双十二备货）',
    startDate: day(3),
    endDate: day(4),
    dayRateFen: 22000,
    headcount: 3,
    bring: '手套、工作鞋',
  });
  await signUp(boss, unload, nextWorker(), 'signed_up');
  await signUp(boss, unload, nextWorker(), 'signed_up');
  await signUp(boss, unload, nextWorker(), 'confirmed');
  await signUp(boss, unload, nextWorker(), 'withdrawn');
  const fair = await post(boss, { ...dgBase, title: '展会搭建', startDate: day(1), dayRateFen: 25000, headcount: 4, bring: '身份证' });
  await signUp(boss, fair, nextWorker(), 'completed', [5, 5]);
  await signUp(boss, fair, nextWorker(), 'completed', [4, 5]);
  await signUp(boss, fair, nextWorker(), 'recorded');
  const disputed = await signUp(boss, fair, nextWorker(), 'disputed', [2, 3]);
  must(
    await feedback.report(worker(disputed.personId), disputed.id, { reason: 'underpaid', detail: '说好包午饭，实际没有，也没补餐费' }),
    'report',
  );
  if (demoWorker)
    await signUp(
      boss,
      await post(boss, { ...dgBase, title: '电子厂临时包装', startDate: day(2), dayRateFen: 18000, headcount: 2 }),
      demoWorker.id,
      'completed',
      [5, 4],
    );
  const closed = await post(boss, { ...dgBase, title: '物流分拣（夜班）', startDate: day(5), dayRateFen: 20000, headcount: 1 });
  await signUp(boss, closed, nextWorker(), 'confirmed');
  await signUp(boss, closed, nextWorker(), 'declined');
  must(await tasks.close(boss, closed.id, closed.version), 'close');
  const cancelled = await post(boss, { ...dgBase, title: '门店促销（已取消）', startDate: day(6), dayRateFen: 16000, headcount: 2 });
  await signUp(boss, cancelled, nextWorker(), 'confirmed');
  must(await tasks.cancel(boss, cancelled.id, cancelled.version), 'cancel');

  // 都安: a cooperative's harvest and a local job, posted by the 都安 county bureau for it.
  const coop = employer(local.id);
  const duan = { placeCode: local.addressCode, address: local.address ?? '都安瑶族自治县', occupationCode: '5-05-02-01' };
  const harvest = await post(officer('451228'), {
    ...duan,
    enterpriseId: local.id,
    title: '砂糖橘采摘',
    startDate: day(2),
    endDate: day(4),
    dayRateFen: 15000,
    headcount: 6,
    bring: '草帽、剪刀',
  });
  await signUp(coop, harvest, nextWorker(), 'completed', [5, 5]);
  const late = await signUp(coop, harvest, nextWorker(), 'completed', [3, 2]);
  await signUp(coop, harvest, nextWorker(), 'confirmed');
  await signUp(coop, harvest, nextWorker(), 'signed_up');
  const report = must(await feedback.report(coop, late.id, { reason: 'no_show', detail: '第二天迟到三小时' }), 'report');
  const rows = must(await feedback.reports(officer('451228')), 'reports');
  const acted = rows.find((r) => r.id === report.id);
  if (acted)
    must(await feedback.act(officer('451228'), acted.id, { action: 'warn', note: '已电话提醒按时到岗', version: acted.version }), 'warn');
  await post(coop, { ...duan, title: '山羊圈清理', startDate: day(7), dayRateFen: 12000, headcount: 2, bring: '雨靴' });
}
