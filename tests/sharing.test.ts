/**
 * Labour sharing (issue 9 point 6, O61-1.3) on both databases: proposals at the overlap boundaries,
 * the wage against the borrower place's minimum (东莞 441900: ¥1,900.00 a month from 2021-12-01, so
 * 189999 fen is refused and 190000 taken), workers only from the lender's staff, consent only by the
 * worker, activation on the start date for those who consented, the end by a timer that fires once,
 * and another county's officer answered 404. The test clock is Beijing 2026-11-28.
 */
import { beforeAll, expect, it, onTestFinished } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import type { AgreementInput, ListingInput } from '../src/modules/sharing/index.js';

let serial = 0;
const creditCode = () => withCheckChar(`91441900MA${String(++serial).padStart(7, '0')}`);
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  ...systemActor(),
  userId: null,
  username: role,
  role,
  jurisdiction: '',
  ...extra,
});

function listing(side: 'offer' | 'request', extra: Partial<ListingInput> = {}): ListingInput {
  return {
    side,
    headcount: 3,
    occupationCodes: ['6-18-01-01'],
    skills: '车床',
    startDate: '2026-12-10',
    endDate: '2026-12-31',
    placeCode: '441900003',
    address: '东莞市东城街道工业路1号',
    ...(side === 'request' ? { wageFen: 520000 } : {}),
    ...extra,
  };
}

