/**
 * Demo rapid response (issue 10, point 6): one mass lay-off at the demo 东莞 employer, reported from
 * the portal, listing five 都安 workers employed in 东莞 — so 东莞 has the event and its tasks, and 都安
 * (their home) has its own follow-up tasks and sees its workers. Tasks stand open, in progress and
 * done; one worker is registered as unemployed through the offer, one took up a job referral, one
 * declined an offer. Through the services, as the employer and the two county bureaus (the demo
 * accounts are created after the seeders, so the actors carry no user).
 */
import type { Runtime } from '../runtime.js';
import { businessDate } from '../core/clock.js';
import { systemActor, type Actor } from '../modules/actor.js';
import type { EventView } from '../modules/rapid-response/index.js';
import { DEMO_EMPLOYER_CREDIT_CODE, DEMO_WORKER } from './accounts.js';

function actor(role: Actor['role'], jurisdiction: string, enterpriseId: string | null = null): Actor {
  return { ...systemActor('demo-seed'), role, jurisdiction, enterpriseId };
}

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo rapid response: ${what} refused (${r.reason.code})`);
  return r.value;
}

function task(e: EventView, template: string, county: string) {
  const t = e.tasks.find((x) => x.template === template && x.region.startsWith(county));
  if (!t) throw new Error(`demo rapid response: no ${template} task in ${county}`);
  return t;
}

export async function seedDemoRapidResponse(rt: Runtime): Promise<void> {
  const { services } = rt;
  const rr = services.rapidResponse;
  const system = systemActor('demo-seed');
  const firm = must(await services.enterprises.list(system, { creditCode: DEMO_EMPLOYER_CREDIT_CODE }, 1, 1), 'the demo employer').items[0];
  if (!firm) throw new Error('demo rapid response: the demo employer is missing');
  const reported = must(
    await rr.report(actor('employer', '441900', firm.id), {
      occurredOn: businessDate(services.deps.clock.now()),
      description: '受海外订单下滑影响，两条电子装配线停产，拟裁减一线员工（示例数据）',
      workersAffected: 86,
    }),
    'the lay-off report',
  );
  // 都安 workers employed in 东莞 (past the pages the other demo seeders use), not the demo worker.
  const people = must(
    await services.people.search(system, { hukouCode: '451228', employmentCode: '441900', page: 6, pageSize: 10 }),
    '都安 workers in 东莞',
  ).items.filter((p) => p.name !== DEMO_WORKER.name && !(p.hukouCode ?? '').startsWith('451228100'));
  const dongguan = actor('county_officer', '441900');
  const duan = actor('county_officer', '451228');
  must(
    await rr.addWorkers(
      dongguan,
      reported.id,
      people.slice(0, 5).map((p) => p.id),
    ),
    'listing workers',
  );
  let e = must(await rr.get(dongguan, reported.id), 'the event');
  // Tasks in several states: transport under way, legal aid done, 都安's follow-up under way; the rest open.
  const transport = task(e, 'return_transport', '441900');
  must(await rr.tasks.start(dongguan, transport.id, { version: transport.version }), 'start transport');
  const legal = task(e, 'legal_aid', '441900');
  must(
    await rr.tasks.complete(dongguan, legal.id, { version: legal.version, note: '已派驻法律援助律师现场答疑（示例）' }),
    'legal aid done',
  );
  const follow = task(e, 'follow_up_returnees', '451228');
  must(await rr.tasks.start(duan, follow.id, { version: follow.version }), 'start 都安 follow-up');
  // Offers: one registered at 东莞 (their place of employment), one referral taken up, one declined.
  e = must(await rr.get(dongguan, reported.id), 'the event');
  const [first, second, third] = e.workers;
  const registration = first?.offers.find((o) => o.kind === 'registration' && o.status === 'offered');
  if (registration) must(await rr.offers.register(dongguan, registration.id, { version: registration.version }), 'registration');
  const referral = second?.offers.find((o) => o.kind === 'referral');
  if (referral) must(await rr.offers.takeUp(dongguan, referral.id, { version: referral.version, note: '已推荐面试（示例）' }), 'referral');
  const declined = third?.offers.find((o) => o.kind !== 'registration' && o.status === 'offered');
  if (declined) must(await rr.offers.decline(duan, declined.id, { version: declined.version, note: '本人暂不需要（示例）' }), 'decline');
}
