/**
 * Unemployment registration at any one of the four places (issue 10, point 1; O61-3.2), on both
 * databases. The person: household registration in 安阳镇 of 都安 (451228100), employed and insured in
 * 东莞 (441900), no permanent residence on record. 巴马 (451227), the next county, is none of the four.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { workerSignIn, type WorkerSession } from './helpers/worker.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

const url = '/api/v1/unemployment/registrations';

describeEachDb('unemployment registration', (ctx) => {
  let duan: SessionHeaders;
  let dongguan: SessionHeaders;
  let bama: SessionHeaders;
  let anyang: SessionHeaders;
  let gaoling: SessionHeaders;
  let worker: WorkerSession;
  const ids: Record<'p' | 'w' | 'race', string> = { p: '', w: '', race: '' };

  beforeAll(async () => {
    const { app, rt } = ctx();
    duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    dongguan = (await userSession(app, rt, 'county_officer', '441900')).headers;
    bama = (await userSession(app, rt, 'county_officer', '451227')).headers;
    anyang = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    gaoling = (await userSession(app, rt, 'township_officer', '451228101')).headers;
    const make = async (key: keyof typeof ids, seq: number, phone?: string) => {
      const r = await rt.services.people.create(systemActor(), {
        name: key === 'w' ? '蓝务工' : '韦失业',
        idNumber: makeIdNumber('451228', '1988-04-05', seq),
        hukouCode: '451228100',
        employmentCode: '441900',
        insuredCode: '441900',
        ...(phone ? { phone } : {}),
      });
      if (!r.ok) throw new Error(r.reason.code);
      ids[key] = r.value.id;
    };
    await make('p', 11);
    await make('w', 23, '13977003001');
    await make('race', 35);
    worker = await workerSignIn(app, rt, '13977003001');
  });

  it('registers at the household place for the county bureau, with a readable number and its first history line', async () => {
    const r = await ctx().app.inject({ method: 'POST', url, headers: duan, payload: { personId: ids.p, registeredOn: '2026-11-27' } });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body).toMatchObject({
      placeKind: 'hukou',
      placeCode: '451228100',
      region: '451228100',
      status: 'registered',
      registeredOn: '2026-11-27',
      personName: '韦失业',
      version: 1,
    });
    expect(body.number).toBe('都安-2026-失000001');
    expect(body.placeName).toContain('安阳镇');
    expect(body.idNumberMasked).not.toContain('19880405');
    expect(body.events).toEqual([expect.objectContaining({ kind: 'registered', placeKind: 'hukou', onDate: '2026-11-27' })]);
  });

  it('allows one active registration per person, whichever office asks', async () => {
    for (const headers of [duan, dongguan]) {
      const again = await ctx().app.inject({ method: 'POST', url, headers, payload: { personId: ids.p } });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('unemployment_already_registered');
    }
  });

  // Two offices of one county, so whichever wins, the numbers later tests expect are the same.
  it('lets exactly one of two simultaneous registrations of the same person through (the database decides)', async () => {
    const { app } = ctx();
    const [a, b] = await Promise.all([
      app.inject({ method: 'POST', url, headers: duan, payload: { personId: ids.race } }),
      app.inject({ method: 'POST', url, headers: anyang, payload: { personId: ids.race } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
  });

  it('an office of another county cannot reach the person, and learns nothing of their places', async () => {
    const r = await ctx().app.inject({ method: 'POST', url, headers: bama, payload: { personId: ids.p } });
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('安阳');
    expect(r.body).not.toContain('东莞');
  });

  it('a worker registering from the phone at a place that is none of the four is refused, naming the four', async () => {
    const { app } = ctx();
    expect(worker.personId).toBe(ids.w);
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/me/unemployment-registrations',
      headers: worker.headers,
      payload: { officeCode: '451227' },
    });
    expect(r.statusCode).toBe(422);
    const p = r.json();
    expect(p.code).toBe('unemployment_place_refused');
    expect(p.message.zh).toContain('户籍地');
    expect(p.message.zh).toContain('都安瑶族自治县安阳镇');
    expect(p.message.zh).toContain('就业地');
    expect(p.message.zh).toContain('参保地');
    expect(p.message.zh).toContain('东莞');
    expect(p.message.zh).not.toContain('巴马');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/me/unemployment-registrations',
      headers: worker.headers,
      payload: { officeCode: '441900' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ placeKind: 'employment', placeCode: '441900', region: '441900', personId: ids.w });
    expect(ok.json().number).toBe('东莞-2026-失000001');
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/unemployment-registrations', headers: worker.headers });
    expect(mine.json().items.map((x: { personId: string }) => x.personId)).toEqual([ids.w]);
  });

  it('a worker cannot register someone else', async () => {
    const r = await ctx().app.inject({ method: 'POST', url, headers: worker.headers, payload: { personId: ids.p } });
    expect([403, 404]).toContain(r.statusCode);
  });

  it('a township office reads registrations of its township only; the county reads all of its own', async () => {
    const { app } = ctx();
    const listOf = async (h: SessionHeaders) =>
      (await app.inject({ method: 'GET', url: `${url}?pageSize=50`, headers: h })).json() as {
        items: Array<{ personId: string }>;
        total: number;
      };
    const ofAnyang = await listOf(anyang);
    expect(ofAnyang.items.map((x) => x.personId)).toContain(ids.p);
    expect((await listOf(gaoling)).total).toBe(0);
    expect((await listOf(bama)).total).toBe(0);
    const ofDongguan = await listOf(dongguan);
    expect(ofDongguan.items.map((x) => x.personId)).toContain(ids.w);
    expect(ofDongguan.items.map((x) => x.personId)).not.toContain(ids.p);
  });

  it('works a registration through services, a transfer and a job, keeping the history, with versions checked', async () => {
    const { app, rt } = ctx();
    const list = (await app.inject({ method: 'GET', url, headers: duan })).json() as { items: Array<{ id: string; personId: string }> };
    const id = list.items.find((x) => x.personId === ids.p)?.id ?? '';
    const started = await app.inject({ method: 'POST', url: `${url}/${id}/services`, headers: anyang, payload: { version: 1 } });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'receiving_services', version: 2 });
    const stale = await app.inject({ method: 'POST', url: `${url}/${id}/services`, headers: anyang, payload: { version: 1 } });
    expect(stale.statusCode).toBe(409);
    const foreign = await app.inject({
      method: 'POST',
      url: `${url}/${id}/deregister`,
      headers: bama,
      payload: { version: 2, reason: 'other' },
    });
    expect(foreign.statusCode).toBe(404);

    const moved = await app.inject({
      method: 'POST',
      url: `${url}/${id}/transfer`,
      headers: anyang,
      payload: { version: 2, placeKind: 'insured' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      status: 'receiving_services',
      placeKind: 'insured',
      placeCode: '441900',
      region: '441900',
      version: 3,
    });
    // Now 东莞 holds it; 安阳镇 no longer reads it.
    expect((await app.inject({ method: 'GET', url: `${url}/${id}`, headers: anyang })).statusCode).toBe(404);
    const employed = await app.inject({
      method: 'POST',
      url: `${url}/${id}/employed`,
      headers: dongguan,
      payload: { version: 3, onDate: '2026-11-28', employer: '东莞市长安精密五金厂' },
    });
    expect(employed.statusCode).toBe(200);
    const e = employed.json();
    expect(e).toMatchObject({ status: 'employed', endedOn: '2026-11-28', version: 4 });
    expect(e.events.map((x: { kind: string }) => x.kind)).toEqual(['registered', 'services_started', 'transferred', 'employed']);
    expect(e.events[2]).toMatchObject({ placeKind: 'insured', placeCode: '441900' });

    // The policy engine's fact: in force on the day registered and the day before the job, not the day before nor from the job on.
    const reg = rt.services.unemployment;
    expect(await reg.registeredOn(ids.p, '2026-11-26')).toBe(false);
    expect(await reg.registeredOn(ids.p, '2026-11-27')).toBe(true);
    expect(await reg.registeredOn(ids.p, '2026-11-28')).toBe(false);
    // The decision's fact is the register's answer, whatever a claim says.
    const factOn = async (date: string, claimed: boolean) => {
      const f = await rt.services.policy.factsForPerson(ids.p, date, { registeredUnemployed: claimed });
      if (!f.ok) throw new Error(f.reason.code);
      return f.value.registeredUnemployed;
    };
    expect(await factOn('2026-11-27', false)).toBe(true);
    expect(await factOn('2026-11-26', true)).toBe(false);
    expect(await factOn('2026-11-28', true)).toBe(false);

    const after = await app.inject({
      method: 'POST',
      url: `${url}/${id}/deregister`,
      headers: dongguan,
      payload: { version: 4, reason: 'other' },
    });
    expect(after.statusCode).toBe(409);
    // A closed registration leaves room for a new one.
    const fresh = await app.inject({ method: 'POST', url, headers: duan, payload: { personId: ids.p } });
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json().number).toBe('都安-2026-失000003');
    const audit = await rt.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'unemployment_registration')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'unemployment.registered',
        'unemployment_registration.start_services',
        'unemployment_registration.transfer',
        'unemployment_registration.employed',
      ].sort(),
    );
  });

  it('refuses a registration date in the future and a deregistration reason off the list', async () => {
    const { app, rt } = ctx();
    const other = await rt.services.people.create(systemActor(), {
      name: '覃未来',
      idNumber: makeIdNumber('451228', '1990-06-07', 47),
      hukouCode: '451228100',
    });
    if (!other.ok) throw new Error(other.reason.code);
    // The test clock is 2026-11-28 10:00 Beijing time: the 29th is tomorrow.
    const future = await app.inject({
      method: 'POST',
      url,
      headers: duan,
      payload: { personId: other.value.id, registeredOn: '2026-11-29' },
    });
    expect(future.statusCode).toBe(400);
    const today = await app.inject({
      method: 'POST',
      url,
      headers: duan,
      payload: { personId: other.value.id, registeredOn: '2026-11-28' },
    });
    expect(today.statusCode).toBe(201);
    const bad = await app.inject({
      method: 'POST',
      url: `${url}/${today.json().id}/deregister`,
      headers: duan,
      payload: { version: 1, reason: 'lazy' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
