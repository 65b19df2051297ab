/**
 * Demo job fairs (issue 9 point 7): the 都安 county bureau's spring fair of 春风行动 earlier this year
 * (on site and online, 东莞 employers with their postings, registrations, check-ins, online visits,
 * applications and two hires — the fair page shows its counts), and an upcoming on-site fair with
 * 东莞 employers at their booths and a few registrations. Everything goes through the fairs and jobs
 * services; for the past fair the seeder turns the runtime's clock back to the days it happened (the
 * seeders run alone, before the server takes requests) and puts it back afterwards.
 */
import type { Runtime } from '../runtime.js';
import type { Actor } from '../modules/actor.js';
import { systemActor } from '../modules/actor.js';
import { addDays } from '../core/dates.js';
import { businessDate } from '../core/clock.js';
import type { FairInput } from '../modules/fairs/index.js';
import { DEMO_WORKER } from './accounts.js';

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo fairs: ${what} refused (${r.reason.code})`);
  return r.value;
}

const as = (role: Actor['role'], extra: Partial<Actor>): Actor => ({ ...systemActor('demo-seed'), role, ...extra });

/** Runs `work` with the runtime's clock reading `iso` (then the real time again). */
async function at<T>(rt: Runtime, iso: string, work: () => Promise<T>): Promise<T> {
  const clock = rt.services.deps.clock;
  const real = clock.now;
  clock.now = () => new Date(iso);
  try {
    return await work();
  } finally {
    clock.now = real;
  }
}

/** The 东莞 employers with open postings, each with up to two of them. */
async function openOffers(rt: Runtime, firms: ReadonlyArray<{ id: string }>): Promise<Array<{ id: string; postings: string[] }>> {
  const offers: Array<{ id: string; postings: string[] }> = [];
  for (const e of firms) {
    const open = must(
      await rt.services.jobs.postings.list(as('employer', { enterpriseId: e.id }), { status: ['open'], limit: 2, offset: 0 }),
      'postings',
    );
    if (open.items.length > 0) offers.push({ id: e.id, postings: open.items.map((p) => p.id) });
  }
  return offers;
}

export async function seedDemoFairs(rt: Runtime): Promise<void> {
  const { services } = rt;
  const system = systemActor('demo-seed');
  const { fairs, attend } = services.fairs;
  const duan = as('county_officer', { jurisdiction: '451228' });
  const today = businessDate(services.deps.clock.now());
  const firms = must(await services.enterprises.list(system, { addressPrefix: '441900' }, 1, 8), '东莞 employers').items;
  const offers = await openOffers(rt, firms);
  // 都安 workers, not the demo worker (the browser tests register and apply with that one).
  const workers = must(await services.people.search(system, { hukouCode: '451228', page: 4, pageSize: 30 }), '都安 workers')
    .items.filter((p) => p.name !== DEMO_WORKER.name)
    .map((p) => as('worker', { personId: p.id }));

  const spring = (y: number): FairInput => ({
    name: `都安县${y}年春风行动专场招聘会`,
    kind: 'both',
    startsOn: `${y}-02-26`,
    endsOn: `${y}-02-26`,
    hours: '09:00-16:00',
    venueCode: '451228100',
    venueAddress: '都安瑶族自治县安阳镇人民广场',
    targetGroups: ['poor_labourers', 'returning_migrants'],
    capacity: 300,
  });
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '03-01' ? 1 : 0);
  const past = await at(rt, `${year}-02-16T02:00:00.000Z`, async () => {
    const f = must(await fairs.create(duan, spring(year)), 'spring fair');
    for (const [i, o] of offers.slice(0, 3).entries()) {
      must(await fairs.invite(duan, f.id, o.id, `A${String(i + 1).padStart(2, '0')}`), 'invite');
      must(await fairs.bring(as('employer', { enterpriseId: o.id }), f.id, o.postings), 'bring postings');
    }
    for (const w of workers.slice(0, 12)) must(await attend.register(w, f.id), 'register');
    return f;
  });
  // The reminder goes out the day before; on the day: check-ins, online visits, applications.
  await at(rt, `${year}-02-25T01:00:00.000Z`, () => services.timers.runDue());
  const applied = await at(rt, `${year}-02-26T03:00:00.000Z`, async () => {
    const regs = must(await attend.registrations(duan, past.id), 'registrations');
    for (const r of regs.slice(0, 9)) must(await attend.checkIn(duan, past.id, r.code), 'check in');
    for (const w of workers.slice(12, 17)) must(await fairs.detail(w, past.id), 'online visit');
    const made: Array<{ id: string; employer: string }> = [];
    const stands = offers.slice(0, 3);
    for (const [i, w] of workers.slice(0, 6).entries()) {
      const stand = stands[i % stands.length];
      const postingId = stand?.postings[0];
      if (!stand || !postingId) break;
      const a = await attend.apply(w, past.id, postingId);
      if (a.ok) made.push({ id: a.value.id, employer: stand.id });
    }
    return made;
  });
  await at(rt, `${year}-03-02T02:00:00.000Z`, async () => {
    for (const a of applied.slice(0, 2)) {
      const employer = as('employer', { enterpriseId: a.employer });
      let version = 1;
      for (const step of ['view', 'invite', 'offer', 'hire'] as const)
        version = must(await services.jobs.applications.step(employer, a.id, step, version), step).version;
    }
  });

  // The next fair: on site in 12 days, 东莞 employers at their booths, a few registered already.
  const next = must(
    await fairs.create(duan, {
      name: '都安县东莞企业专场招聘会',
      kind: 'onsite',
      startsOn: addDays(today, 12),
      endsOn: addDays(today, 12),
      hours: '09:00-15:30',
      venueCode: '451228100',
      venueAddress: '都安瑶族自治县人力资源市场',
      targetGroups: ['poor_labourers', 'returning_migrants', 'relocated'],
      capacity: 200,
    }),
    'next fair',
  );
  // Postings filled at the spring fair are no longer open: each employer brings what is open now.
  for (const [i, o] of (await openOffers(rt, firms)).slice(0, 4).entries()) {
    must(await fairs.invite(duan, next.id, o.id, `B${String(i + 1).padStart(2, '0')}`), 'invite');
    must(await fairs.bring(as('employer', { enterpriseId: o.id }), next.id, o.postings), 'bring postings');
  }
  for (const w of workers.slice(20, 25)) must(await attend.register(w, next.id), 'register');
}
