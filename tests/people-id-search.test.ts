import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';

// ID-number search goes through the identity table (people has no index of its own on the blind
// index, docs/decisions/090); a merged record's released ID number is still found with includeMerged.
const survivorId = makeIdNumber('451228', '1988-07-01', 21);
const wrongId = makeIdNumber('451228', '1988-07-02', 21);
const base = { name: '蓝海燕', hukouCode: '451228101', residenceCode: '451228101' };

describeEachDb('people search by ID number', (ctx) => {
  it('finds live people through the identity table and merged ones only when asked', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const { headers: other } = await userSession(app, rt, 'county_officer', '441900');
    const post = async (idNumber: string) =>
      (await app.inject({ method: 'POST', url: '/api/v1/people', headers, payload: { ...base, idNumber } })).json();
    const survivor = await post(survivorId);
    const dup = await post(wrongId);
    const search = async (q: string, h = headers, extra = '') =>
      (await app.inject({ method: 'GET', url: `/api/v1/people?q=${q}&page=1&pageSize=20${extra}`, headers: h })).json();

    expect((await search(survivorId)).items.map((p: { id: string }) => p.id)).toEqual([survivor.id]);
    expect((await search(wrongId)).items.map((p: { id: string }) => p.id)).toEqual([dup.id]);
    expect((await search(survivorId, other)).total).toBe(0);

    const m = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers,
      payload: { survivorId: survivor.id, duplicateId: dup.id, reason: '身份证号录入错误' },
    });
    expect(m.statusCode).toBe(200);
    expect((await search(wrongId)).total).toBe(0);
    expect((await search(wrongId, headers, '&includeMerged=true')).items.map((p: { id: string }) => p.id)).toEqual([dup.id]);
    expect((await search(survivorId, headers, '&includeMerged=true')).items.map((p: { id: string }) => p.id)).toEqual([survivor.id]);
  });
});
