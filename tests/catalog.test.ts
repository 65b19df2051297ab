import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { loadCatalogues, CATALOG_VERSION_KEY } from '../src/modules/catalog/catalog.loader.js';
import { getSetting } from '../src/modules/system/settings.repository.js';
import { industryName, isIndustryCode, isOccupationCode } from '../src/modules/catalog/catalog.seed.js';

describeEachDb('catalogues', (ctx) => {
  let worker: SessionHeaders;
  beforeAll(async () => {
    const { app, rt } = ctx();
    await loadCatalogues(rt);
    worker = (await userSession(app, rt, 'worker', '')).headers;
  });

  it('loads both catalogues once, stamped with a version', async () => {
    const { rt } = ctx();
    expect(await rt.services.catalog.counts()).toEqual({ industries: 117, occupations: 2174 });
    const stamp = await getSetting(rt.db.kysely, CATALOG_VERSION_KEY);
    expect(stamp).toMatch(/^[0-9a-f]{16}$/);
    await loadCatalogues(rt);
    expect(await rt.services.catalog.counts()).toEqual({ industries: 117, occupations: 2174 });
  });

  it("finds welders by '焊' and filters by level", async () => {
    const { app } = ctx();
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/occupations?q=${encodeURIComponent('焊')}&level=occupation`,
      headers: worker,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toContainEqual({
      code: '6-18-02-04',
      level: 'occupation',
      parent: '6-18-02',
      name: '焊工',
      isDigital: false,
      isGreen: false,
    });
    expect(body.items.every((o: { name: string }) => o.name.includes('焊'))).toBe(true);
    const prefix = await app.inject({ method: 'GET', url: '/api/v1/occupations?q=6-18-02&pageSize=50', headers: worker });
    expect(prefix.json().items.map((o: { code: string }) => o.code)).toContain('6-18-02-04');
  });

  it("lists the manufacturing divisions under section 'C' with the priority-sector flag", async () => {
    const { app } = ctx();
    const res = await app.inject({ method: 'GET', url: '/api/v1/industries?q=C&pageSize=50', headers: worker });
    const body = res.json();
    expect(body.total).toBe(32);
    expect(body.items).toContainEqual({ code: '13', level: 'division', parent: 'C', name: '农副食品加工业', prioritySector: false });
    const catering = await app.inject({ method: 'GET', url: `/api/v1/industries?q=${encodeURIComponent('餐饮')}`, headers: worker });
    expect(catering.json().items).toContainEqual(expect.objectContaining({ code: '62', prioritySector: true }));
    expect((await app.inject({ method: 'GET', url: '/api/v1/industries' })).statusCode).toBe(401);
  });

  it('answers hot-path look-ups from memory', () => {
    expect(isIndustryCode('C')).toBe(true);
    expect(isIndustryCode('39')).toBe(true);
    expect(isIndustryCode('391')).toBe(false);
    expect(isOccupationCode('6-18-02-04')).toBe(true);
    expect(industryName('62')).toBe('餐饮业');
  });
});
