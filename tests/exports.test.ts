/**
 * Every staff list exports to a real .xlsx (issue 7, point 4; decision 173), on both databases:
 * Chinese headers, readable numbers, names with masked ID numbers, Chinese words for states,
 * yuan, place names and Beijing time (the fixed clock is 02:00 UTC = 10:00 in Beijing); only what the
 * reader's list shows, and each export is audited.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import type { App } from '../src/http/app.js';

const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

/** The rows of the first sheet of a downloaded workbook, as text. */
async function rowsOf(app: App, url: string, headers: SessionHeaders): Promise<string[][]> {
  const res = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  const bytes = new Uint8Array(res.rawPayload.byteLength);
  bytes.set(res.rawPayload);
  await wb.xlsx.load(bytes.buffer);
  const out: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    out.push(Array.from(Array.isArray(row.values) ? row.values.slice(1) : [], (v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
}

describeEachDb('exports of every list', (ctx) => {
  let county: SessionHeaders;
  let other: SessionHeaders;
  let admin: SessionHeaders;
  let countyName = '';
  let claimNumber = '';
  let amountYuan = '';

  it('sets up an approved claim in a batch', async () => {
    const { app, rt } = ctx();
    const c = await userSession(app, rt, 'county_officer', '451228');
    county = c.headers;
    countyName = (await rt.services.users.displayNames([c.userId]))[c.userId] ?? '';
    other = (await userSession(app, rt, 'county_officer', '451229')).headers;
    admin = (await userSession(app, rt, 'admin', '')).headers;
    const town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    const reviewer = (await userSession(app, rt, 'reviewer', '451228')).headers;
    const p = await rt.services.people.create(systemActor(), {
      name: '韦导出',
      idNumber: makeIdNumber('451228', '1985-01-01', 61),
      hukouCode: '451228100',
      bankAccount: '6222021234567890123',
    });
    if (!p.ok) throw new Error('person');
    const sub = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: county,
      payload: { programId: 'entrepreneurship-subsidy', personId: p.value.id, facts: startupFacts },
    });
    const claim = sub.json();
    claimNumber = claim.number;
    amountYuan = String(claim.decision.amountFen / 100);
    await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/review`,
      headers: town,
      payload: { outcome: 'approve', reason: '' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/review`,
      headers: reviewer,
      payload: { outcome: 'approve', reason: '' },
    });
    const batch = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: county });
    expect(batch.json()).toMatchObject({ number: '都安-2026-批000001', leftOut: [] });
  });

  it('claims: number, name, masked ID number, program, yuan, state and place in Chinese, Beijing time', async () => {
    const { app } = ctx();
    const rows = await rowsOf(app, '/claims/export', county);
    expect(rows[0]).toEqual([
      '申请编号',
      '姓名',
      '身份证号（脱敏）',
      '补贴项目',
      '核定金额（元）',
      '状态',
      '申请方式',
      '经办地',
      '认定日期',
      '提交时间（北京时间）',
      '更新时间（北京时间）',
    ]);
    expect(rows).toHaveLength(2);
    const [number, name, id, program, amount, status, channel, place, asOf, at] = rows[1] ?? [];
    expect([number, name, program, amount, status, channel, asOf, at]).toEqual([
      '都安-2026-000001',
      '韦导出',
      '一次性创业补贴',
      amountYuan,
      '已批准',
      '经办代办',
      '2026-11-28',
      '2026-11-28 10:00',
    ]);
    expect(claimNumber).toBe('都安-2026-000001');
    expect(id).toMatch(/^4512\*{10}\d{3}[\dX]$/);
    expect(place).toMatch(/都安瑶族自治县.*（451228/);
    // Another county's officer exports only the header.
    expect(await rowsOf(app, '/claims/export', other)).toHaveLength(1);
  });

  it('ledger and batches: numbers, payee, instalment and state in Chinese, yuan, Beijing time', async () => {
    const { app } = ctx();
    const ledger = await rowsOf(app, '/payments/export', county);
    expect(ledger[0]?.slice(0, 4)).toEqual(['付款编号', '申请编号', '姓名', '身份证号（脱敏）']);
    expect(ledger[1]).toEqual([
      '都安-2026-付000001',
      '都安-2026-000001',
      '韦导出',
      expect.stringMatching(/^4512\*+/),
      '一次性创业补贴',
      '首期（预拨）',
      '发放',
      amountYuan,
      '已送银行',
      '',
      '2026-11-28 10:00',
    ]);
    const batches = await rowsOf(app, '/payment-batches/export', county);
    expect(batches[1]).toEqual([
      '都安-2026-批000001',
      expect.stringMatching(/都安瑶族自治县/),
      '1',
      amountYuan,
      '2026-11-28 10:00',
      '未对账',
    ]);
  });

  it("audit log and accounts: officers' names, Chinese roles, Beijing time; each export is itself audited", async () => {
    const { app } = ctx();
    const audit = await rowsOf(app, '/audit/export?action=claim.submitted', admin);
    expect(audit[0]).toEqual(['时间（北京时间）', '操作人', '角色', '操作', '对象类型', '对象', '地区', '详情']);
    expect(audit[1]?.slice(0, 5)).toEqual(['2026-11-28 10:00', countyName, '县级经办', 'claim.submitted', 'claim']);
    expect(audit[1]?.[7]).toContain('number: 都安-2026-000001');
    const users = await rowsOf(app, '/users/export', admin);
    expect(users[0]).toEqual(['用户名', '姓名', '角色', '管辖范围', '部门', '状态', '须改密码', '创建时间（北京时间）']);
    expect(
      users.some((r) => r[1] === countyName && r[2] === '县级经办' && (r[3] ?? '').startsWith('广西壮族自治区河池市都安瑶族自治县')),
    ).toBe(true);
    const exported = await rowsOf(app, '/audit/export?entityType=claim', admin);
    expect(exported.map((r) => r[3])).toContain('claim.exported');
    // A county officer may not export the accounts list.
    const refused = await app.inject({ method: 'GET', url: '/api/v1/users/export', headers: county });
    expect(refused.statusCode).toBe(403);
  });
});
