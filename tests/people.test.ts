import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

const weiId = makeIdNumber('451228', '1990-03-15', 11);
const base = {
  name: '韦小明',
  idNumber: weiId,
  phone: '138 0000 1234',
  hukouCode: '451228100',
  residenceCode: '451228100',
  education: 'junior',
  bankAccount: '6222021234567890123',
};

describeEachDb('people registry', (ctx) => {
  let duanOfficer: Record<string, string>;
  let dgOfficer: Record<string, string>;
  let weiPersonId = '';
  let commuterId = '';

  it('registers a person and returns the record masked', async () => {
    const { app, rt } = ctx();
    duanOfficer = (await userSession(app, rt, 'county_officer', '451228')).headers;
    dgOfficer = (await userSession(app, rt, 'county_officer', '441900')).headers;
    const r = await app.inject({ method: 'POST', url: '/api/v1/people', headers: duanOfficer, payload: base });
    expect(r.statusCode).toBe(200);
    const p = r.json();
    weiPersonId = p.id;
    expect(p).toMatchObject({
      name: '韦小明',
      idNumber: `4512**********${weiId.slice(-4)}`,
      phone: '138****1234',
      bankAccount: '6222***********0123',
      sex: 'male',
      birthDate: '1990-03-15',
      province: '45',
      masked: true,
      version: 1,
    });
    const got = await app.inject({ method: 'GET', url: `/api/v1/people/${p.id}`, headers: duanOfficer });
    expect(got.json().idNumber).not.toContain(weiId.slice(4, 14));
  });

  it('refuses a wrong check character with a field error and writes nothing', async () => {
    const { app, rt } = ctx();
    const before = await rt.services.people.count();
    const bad = weiId.slice(0, 17) + (weiId.endsWith('1') ? '2' : '1');
    const r = await app.inject({ method: 'POST', url: '/api/v1/people', headers: duanOfficer, payload: { ...base, idNumber: bad } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([expect.objectContaining({ path: 'idNumber', code: 'id_number_checksum' })]);
    const sci = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: duanOfficer,
      payload: { ...base, idNumber: '4.5122E+17' },
    });
    expect(sci.json().errors[0].code).toBe('id_number_scientific');
    expect(await rt.services.people.count()).toBe(before);
  });

  it('refuses a duplicate ID number naming only its masked form', async () => {
    const { app } = ctx();
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: duanOfficer,
      payload: { ...base, name: '韦大明', idNumber: weiId.toLowerCase() },
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('duplicate_person');
    expect(r.body).not.toContain('韦小明');
    expect(r.body).not.toContain(weiId);
  });

  it('scopes reads to the jurisdiction through any of the four localities', async () => {
    const { app } = ctx();
    const hidden = await app.inject({ method: 'GET', url: `/api/v1/people/${weiPersonId}`, headers: dgOfficer });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('out_of_jurisdiction');
    const commuter = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: duanOfficer,
      payload: { name: '蓝凤', idNumber: makeIdNumber('451228', '1995-07-01', 22), hukouCode: '451228101', employmentCode: '441900113' },
    });
    commuterId = commuter.json().id;
    expect((await app.inject({ method: 'GET', url: `/api/v1/people/${commuterId}`, headers: dgOfficer })).statusCode).toBe(200);
    const list = await app.inject({ method: 'GET', url: '/api/v1/people', headers: dgOfficer });
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([commuterId]);
  });

  it('searches by Chinese prefix, initials, full pinyin, ID number and phone', async () => {
    const { app } = ctx();
    const ids = async (q: string) =>
      (await app.inject({ method: 'GET', url: `/api/v1/people?q=${encodeURIComponent(q)}`, headers: duanOfficer }))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await ids('韦小')).toEqual([weiPersonId]);
    expect(await ids('wxm')).toEqual([weiPersonId]);
    expect(await ids('weixiao')).toEqual([weiPersonId]);
    expect(await ids(weiId)).toEqual([weiPersonId]);
    expect(await ids('13800001234')).toEqual([weiPersonId]);
    expect(await ids('蓝')).toEqual([commuterId]);
    const filtered = await app.inject({
      method: 'GET',
      url: '/api/v1/people?employmentCode=4419&ageMin=30&ageMax=31',
      headers: duanOfficer,
    });
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ id: commuterId }] });
  });

  it('reveals one value to an officer in jurisdiction and audits the field name only', async () => {
    const { app, rt } = ctx();
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${weiPersonId}/reveal`,
      headers: duanOfficer,
      payload: { field: 'idNumber' },
    });
    expect(r.json()).toEqual({ field: 'idNumber', value: weiId });
    expect(
      (await app.inject({ method: 'POST', url: `/api/v1/people/${weiPersonId}/reveal`, headers: dgOfficer, payload: { field: 'phone' } }))
        .statusCode,
    ).toBe(404);
    const history = await rt.services.audit.history('person', weiPersonId);
    const reveal = history.find((h) => h.action === 'person.reveal');
    expect(reveal?.details).toEqual({ field: 'idNumber' });
    expect(JSON.stringify(history)).not.toContain(weiId);
  });

  it('updates with optimistic locking', async () => {
    const { app } = ctx();
    const put = (version: number, name: string) =>
      app.inject({ method: 'PUT', url: `/api/v1/people/${weiPersonId}`, headers: duanOfficer, payload: { ...base, name, version } });
    const first = await put(1, '韦晓明');
    expect(first.json()).toMatchObject({ name: '韦晓明', version: 2 });
    const stale = await put(1, '韦明');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });

  it('merges a duplicate: histories move, both audit trails stay, the wrong ID number is released', async () => {
    const { app, rt } = ctx();
    const wrongId = makeIdNumber('451228', '1990-03-16', 11);
    const dup = (
      await app.inject({ method: 'POST', url: '/api/v1/people', headers: duanOfficer, payload: { ...base, idNumber: wrongId } })
    ).json();
    await app.inject({
      method: 'POST',
      url: `/api/v1/people/${dup.id}/employment`,
      headers: duanOfficer,
      payload: { enterpriseName: '东莞示例厂', divisionCode: '441900113', startDate: '2024-01-01' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/people/${weiPersonId}/insurance`,
      headers: duanOfficer,
      payload: { kind: 'pension', divisionCode: '441900', startMonth: '2024-01', contributionMonths: 12 },
    });
    const m = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers: duanOfficer,
      payload: { survivorId: weiPersonId, duplicateId: dup.id, reason: '身份证号录入错误' },
    });
    expect(m.statusCode).toBe(200);
    const records = (await app.inject({ method: 'GET', url: `/api/v1/people/${weiPersonId}/records`, headers: duanOfficer })).json();
    expect([records.employment.length, records.insurance.length]).toEqual([1, 1]);
    expect((await app.inject({ method: 'GET', url: `/api/v1/people/${dup.id}`, headers: duanOfficer })).json().mergedInto).toBe(
      weiPersonId,
    );
    const hist = (await app.inject({ method: 'GET', url: `/api/v1/people/${weiPersonId}/history`, headers: duanOfficer })).json().items;
    const actions = hist.map((h: { action: string }) => h.action);
    expect(actions).toEqual(expect.arrayContaining(['person.merged', 'person.merged_into', 'person.created', 'person.employment_added']));
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers: duanOfficer,
      payload: { survivorId: weiPersonId, duplicateId: dup.id, reason: 'x' },
    });
    expect(again.json().code).toBe('merge_invalid');
    const reuse = await rt.services.people.create(systemActor(), { name: '韦小红', idNumber: wrongId, hukouCode: '451228100' });
    expect(reuse.ok).toBe(true);
    const search = (await app.inject({ method: 'GET', url: '/api/v1/people?q=wx', headers: duanOfficer })).json();
    expect(search.items.map((p: { id: string }) => p.id)).not.toContain(dup.id);
  });

  it('lets a worker read their own record unmasked and nobody else’s', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'worker', '', { personId: weiPersonId });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers });
    expect(me.json()).toMatchObject({ id: weiPersonId, idNumber: weiId, phone: '13800001234', masked: false });
    expect((await app.inject({ method: 'GET', url: `/api/v1/people/${commuterId}`, headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/people', headers })).statusCode).toBe(403);
  });
});
