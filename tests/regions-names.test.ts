import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';

describeEachDb('division names in one request', (ctx) => {
  it('answers each known code with its chain of names, province first, and leaves unknown codes out', async () => {
    const { app, rt } = ctx();
    await rt.services.regions.loadReference();
    const { headers } = await userSession(app, rt, 'township_officer', '451228100');
    const res = await app.inject({ method: 'GET', url: '/api/v1/regions/names?codes=451228100,441900,99,451228100', headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { code: '451228100', level: 'township', names: ['广西壮族自治区', '河池市', '都安瑶族自治县', '安阳镇'] },
      // 东莞 has no counties: the register files the city's own code 441900 as a county-level entry under 4419 (东莞市).
      { code: '441900', level: 'county', names: ['广东省', '东莞市', '东莞市'] },
    ]);
  });

  it('refuses a malformed code, more than 200 codes and a caller who is not signed in', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const bad = await app.inject({ method: 'GET', url: '/api/v1/regions/names?codes=451228,4512x', headers });
    expect(bad.statusCode).toBe(400);
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `45${String(i).padStart(4, '0')}`).join(',');
    expect((await app.inject({ method: 'GET', url: `/api/v1/regions/names?codes=${codes(200)}`, headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/regions/names?codes=${codes(201)}`, headers })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/regions/names?codes=451228' })).statusCode).toBe(401);
  });
});