describeEachDb('labour sharing: offers, requests, proposals, agreements, consent', (ctx) => {
  let lenderId = '';
  let borrowerId = '';
  let lender: Actor;
  let borrower: Actor;
  const workers: string[] = [];
  let stranger = '';

  beforeAll(async () => {
    const { rt } = ctx();
    const s = rt.services;
    const firms = [];
    for (const [name, code] of [
      ['东莞共享电子有限公司', '441900003'],
      ['东莞借入制衣有限公司', '441900004'],
    ] as const) {
      const e = await s.enterprises.create(systemActor(), { creditCode: creditCode(), name, industryCode: '39', addressCode: code });
      if (!e.ok) throw new Error(`enterprise ${e.reason.code}`);
      firms.push(e.value.id);
    }
    [lenderId, borrowerId] = [firms[0] ?? '', firms[1] ?? ''];
    lender = actor('employer', { enterpriseId: lenderId });
    borrower = actor('employer', { enterpriseId: borrowerId });
    for (const [i, name] of ['韦借一', '蓝借二', '覃外人'].entries()) {
      const p = await s.people.create(systemActor(), {
        name,
        idNumber: makeIdNumber('451228', `199${i}-04-0${i + 1}`, 21 + i * 2),
        phone: `1390000000${i}`,
        hukouCode: '451228100',
      });
      if (!p.ok) throw new Error(`person ${p.reason.code}`);
      const at = i < 2 ? { id: lenderId, name: '东莞共享电子有限公司' } : { id: borrowerId, name: '东莞借入制衣有限公司' };
      const e = await s.personHistory.addEmployment(systemActor(), p.value.id, {
        enterpriseName: at.name,
        enterpriseId: at.id,
        divisionCode: '441900003',
        startDate: '2025-03-01',
      });
      if (!e.ok) throw new Error(`employment ${e.reason.code}`);
      if (i < 2) workers.push(p.value.id);
      else stranger = p.value.id;
    }
  });

  const sharing = () => ctx().rt.services.sharing;

  it('proposes a request that ends on the offer’s first day (one day shared) but not one ending the day before', async () => {
    const offer = await sharing().listings.create(lender, listing('offer'));
    const dayBefore = await sharing().listings.create(borrower, listing('request', { startDate: '2026-12-01', endDate: '2026-12-09' }));
    const firstDay = await sharing().listings.create(borrower, listing('request', { startDate: '2026-12-01', endDate: '2026-12-10' }));
    if (!offer.ok || !dayBefore.ok || !firstDay.ok) throw new Error('listing');
    const found = await sharing().listings.proposals(lender, 200);
    if (!found.ok) throw new Error(found.reason.code);
    const withOffer = found.value.filter((p) => p.offerId === offer.value.id);
    expect(withOffer.map((p) => p.requestId)).toContain(firstDay.value.id);
    expect(withOffer.map((p) => p.requestId)).not.toContain(dayBefore.value.id);
    const p = withOffer.find((x) => x.requestId === firstDay.value.id);
    // Same occupation 40, same county 20, 1 of the 10 days wanted → 2, 3 offered for 3 wanted → 20.
    expect(p?.overlapDays).toBe(1);
    expect(p?.score).toBe(82);
    // The borrowing firm naming the lender's offer learns nothing of it: the same 404 as for no such offer.
    const probe = await sharing().agreements.create(borrower, agreement({ offerId: offer.value.id, requestId: dayBefore.value.id }));
    expect(!probe.ok && probe.reason.code).toBe('out_of_jurisdiction');
    expect(p?.reasons.map((r) => r.zh)).toEqual(['职业相同', '同一县区', '用工期重叠1天（需求10天）', '可出借3人，需要3人']);
    // The same firm's own offer and request are never paired.
    const own = await sharing().listings.create(lender, listing('request'));
    if (!own.ok) throw new Error('own');
    const again = await sharing().listings.proposals(lender, 200);
    expect(again.ok && again.value.some((x) => x.offerId === offer.value.id && x.requestId === own.value.id)).toBe(false);
  });

  const agreement = (extra: Partial<AgreementInput> = {}): AgreementInput => ({
    lenderId,
    borrowerId,
    startDate: '2026-12-10',
    endDate: '2026-12-31',
    placeCode: '441900004',
    address: '东莞市南城街道制衣路8号',
    occupationCode: '6-18-01-01',
    wageFen: 190000,
    wagePayer: 'borrower',
    injuryInsurer: 'lender',
    workerIds: [...workers],
    ...extra,
  });

  it('refuses a wage one fen below 东莞’s ¥1,900.00 a month, with the figure, and takes ¥1,900.00', async () => {
    const low = await sharing().agreements.create(lender, agreement({ wageFen: 189999 }));
    expect(low.ok).toBe(false);
    if (low.ok) return;
    expect(low.reason.code).toBe('sharing_wage_below_minimum');
    expect(low.reason.message.zh).toContain('¥1,899.99');
    expect(low.reason.message.zh).toContain('¥1,900.00');
    expect(low.reason.errors?.[0]?.path).toBe('/wageFen');
    const ok = await sharing().agreements.create(lender, agreement());
    expect(ok.ok && ok.value.status).toBe('draft');
  });

  it('refuses a worker who is not on the lender’s staff, naming the position in the list', async () => {
    const r = await sharing().agreements.create(lender, agreement({ workerIds: [workers[0] ?? '', stranger] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('sharing_not_staff');
    expect(r.reason.errors?.map((e) => e.path)).toEqual(['/workerIds/1']);
    // The borrower cannot draft with the lender's staff either.
    const b = await sharing().agreements.create(borrower, agreement());
    expect(!b.ok && b.reason.code).toBe('forbidden');
  });

  it('takes consent only from the worker; a decline removes them and tells the lender; active on the start date for the one who consented', async () => {
    const { rt } = ctx();
    onTestFinished(() => rt.clock.set('2026-11-28T02:00:00.000Z'));
    const a = await sharing().agreements.create(lender, agreement());
    if (!a.ok) throw new Error(a.reason.code);
    const id = a.value.id;
    const [w1, w2] = [workers[0] ?? '', workers[1] ?? ''];
    const me = actor('worker', { personId: w1 });
    // Not sent yet: the worker does not see the draft.
    expect((await sharing().agreements.get(me, id)).ok).toBe(false);
    // Sending is the lender's act: the borrowing firm cannot send the lender's draft to the lender's staff.
    const early = await sharing().agreements.send(borrower, id, a.value.version);
    expect(!early.ok && early.reason.code).toBe('forbidden');
    const sent = await sharing().agreements.send(lender, id, a.value.version);
    expect(sent.ok && sent.value.status).toBe('awaiting_consent');

    for (const other of [lender, borrower, actor('county_officer', { jurisdiction: '441900' }), actor('admin')]) {
      const r = await sharing().consent.answer(other, id, 'consent');
      expect(!r.ok && r.reason.code).toBe('sharing_consent_own_only');
    }
    const outsider = await sharing().consent.answer(actor('worker', { personId: stranger }), id, 'consent');
    expect(!outsider.ok && outsider.reason.code).toBe('out_of_jurisdiction');

    const yes = await sharing().consent.answer(me, id, 'consent');
    if (!yes.ok) throw new Error(yes.reason.code);
    // The worker sees only their own line.
    expect(yes.value.workers.map((w) => [w.personId, w.consent])).toEqual([[w1, 'consented']]);
    const twice = await sharing().consent.answer(me, id, 'decline');
    expect(!twice.ok && twice.reason.code).toBe('sharing_already_answered');
    const no = await sharing().consent.answer(actor('worker', { personId: w2 }), id, 'decline');
    expect(no.ok && no.value.status).toBe('awaiting_consent');

    await rt.services.outbox.drain();
    const told = await rt.services.jobs.notices.messages(lender);
    expect(told.ok && told.value.some((m) => m.kind === 'sharing.declined' && m.refId === id)).toBe(true);
    const asked = await rt.services.jobs.notices.messages(me);
    expect(asked.ok && asked.value.some((m) => m.kind === 'sharing.consent' && m.refId === id)).toBe(true);

    rt.clock.set('2026-12-09T15:59:59.000Z'); // the last second before the start date in Beijing
    await rt.services.timers.runDue();
    expect((await sharing().agreements.get(lender, id)).ok && (await status(id))).toBe('awaiting_consent');
    rt.clock.set('2026-12-09T16:00:00.000Z'); // 00:00 Beijing, 10 December
    await rt.services.timers.runDue();
    const active = await sharing().agreements.get(lender, id);
    if (!active.ok) throw new Error(active.reason.code);
    expect(active.value.status).toBe('active');
    expect(active.value.activatedOn).toBe('2026-12-10');
    const lines = new Map(active.value.workers.map((w) => [w.personId, [w.consent, w.lent]]));
    expect(lines.get(w1)).toEqual(['consented', true]);
    expect(lines.get(w2)).toEqual(['declined', false]);
    // The borrowing firm sees who is lent, not who declined (a decline removes the worker).
    const seen = await sharing().agreements.get(borrower, id);
    expect(seen.ok && seen.value.workers.map((w) => w.personId)).toEqual([w1]);

    rt.clock.set('2026-12-31T15:59:59.000Z');
    await rt.services.timers.runDue();
    expect(await status(id)).toBe('active');
    rt.clock.set('2026-12-31T16:00:00.000Z'); // the day after the last day
    await rt.services.timers.runDue();
    await rt.services.timers.runDue();
    const ended = await sharing().agreements.get(lender, id);
    expect(ended.ok && [ended.value.status, ended.value.endedOn, ended.value.version]).toEqual(['ended', '2026-12-31', 4]);
    const timers = await rt.services.timers.of(id);
    expect(timers.map((t) => [t.kind, t.attempts, t.firedAt !== null]).sort()).toEqual([
      ['sharing.agreement.end', 1, true],
      ['sharing.agreement.start', 1, true],
    ]);
  });

  async function status(id: string): Promise<string> {
    const r = await sharing().agreements.get(lender, id);
    return r.ok ? r.value.status : r.reason.code;
  }

  it('answers another county’s officer as if nothing existed, and lets either party’s county see it', async () => {
    const a = await sharing().agreements.create(lender, agreement());
    if (!a.ok) throw new Error(a.reason.code);
    const duan = actor('county_officer', { jurisdiction: '451228' });
    expect(await sharing().agreements.get(duan, a.value.id)).toMatchObject({ ok: false, reason: { code: 'out_of_jurisdiction' } });
    const mine = await sharing().agreements.list(duan, { page: 1, pageSize: 50 });
    expect(mine.ok && mine.value.length).toBe(0);
    const listings = await sharing().listings.list(duan, { page: 1, pageSize: 50 });
    expect(listings.ok && listings.value.length).toBe(0);
    const dg = actor('county_officer', { jurisdiction: '441900' });
    expect((await sharing().agreements.get(dg, a.value.id)).ok).toBe(true);
    // Another firm's employer, and a worker not in it, get the same 404.
    expect(await sharing().agreements.get(actor('employer', { enterpriseId: 'nope' }), a.value.id)).toMatchObject({ ok: false });
    const cancel = await sharing().agreements.cancel(duan, a.value.id, a.value.version);
    expect(!cancel.ok && cancel.reason.code).toBe('out_of_jurisdiction');
  });
});
