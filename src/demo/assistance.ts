/**
 * Demo assistance cases (issue 10, point 6): every registration already has its case (opened with it);
 * here more 都安 workers are registered at home on earlier dates so that cases stand at every stage —
 * new, contacted, first contact overdue, plan overdue, plan complete, closed as employed — and the
 * overdue list and the reminders (fired by the timers at the next runner round) have something to show.
 * Through the services, as the 都安 county officer (the demo accounts come after the seeders).
 */
import type { Runtime } from '../runtime.js';
import type { Actor } from '../modules/actor.js';
import { systemActor } from '../modules/actor.js';
import type { StepKind } from '../modules/assistance/index.js';
import { businessDate } from '../core/clock.js';
import { addDays } from '../core/dates.js';
import { DEMO_WORKER } from './accounts.js';

interface Plan {
  /** Days before today the person registered. */
  ago: number;
  /** Steps: kind and days after registration. */
  steps: Array<[StepKind, number]>;
  referrals?: number;
  employed?: boolean;
}

const plans: Plan[] = [
  { ago: 2, steps: [] },
  {
    ago: 12,
    steps: [
      ['first_contact', 2],
      ['career_guidance', 4],
    ],
  },
  { ago: 15, steps: [] },
  {
    ago: 45,
    steps: [
      ['first_contact', 3],
      ['career_guidance', 20],
    ],
  },
  {
    ago: 40,
    steps: [
      ['first_contact', 1],
      ['career_guidance', 6],
      ['training_offer', 10],
    ],
    referrals: 3,
  },
  {
    ago: 50,
    steps: [
      ['first_contact', 2],
      ['career_guidance', 9],
    ],
    employed: true,
  },
];

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo assistance: ${what} refused (${r.reason.code})`);
  return r.value;
}

export async function seedDemoAssistance(rt: Runtime): Promise<void> {
  const { services } = rt;
  const officer: Actor = { ...systemActor('demo-seed'), role: 'county_officer', jurisdiction: '451228' };
  const today = businessDate(services.deps.clock.now());
  await services.assistance.openMissing();
  // Not the demo worker, nor 安阳镇 (451228100), whom the township officer and the claims test work with.
  const people = must(
    await services.people.search(systemActor('demo-seed'), { hukouCode: '451228', residenceCode: '451228', page: 6, pageSize: 20 }),
    'people in 都安',
  ).items.filter((p) => p.name !== DEMO_WORKER.name && !(p.hukouCode ?? '').startsWith('451228100'));
  let next = 0;
  for (const plan of plans) {
    const on = addDays(today, -plan.ago);
    let reg: { id: string; version: number } | null = null;
    while (!reg && next < people.length) {
      const p = people[next++];
      if (!p) break;
      const r = await services.unemployment.register(officer, { personId: p.id, placeKind: 'hukou', registeredOn: on });
      if (r.ok) reg = r.value;
    }
    if (!reg) return;
    for (const [kind, after] of plan.steps)
      must(
        await services.assistance.cases.recordStep(officer, reg.id, {
          kind,
          onDate: addDays(on, after),
          outcome: '已电话联系本人，了解求职意向',
        }),
        kind,
      );
    if (plan.referrals) {
      const recs = must(await services.assistance.cases.recommendations(officer, reg.id, plan.referrals), 'recommendations');
      // A posting filled meanwhile refuses the referral; the case then shows fewer referrals.
      for (const m of recs) await services.assistance.cases.refer(officer, reg.id, m.posting.id);
    }
    if (plan.employed) {
      const started = must(await services.unemployment.startServices(officer, reg.id, { version: reg.version }), 'services');
      must(
        await services.unemployment.markEmployed(officer, reg.id, { version: started.version, employer: '都安县瑶族服饰扶贫车间' }),
        'employed',
      );
    }
  }
}
