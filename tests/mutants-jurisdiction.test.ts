/**
 * Every scoped read, with records in the same province (and the same prefecture, 河池 4512) but
 * outside the officer's county: 都安 451228 is the officer's; 大化 451229 and 金城江 451202 are not.
 * The earlier fixtures put the "foreign" records in 东莞 (another province), so a scope widened to
 * the province (or the prefecture) passed. A provincial officer (45) sees every record here, which
 * shows the fixtures do lie inside the province: a read widened to the province would answer like
 * that officer and fail these tests. A township officer (安阳镇 451228100) must not see a record of
 * another township of the same county (高岭镇 451228101).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, type JobJson } from './helpers/upload.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import type { App } from '../src/http/app.js';

// GB 11643 numbers computed by hand (see src/modules/people/id-number.cases.test.ts).
const PEOPLE = {
  duan: { name: '韦本县', idNumber: '451228198711291237', hukouCode: '451228100', phone: '13907780001', povertyRegistered: true },
  gaoling: { name: '韦高岭', idNumber: '371312199511124724', hukouCode: '451228101', phone: '13907780004' },
  // Every locality in another county of the same prefecture.
  dahua: {
    name: '韦大化',
    idNumber: '451229199212132486',
    hukouCode: '451229100',
    residenceCode: '451202001',
    employmentCode: '451202101',
    insuredCode: '451229',
    phone: '13907780002',
    // A batch leaves out payees without a bank account (issue 7, point 6): this one is paid.
    bankAccount: '6222020200112233445',
    povertyRegistered: true,
  },
  jinchengjiang: { name: '韦金城', idNumber: '612324196912248368', hukouCode: '451202001', phone: '13907780003', povertyRegistered: true },
};
const IMPORTED_DAHUA = { name: '韦导入', idNumber: '341222198311216955', hukouCode: '451229101' };

const startup = (region: string) => ({
  returnedFromWorkAway: true,
  businessRegion: region,
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
});

interface Sessions {
  county: SessionHeaders;
  town: SessionHeaders;
  reviewer: SessionHeaders;
}

async function post(app: App, headers: SessionHeaders, url: string, payload: object, status = 200): Promise<{ id: string }> {
  const res = await app.inject({ method: 'POST', url, headers, payload });
  if (res.statusCode !== status) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Lodges a start-up claim and approves it at township and county level, which creates a payment entry. */
async function approvedClaim(app: App, s: Sessions, personId: string, region: string): Promise<string> {
  const claim = await post(app, s.town, '/api/v1/claims', { programId: 'entrepreneurship-subsidy', personId, facts: startup(region) }, 201);
  await post(app, s.county, `/api/v1/claims/${claim.id}/review`, { outcome: 'approve', reason: '' });
  await post(app, s.reviewer, `/api/v1/claims/${claim.id}/review`, { outcome: 'approve', reason: '' });
  return claim.id;
}

async function sheetColumn(payload: Buffer, header: RegExp): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.read(Readable.from([payload]));
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const v: unknown = row.values;
    rows.push(Array.isArray(v) ? v.slice(1).map((c) => (c === null || c === undefined ? '' : String(c))) : []);
  });
  const col = (rows[0] ?? []).findIndex((h) => header.test(h));
  if (col < 0) throw new Error(`no column ${String(header)} in ${JSON.stringify(rows[0])}`);
  return rows.slice(1).map((r) => r[col] ?? '');
}

