import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { putSetting } from '../src/modules/system/settings.repository.js';
import { REGIONS_SEED_SETTING } from '../src/modules/regions/region.loader.js';
import { systemActor } from '../src/modules/actor.js';

interface DivisionBody {
  code: string;
  name: string;
  level: string;
}

describeEachDb('regions', (ctx) => {
  it('loads the seed once: a second start changes nothing, a changed stamp reloads without duplicates', async () => {
    const { rt } = ctx();
    const first = await rt.services.regions.loadReference();
    expect(first).toMatchObject({ loaded: true, divisions: 44703, designationsInserted: 72 });
    expect(await rt.services.regions.loadReference()).toMatchObject({ loaded: false, divisions: 44703, designationsInserted: 0 });
    await putSetting(rt.db.kysely, REGIONS_SEED_SETTING, 'stale', '2026-01-01T00:00:00.000Z');
    expect(await rt.services.regions.loadReference()).toMatchObject({ loaded: true, divisions: 44703, designationsInserted: 0 });
    const list = await rt.services.regions.listDesignations(systemActor(), {}, 1, 200);
    expect(list.ok && list.value.total).toBe(72);
  });

  it('searches by code prefix, name, full pinyin and initials', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const { headers } = await userSession(app, rt, 'worker', '');
    const get = async (qs: string) => {
      const r = await app.inject({ method: 'GET', url: `/api/v1/regions?${qs}`, headers });
      expect(r.statusCode).toBe(200);
      return r.json<{ items: DivisionBody[]; total: number }>();
    };
    const byCode = await get('q=451228&pageSize=50');
    expect(byCode.total).toBe(20);
    expect(byCode.items[0]).toMatchObject({ code: '451228', name: '都安瑶族自治县', level: 'county' });
    expect(byCode.items[1]).toMatchObject({ code: '451228100', name: '安阳镇' });
    for (const qs of [`q=${encodeURIComponent('都安')}`, 'q=duan&level=county', 'q=da&level=county&parent=4512&pageSize=200', 'q=DAYZ']) {
      expect((await get(qs)).items.map((d) => d.code)).toContain('451228');
    }
    expect((await get(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    const paged = await get('level=province&page=2&pageSize=10');
    expect(paged).toMatchObject({ total: 31, page: 2, pageSize: 10 });
    expect(paged.items).toHaveLength(10);
    expect((await app.inject({ method: 'GET', url: '/api/v1/regions?q=duan' })).statusCode).toBe(401);
  });

  it('puts the townships of 东莞 directly under 441900, with the chain 广东省 › 东莞市', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const r = await app.inject({ method: 'GET', url: '/api/v1/regions/441900', headers });
    expect(r.statusCode).toBe(200);
    const body = r.json<{ ancestors: DivisionBody[]; children: DivisionBody[]; priority: { priority: boolean } }>();
    expect(body.ancestors.map((a) => a.code)).toEqual(['44', '4419']);
    expect(body.children.length).toBeGreaterThan(25);
    expect(body.children.every((c) => c.level === 'township' && c.code.startsWith('441900'))).toBe(true);
    expect(body.children).toContainEqual(expect.objectContaining({ code: '441900003', name: '东城街道' }));
    expect(body.priority.priority).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/v1/regions/451299', headers })).statusCode).toBe(404);
  });

  it('answers priority for the 52 counties and 三区三州 from 2020-01-01 on', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const { headers } = await userSession(app, rt, 'township_officer', '451228100');
    const priority = async (code: string, date: string) => {
      const r = await app.inject({ method: 'GET', url: `/api/v1/regions/${code}/priority?date=${date}`, headers });
      expect(r.statusCode).toBe(200);
      return r.json<{ priority: boolean; reasons: Array<{ kind: string; code: string; validTo: string | null }> }>();
    };
    expect(await priority('451228', '2020-01-01')).toMatchObject({
      priority: true,
      reasons: [{ kind: 'uncapped_county_52', code: '451228', validTo: null }],
    });
    expect(await priority('451228100', '2026-11-28')).toMatchObject({ priority: true });
    expect((await priority('451228', '2019-12-31')).priority).toBe(false);
    expect(await priority('653101', '2021-05-01')).toMatchObject({ priority: true, reasons: [{ kind: 'sanqu_sanzhou', code: '6531' }] });
    expect((await priority('653101', '2019-12-31')).priority).toBe(false);
    expect((await priority('441900003', '2021-05-01')).priority).toBe(false);
    const detail = await app.inject({ method: 'GET', url: '/api/v1/regions/451228?date=2019-06-01', headers });
    expect(detail.json()).toMatchObject({ priority: { date: '2019-06-01', priority: false } });
    expect((await app.inject({ method: 'GET', url: '/api/v1/regions/451228/priority?date=2021-02-30', headers })).statusCode).toBe(400);
  });

  it('lets an administrator add and close a designation, audited and respected day by day', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const { headers: admin } = await userSession(app, rt, 'admin', '');
    const add = await app.inject({
      method: 'POST',
      url: '/api/v1/priority-designations',
      headers: admin,
      payload: {
        kind: 'relocation_site',
        code: '441900003',
        name: '示例安置区',
        validFrom: '2021-03-01',
        source: '示例：省发改委通知（演示数据）',
      },
    });
    expect(add.statusCode).toBe(200);
    const id = add.json<{ id: string }>().id;
    const isPriority = (date: string) => rt.services.regions.isPriority('441900003', date);
    expect((await isPriority('2021-02-28')).priority).toBe(false);
    expect(await isPriority('2021-03-01')).toMatchObject({ priority: true, reasons: [{ id, kind: 'relocation_site' }] });
    const close = await app.inject({
      method: 'POST',
      url: `/api/v1/priority-designations/${id}/close`,
      headers: admin,
      payload: { validTo: '2021-06-30', reason: '搬迁后续扶持期满（演示）' },
    });
    expect(close.statusCode).toBe(200);
    expect(close.json()).toMatchObject({ validTo: '2021-06-30', closeReason: '搬迁后续扶持期满（演示）' });
    expect((await isPriority('2021-06-30')).priority).toBe(true);
    expect((await isPriority('2021-07-01')).priority).toBe(false);
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/priority-designations/${id}/close`,
      headers: admin,
      payload: { validTo: '2021-07-30', reason: 'x' },
    });
    expect(again.json()).toMatchObject({ status: 409, code: 'conflict' });
    const history = await rt.services.audit.history('priority_designation', id);
    expect(history.map((h) => [h.action, h.province])).toEqual([
      ['priority_designation.closed', '44'],
      ['priority_designation.created', '44'],
    ]);
    const listed = await app.inject({
      method: 'GET',
      url: '/api/v1/priority-designations?code=441900&activeOn=2021-05-01',
      headers: admin,
    });
    expect(listed.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).toEqual([id]);
  });

  it('keeps a seeded designation closed by an administrator when the seed is reloaded', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const { headers: admin } = await userSession(app, rt, 'admin', '45');
    const close = await app.inject({
      method: 'POST',
      url: '/api/v1/priority-designations/seed-52-451229/close',
      headers: admin,
      payload: { validTo: '2020-11-20', reason: '自治区人民政府宣布退出贫困县序列' },
    });
    expect(close.statusCode).toBe(200);
    await putSetting(rt.db.kysely, REGIONS_SEED_SETTING, 'stale', '2026-01-01T00:00:00.000Z');
    expect(await rt.services.regions.loadReference()).toMatchObject({ loaded: true, designationsInserted: 0 });
    expect((await rt.services.regions.isPriority('451229', '2020-11-20')).priority).toBe(true);
    expect((await rt.services.regions.isPriority('451229', '2020-11-21')).priority).toBe(false);
  });

  it('refuses designation writes to non-administrators, outside the jurisdiction and on unknown codes', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const payload = { kind: 'hard_hit', code: '42', name: '湖北省', validFrom: '2020-01-24', source: '示例' };
    const { headers: officer } = await userSession(app, rt, 'county_officer', '');
    const byOfficer = await app.inject({ method: 'POST', url: '/api/v1/priority-designations', headers: officer, payload });
    expect(byOfficer.json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/priority-designations/seed-52-451228/close',
          headers: officer,
          payload: { validTo: '2020-12-31', reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const { headers: countyAdmin } = await userSession(app, rt, 'admin', '451228');
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/priority-designations', headers: countyAdmin, payload })).json(),
    ).toMatchObject({ status: 404, code: 'out_of_jurisdiction' });
    const { headers: admin } = await userSession(app, rt, 'admin', '');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/priority-designations',
      headers: admin,
      payload: { ...payload, code: '4299' },
    });
    expect(unknown.json()).toMatchObject({ status: 400, code: 'division_unknown' });
    const badDate = await app.inject({
      method: 'POST',
      url: '/api/v1/priority-designations',
      headers: admin,
      payload: { ...payload, validFrom: '2020-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
    expect((await rt.services.regions.isPriority('420106', '2020-06-01')).priority).toBe(false);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/priority-designations',
      headers: admin,
      payload: { ...payload, code: '4201' },
    });
    const wrongId = wrong.json<{ id: string }>().id;
    const tooEarly = await app.inject({
      method: 'POST',
      url: `/api/v1/priority-designations/${wrongId}/close`,
      headers: admin,
      payload: { validTo: '2020-01-22', reason: '录入错误' },
    });
    expect(tooEarly.statusCode).toBe(400);
    const withdraw = await app.inject({
      method: 'POST',
      url: `/api/v1/priority-designations/${wrongId}/close`,
      headers: admin,
      payload: { validTo: '2020-01-23', reason: '录入错误，撤销' },
    });
    expect(withdraw.statusCode).toBe(200);
    expect((await rt.services.regions.isPriority('420106', '2020-01-24')).priority).toBe(false);
  });
});
