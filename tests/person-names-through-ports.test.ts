/**
 * The lists of unemployment registrations, assistance cases (with their overdue items and
 * reminders) and a rapid-response event's workers name each person and show the ID number masked,
 * read through the people module's reader rather than a join on its table; both databases. Two
 * people of 安阳镇, 都安 (451228100), registered on Monday 2 November 2026: their first contact was
 * due within 5 working days (Friday 6 November), so on Saturday 28 November it is overdue.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import { loadReferenceData } from '../src/reference.js';

const people = [
  { name: '韦名甲', idNumber: makeIdNumber('451228', '1984-02-29', 17) },
  { name: '陈名乙', idNumber: makeIdNumber('451228', '1990-12-31', 124) },
];

describeEachDb('person names and masked ID numbers through the people reader', (ctx) => {
  let duan: SessionHeaders;
  const personIds: string[] = [];
  const regIds: string[] = [];

  beforeAll(async () => {
    const { app, rt } = ctx();
    await loadReferenceData(rt);
    duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    for (const p of people) {
      const made = await rt.services.people.create(systemActor(), { name: p.name, idNumber: p.idNumber, hukouCode: '451228100' });
      if (!made.ok) throw new Error(made.reason.code);
      personIds.push(made.value.id);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/unemployment/registrations',
        headers: duan,
        payload: { personId: made.value.id, registeredOn: '2026-11-02' },
      });
      if (r.statusCode !== 201) throw new Error(r.body);
      regIds.push(r.json().id);
    }
    await rt.services.timers.runDue();
  });

  const get = async (url: string) => {
    const r = await ctx().app.inject({ method: 'GET', url, headers: duan });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const byName = (items: Array<Record<string, unknown>>, key: string) => items.map((i) => i[key]).sort();
  // The first four and last four characters, ten stars between (18 in all).
  const maskedOf = (idNumber: string) => `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`;

  it('the registrations list names each person with the ID number masked', async () => {
    const { items } = await get('/api/v1/unemployment/registrations');
    const mine = (items as Array<{ personId: string; personName: string; idNumberMasked: string }>).filter((i) =>
      personIds.includes(i.personId),
    );
    expect(mine.map((i) => [i.personName, i.idNumberMasked]).sort()).toEqual(people.map((p) => [p.name, maskedOf(p.idNumber)]).sort());
    expect(people.every((p) => !JSON.stringify(items).includes(p.idNumber))).toBe(true);
  });

  it('the case list, a case, its overdue item and its reminder name the person', async () => {
    const list = await get('/api/v1/assistance/cases');
    expect(byName(list.items, 'personName')).toEqual(['陈名乙', '韦名甲']);
    const one = await get(`/api/v1/assistance/cases/${regIds[0]}`);
    expect([one.personName, one.idNumberMasked]).toEqual(['韦名甲', maskedOf(people[0]?.idNumber ?? '')]);
    const overdue = (await get('/api/v1/assistance/overdue')).items as Array<{ requirement: string; personName: string }>;
    expect(
      overdue
        .filter((i) => i.requirement === 'first_contact')
        .map((i) => i.personName)
        .sort(),
    ).toEqual(['陈名乙', '韦名甲']);
    const reminders = (await get('/api/v1/assistance/reminders')).items as Array<{ personName: string }>;
    expect(reminders.length).toBeGreaterThan(0);
    expect(new Set(reminders.map((r) => r.personName))).toEqual(new Set(['陈名乙', '韦名甲']));
  });

  it("a rapid-response event's workers are named with the ID number masked", async () => {
    const { rt } = ctx();
    const officer = { ...systemActor(), userId: 'officer-451228', role: 'county_officer' as const, jurisdiction: '451228' };
    const made = await rt.services.rapidResponse.create(officer, {
      kind: 'disaster',
      placeCode: '451228100',
      occurredOn: '2026-11-27',
      workersAffected: 2,
      description: '测试 test',
    });
    if (!made.ok) throw new Error(made.reason.code);
    const added = await rt.services.rapidResponse.addWorkers(officer, made.value.id, personIds);
    expect(added.ok).toBe(true);
    const event = await get(`/api/v1/rapid-response/events/${made.value.id}`);
    const workers = event.workers as Array<{ name: string; idNumberMasked: string }>;
    expect(workers.map((w) => [w.name, w.idNumberMasked]).sort()).toEqual(people.map((p) => [p.name, maskedOf(p.idNumber)]).sort());
  });
});