describeEachDb('jurisdiction: same province, another county', (ctx) => {
  let duan: Sessions;
  let dahua: Sessions;
  let anyang: SessionHeaders;
  let province: SessionHeaders;
  const ids: Record<keyof typeof PEOPLE, string> = { duan: '', gaoling: '', dahua: '', jinchengjiang: '' };
  const firms = { duan: '', dahua: '', jinchengjiang: '' };
  const claims = { duan: '', dahua: '' };
  let dahuaJob: JobJson;
  let duanJob: JobJson;
  let dahuaBatch = '';

  beforeAll(async () => {
    const { app, rt } = ctx();
    const session = async (role: 'county_officer' | 'township_officer' | 'reviewer', j: string) =>
      (await userSession(app, rt, role, j)).headers;
    duan = {
      county: await session('county_officer', '451228'),
      town: await session('township_officer', '451228100'),
      reviewer: await session('reviewer', '451228'),
    };
    dahua = {
      county: await session('county_officer', '451229'),
      town: await session('township_officer', '451229100'),
      reviewer: await session('reviewer', '451229'),
    };
    anyang = duan.town;
    province = await session('county_officer', '45');

    ids.duan = (await post(app, duan.county, '/api/v1/people', PEOPLE.duan)).id;
    ids.gaoling = (await post(app, duan.county, '/api/v1/people', PEOPLE.gaoling)).id;
    ids.dahua = (await post(app, dahua.county, '/api/v1/people', PEOPLE.dahua)).id;
    ids.jinchengjiang = (await post(app, province, '/api/v1/people', PEOPLE.jinchengjiang)).id;

    const firm = (code: string, name: string, addressCode: string) => ({
      creditCode: withCheckChar(code),
      name,
      industryCode: '39',
      addressCode,
    });
    firms.duan = (await post(app, duan.county, '/api/v1/enterprises', firm('91451228MA5D0101X', '都安本县有限公司', '451228100'))).id;
    firms.dahua = (await post(app, dahua.county, '/api/v1/enterprises', firm('91451229MA5D0102X', '大化邻县有限公司', '451229100'))).id;
    firms.jinchengjiang = (
      await post(app, province, '/api/v1/enterprises', firm('91451202MA5D0103X', '金城江邻县有限公司', '451202001'))
    ).id;

    claims.duan = await approvedClaim(app, duan, ids.duan, '451228');
    claims.dahua = await approvedClaim(app, dahua, ids.dahua, '451229');
    dahuaBatch = (await post(app, dahua.county, '/api/v1/payment-batches', {}, 201)).id;

    const csv = (p: { name: string; idNumber: string; hukouCode: string }) =>
      Buffer.from(`姓名,身份证号码,户籍地代码\r\n${p.name},${p.idNumber},${p.hukouCode}\r\n`, 'utf8');
    dahuaJob = await importVia(app, rt, dahua.county, 'people', '大化.csv', csv(IMPORTED_DAHUA));
    duanJob = await importVia(app, rt, duan.county, 'people', '都安.csv', csv(PEOPLE.duan));
    if (dahuaJob.created !== 1 || duanJob.unchanged !== 1) throw new Error(`imports: ${JSON.stringify([dahuaJob, duanJob])}`);
  });

  const get = (headers: SessionHeaders, url: string) => ctx().app.inject({ method: 'GET', url, headers });
  const names = async (headers: SessionHeaders, query: string) => {
    const res = await get(headers, `/api/v1/people?${query}`);
    expect(res.statusCode).toBe(200);
    return res
      .json()
      .items.map((p: { name: string }) => p.name)
      .sort();
  };
  const refusedWithout = (res: { statusCode: number; body: string }, ...secrets: string[]) => {
    expect([403, 404]).toContain(res.statusCode);
    for (const s of secrets) expect(res.body).not.toContain(s);
  };

  it('people search: by name, pinyin, ID number, phone and locality filters finds only the county', async () => {
    expect(await names(province, 'q=韦')).toEqual(['韦大化', '韦导入', '韦本县', '韦金城', '韦高岭'].sort());
    expect(await names(duan.county, 'q=韦')).toEqual(['韦本县', '韦高岭'].sort());
    expect(await names(duan.county, 'q=wei')).toEqual(['韦本县', '韦高岭'].sort());
    expect(await names(duan.county, 'q=w')).toEqual(['韦本县', '韦高岭'].sort());
    expect(await names(duan.county, '')).toEqual(['韦本县', '韦高岭'].sort());
    expect(await names(province, `q=${PEOPLE.dahua.idNumber}`)).toEqual(['韦大化']);
    expect(await names(duan.county, `q=${PEOPLE.dahua.idNumber}`)).toEqual([]);
    expect(await names(duan.county, `q=${PEOPLE.jinchengjiang.phone}`)).toEqual([]);
    expect(await names(duan.county, 'povertyRegistered=true')).toEqual(['韦本县']);
    for (const filter of [
      'hukouCode=451229',
      'hukouCode=4512',
      'residenceCode=451202',
      'employmentCode=451202',
      'insuredCode=451229',
      'hukouCode=45',
    ]) {
      const res = await get(duan.county, `/api/v1/people?${filter}`);
      if (res.statusCode === 200)
        expect(
          res
            .json()
            .items.map((p: { name: string }) => p.name)
            .filter((n: string) => n !== '韦本县' && n !== '韦高岭'),
          filter,
        ).toEqual([]);
      else refusedWithout(res, '韦大化', '韦金城');
    }
  });

  it('people search: a township officer sees their own township, not the next one', async () => {
    expect(await names(anyang, 'q=韦')).toEqual(['韦本县']);
    expect(await names(anyang, `q=${PEOPLE.gaoling.idNumber}`)).toEqual([]);
  });

  it('person get, records, history and reveal refuse a person of another county of the province', async () => {
    expect((await get(duan.county, `/api/v1/people/${ids.duan}`)).statusCode).toBe(200);
    expect((await get(province, `/api/v1/people/${ids.dahua}`)).statusCode).toBe(200);
    for (const id of [ids.dahua, ids.jinchengjiang]) {
      refusedWithout(await get(duan.county, `/api/v1/people/${id}`), '韦大化', '韦金城');
      refusedWithout(await get(duan.county, `/api/v1/people/${id}/records`));
      refusedWithout(await get(duan.county, `/api/v1/people/${id}/history`));
      const reveal = await ctx().app.inject({
        method: 'POST',
        url: `/api/v1/people/${id}/reveal`,
        headers: duan.county,
        payload: { field: 'idNumber' },
      });
      refusedWithout(reveal, PEOPLE.dahua.idNumber, PEOPLE.jinchengjiang.idNumber);
    }
    refusedWithout(await get(anyang, `/api/v1/people/${ids.gaoling}`), '韦高岭');
  });

  it('enterprise list and get show only the county', async () => {
    const list = async (h: SessionHeaders, q = '') =>
      (await get(h, `/api/v1/enterprises?${q}`))
        .json()
        .items.map((e: { id: string }) => e.id)
        .sort();
    expect(await list(province)).toEqual([firms.duan, firms.dahua, firms.jinchengjiang].sort());
    expect(await list(duan.county)).toEqual([firms.duan]);
    expect(await list(duan.county, 'addressPrefix=4512')).toEqual([firms.duan]);
    expect(await list(duan.county, 'name=有限公司')).toEqual([firms.duan]);
    expect((await get(duan.county, `/api/v1/enterprises/${firms.duan}`)).statusCode).toBe(200);
    for (const id of [firms.dahua, firms.jinchengjiang]) {
      refusedWithout(await get(duan.county, `/api/v1/enterprises/${id}`), '邻县');
      refusedWithout(await get(duan.county, `/api/v1/enterprises/${id}/history`), '邻县');
    }
  });

  it('claims list and get show only the county', async () => {
    const list = async (h: SessionHeaders, q = '') =>
      (await get(h, `/api/v1/claims?${q}`))
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort();
    expect(await list(province)).toEqual([claims.duan, claims.dahua].sort());
    expect(await list(duan.county)).toEqual([claims.duan]);
    expect(await list(duan.county, 'status=approved')).toEqual([claims.duan]);
    expect((await get(duan.county, `/api/v1/claims/${claims.duan}`)).statusCode).toBe(200);
    refusedWithout(await get(duan.county, `/api/v1/claims/${claims.dahua}`), '韦大化', ids.dahua);
    refusedWithout(await get(duan.reviewer, `/api/v1/claims/${claims.dahua}`), '韦大化', ids.dahua);
  });

  it('payments list and batches show only the county', async () => {
    const entries = async (h: SessionHeaders, q = '') =>
      (await get(h, `/api/v1/payments?${q}`))
        .json()
        .items.map((e: { claimId: string }) => e.claimId)
        .sort();
    expect(await entries(province)).toEqual([claims.duan, claims.dahua].sort());
    expect(await entries(duan.county)).toEqual([claims.duan]);
    expect(await entries(duan.county, `claimId=${claims.dahua}`)).toEqual([]);
    const batches = (await get(duan.county, '/api/v1/payment-batches')).json().items.map((b: { id: string }) => b.id);
    expect(batches).not.toContain(dahuaBatch);
    refusedWithout(await get(duan.county, `/api/v1/payment-batches/${dahuaBatch}/export`));
  });

  it('import jobs of another county are neither listed nor readable', async () => {
    const list = async (h: SessionHeaders) =>
      (await get(h, '/api/v1/imports'))
        .json()
        .items.map((j: { id: string }) => j.id)
        .sort();
    expect(await list(province)).toEqual([dahuaJob.id, duanJob.id].sort());
    expect(await list(duan.county)).toEqual([duanJob.id]);
    refusedWithout(await get(duan.county, `/api/v1/imports/${dahuaJob.id}`), '大化.csv');
    refusedWithout(await get(duan.county, `/api/v1/imports/${dahuaJob.id}/report`), IMPORTED_DAHUA.name);
  });

  it('people and enterprise exports hold only the county', async () => {
    const people = async (h: SessionHeaders) => (await sheetColumn((await get(h, '/api/v1/people/export')).rawPayload, /姓名/)).sort();
    expect(await people(province)).toEqual(['韦大化', '韦导入', '韦本县', '韦金城', '韦高岭'].sort());
    expect(await people(duan.county)).toEqual(['韦本县', '韦高岭'].sort());
    expect(await people(anyang)).toEqual(['韦本县']);
    const firmNames = async (h: SessionHeaders) =>
      (await sheetColumn((await get(h, '/api/v1/enterprises/export')).rawPayload, /名称/)).sort();
    expect(await firmNames(province)).toHaveLength(3);
    expect(await firmNames(duan.county)).toEqual(['都安本县有限公司']);
  });

  it('dashboard counts only the county', async () => {
    const summary = async (h: SessionHeaders) => (await get(h, '/api/v1/dashboard/summary')).json();
    expect(await summary(province)).toMatchObject({ people: 5, povertyRegistered: 3, enterprises: 3 });
    expect(await summary(duan.county)).toMatchObject({ people: 2, povertyRegistered: 1, enterprises: 1 });
    expect((await summary(duan.county)).recentImports.map((j: { id: string }) => j.id)).toEqual([duanJob.id]);
    expect(await summary(anyang)).toMatchObject({ people: 1, povertyRegistered: 1 });
  });
});
