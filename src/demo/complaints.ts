/**
 * Demo wage-arrears complaints (issue 10, point 6): complaints of 都安 workers kept by the 都安 county
 * bureau at every stage — a group complaint against a 东莞 employer being mediated, one just filed,
 * one received on paper two weeks ago and now overdue (its accept deadline has passed; the timer
 * round at the end marks it), one accepted with a legal-aid referral, one transferred to labour
 * inspection, one resolved with part of the money recovered and closed, one not accepted. Through the
 * service, as the county officer (the demo accounts are created after the seeders). No employer is
 * flagged: that would hold the demo employer's postings. The demo worker's own record is left alone.
 */
import type { Runtime } from '../runtime.js';
import type { Actor } from '../modules/actor.js';
import { systemActor } from '../modules/actor.js';
import type { ComplaintView } from '../modules/complaints/index.js';
import { addDays } from '../core/dates.js';
import { businessDate } from '../core/clock.js';
import { DEMO_WORKER } from './accounts.js';

const duan: Actor = { ...systemActor('demo-seed'), role: 'county_officer', jurisdiction: '451228' };

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo complaints: ${what} refused (${r.reason.code})`);
  return r.value;
}

export async function seedDemoComplaints(rt: Runtime): Promise<void> {
  const { services } = rt;
  const system = systemActor('demo-seed');
  const c = services.complaints;
  const steps = c.steps;
  const today = businessDate(services.deps.clock.now());
  const month = (back: number) => addDays(`${today.slice(0, 7)}-01`, -28 * back).slice(0, 7);
  const firm = async (prefix: string) =>
    must(await services.enterprises.list(system, { addressPrefix: prefix }, 1, 1), `an employer in ${prefix}`).items[0];
  const dongguan = await firm('441900');
  const local = await firm('451228');
  const people = must(
    await services.people.search(system, { hukouCode: '451228', employmentCode: '441900', page: 4, pageSize: 12 }),
    'people of 都安 working in 东莞',
  ).items.filter((p) => p.name !== DEMO_WORKER.name && !(p.hukouCode ?? '').startsWith('451228100'));
  const person = (i: number) => {
    const p = people[i];
    if (!p) throw new Error('demo complaints: not enough people');
    return p.id;
  };
  const file = async (workers: Array<[number, number]>, extra: Record<string, string> = {}) =>
    must(
      await c.file(duan, {
        ...(dongguan && !extra.employerName ? { employerId: dongguan.id } : {}),
        site: '东莞市长安镇厂区',
        periodFrom: month(3),
        periodTo: month(1),
        workers: workers.map(([i, fen]) => ({ personId: person(i), owedFen: fen })),
        ...extra,
      }),
      'file',
    );
  const step = async (v: ComplaintView, event: 'investigate' | 'mediate' | 'transfer' | 'close', note?: string) =>
    must(await steps.simple(duan, v.id, event, { version: v.version, ...(note ? { note } : {}) }), event);

  // The group complaint against the 东莞 employer, being mediated.
  let group = await file([
    [0, 1_260_000],
    [1, 980_000],
    [2, 1_130_000],
  ]);
  group = must(await steps.accept(duan, group.id, { version: group.version }), 'accept');
  group = await step(group, 'investigate');
  await step(group, 'mediate', '企业同意在两个月内分期支付');

  // Just filed, against a local employer.
  await file([[3, 450_000]], local ? { employerId: local.id, site: '县城安置区三期工地' } : {});

  // Received at the window two weeks ago and not yet accepted: overdue.
  await file([[4, 620_000]], { receivedOn: addDays(today, -14), site: '东莞市虎门镇服装厂' });

  // Accepted, with the worker referred to legal aid.
  const aid = must(await steps.accept(duan, (await file([[5, 2_350_000]])).id, { version: 1 }), 'accept');
  must(await c.legalAid.refer(duan, aid.id, { note: '企业拒不支付，劳动者申请法律援助' }), 'refer');

  // Transferred to labour inspection (the employer is not in the registry).
  const gone = await file([[6, 760_000]], { employerName: '东莞市某劳务派遣队（未登记）', employerCode: '441900' });
  await step(must(await steps.accept(duan, gone.id, { version: 1 }), 'accept'), 'transfer', '包工头失联，移送劳动保障监察');

  // Resolved with part of the money recovered, then closed.
  let done = await file([
    [7, 300_000],
    [8, 280_000],
  ]);
  done = await step(await step(must(await steps.accept(duan, done.id, { version: 1 }), 'accept'), 'investigate'), 'mediate');
  done = must(
    await steps.resolve(duan, done.id, {
      version: done.version,
      recovered: [
        { personId: person(7), recoveredFen: 300_000 },
        { personId: person(8), recoveredFen: 200_000 },
      ],
      note: '已追回大部分工资，余款劳动者放弃',
    }),
    'resolve',
  );
  await step(done, 'close');

  // Not accepted.
  const dup = await file([[9, 150_000]]);
  must(await steps.reject(duan, dup.id, { version: 1, reason: '已由东莞市人社局受理，不重复受理' }), 'reject');

  // The overdue complaint's deadline has passed: the timer round marks it now, not at the first runner round.
  await services.timers.runDue();
}
