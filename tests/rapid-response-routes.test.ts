/**
 * Rapid response through the API on both databases: an employer reports a lay-off from the portal,
 * the 东莞 officer lists 都安 workers (picked, and from an .xlsx upload), 都安's civil-affairs user
 * finds its task in its list and marks it done, the enterprise acts on its own task; another
 * county's officer and another employer get 404 and nothing of the event.
 */
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { login, userSession, type SessionHeaders } from './helpers/session.js';
import { multipart } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { demoCreditCode } from '../src/demo/enterprises.js';
import { systemActor } from '../src/modules/actor.js';

const api = '/api/v1';

describeEachDb('rapid response API', (ctx) => {
  const h: Record<'employer' | 'other' | 'dongguan' | 'duan' | 'bama' | 'civil', SessionHeaders> = {
    employer: {},
    other: {},
    dongguan: {},
    duan: {},
    bama: {},
    civil: {},
  };
  const ids = { a: '', b: '', event: '' };
  const idB = makeIdNumber('451228', '1993-07-08', 303);

  beforeAll(async () => {
    const { app, rt } = ctx();
    await rt.services.calendar.loadReference();
    const firm = async (seq: number, name: string) => {
      const r = await rt.services.enterprises.create(systemActor(), {
        creditCode: demoCreditCode('91', '441900', seq),
        name,
        industryCode: '39',
        addressCode: '441900113',
        size: 'small',
      });
      if (!r.ok) throw new Error(r.reason.code);
      return r.value.id;
    };
    h.employer = (
      await userSession(app, rt, 'employer', '441900', { enterpriseId: await firm(601, '东莞市报告测试电子有限公司') })
    ).headers;
    h.other = (await userSession(app, rt, 'employer', '441900', { enterpriseId: await firm(602, '东莞市别家报告有限公司') })).headers;
    h.dongguan = (await userSession(app, rt, 'county_officer', '441900')).headers;
    h.duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    h.bama = (await userSession(app, rt, 'county_officer', '451227')).headers;
    const civil = await rt.services.users.create(systemActor(), {
      username: 'rr_civil_duan',
      displayName: '都安县民政局',
      role: 'department',
      department: 'civil_affairs',
      jurisdiction: '451228',
      password: 'Passw0rd-test-1',
    });
    if (!civil.ok) throw new Error(civil.reason.code);
    h.civil = await login(app, 'rr_civil_duan', 'Passw0rd-test-1');
    for (const [key, seq, id] of [
      ['a', 301, makeIdNumber('451228', '1993-07-08', 301)],
      ['b', 303, idB],
    ] as const) {
      const r = await rt.services.people.create(systemActor(), {
        name: key === 'a' ? '韦接口甲' : '蓝接口乙',
        idNumber: id,
        hukouCode: '451228100',
        employmentCode: seq === 301 ? '441900' : '441900113',
      });
      if (!r.ok) throw new Error(r.reason.code);
      ids[key] = r.value.id;
    }
  });

  it('an employer reports a lay-off from the portal: numbered in 东莞, with the enterprise’s task and no workers shown', async () => {
    const r = await ctx().app.inject({
      method: 'POST',
      url: `${api}/employer/layoffs`,
      headers: h.employer,
      payload: { occurredOn: '2026-11-27', description: '生产线停产，拟裁减80人', workersAffected: 80 },
    });
    expect(r.statusCode).toBe(201);
    const e = r.json();
    ids.event = e.id;
    expect(e).toMatchObject({ kind: 'layoff', reportedVia: 'employer', region: '441900113', access: 'enterprise', workers: [] });
    expect(e.number).toMatch(/^东莞-2026-响\d{6}$/);
    expect(e.tasks.map((t: { department: string }) => t.department)).toEqual(['enterprise']);
  });

  it('the officer lists workers picked and from an .xlsx; the home county’s civil-affairs user finds and finishes its task', async () => {
    const { app } = ctx();
    const picked = await app.inject({
      method: 'POST',
      url: `${api}/rapid-response/events/${ids.event}/workers`,
      headers: h.dongguan,
      payload: { personIds: [ids.a] },
    });
    expect(picked.json()).toEqual({ added: 1, alreadyListed: 0, problems: [] });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['身份证号码', '姓名']);
    ws.addRow([idB, '蓝接口乙']);
    ws.addRow(['12345', '错号']);
    const file = multipart('名单.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const imported = await app.inject({
      method: 'POST',
      url: `${api}/rapid-response/events/${ids.event}/workers/import`,
      headers: { ...h.dongguan, 'content-type': file.contentType },
      payload: file.body,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ added: 1, alreadyListed: 0, problems: [{ rowNumber: 3, code: 'id_number_format' }] });
    const list = await app.inject({ method: 'GET', url: `${api}/rapid-response/tasks?pageSize=50`, headers: h.civil });
    const mine = list.json().items;
    expect(mine.map((t: { department: string; region: string }) => [t.department, t.region])).toEqual([['civil_affairs', '451228']]);
    const done = await app.inject({
      method: 'POST',
      url: `${api}/rapid-response/tasks/${mine[0].id}/complete`,
      headers: h.civil,
      payload: { version: mine[0].version, note: '已核查' },
    });
    expect(done.json()).toMatchObject({ status: 'done', note: '已核查' });
    const seen = await app.inject({ method: 'GET', url: `${api}/rapid-response/events/${ids.event}`, headers: h.duan });
    expect(seen.json().access).toBe('partial');
    expect(
      seen
        .json()
        .workers.map((w: { name: string }) => w.name)
        .sort(),
    ).toEqual(['蓝接口乙', '韦接口甲']);
  });

  it('the enterprise acts on its own task', async () => {
    const { app } = ctx();
    const list = (await app.inject({ method: 'GET', url: `${api}/rapid-response/tasks`, headers: h.employer })).json().items;
    expect(list).toHaveLength(1);
    const started = await app.inject({
      method: 'POST',
      url: `${api}/rapid-response/tasks/${list[0].id}/start`,
      headers: h.employer,
      payload: { version: 1 },
    });
    expect(started.json()).toMatchObject({ status: 'in_progress', department: 'enterprise' });
  });

  it('another county’s officer and another employer get 404, and no names', async () => {
    const { app } = ctx();
    for (const headers of [h.bama, h.other]) {
      const r = await app.inject({ method: 'GET', url: `${api}/rapid-response/events/${ids.event}`, headers });
      expect(r.statusCode).toBe(404);
      expect(r.body).not.toContain('韦接口甲');
      expect(r.body).not.toContain('报告测试');
    }
    const list = await app.inject({ method: 'GET', url: `${api}/rapid-response/events`, headers: h.bama });
    expect(list.json().items).toEqual([]);
  });
});
