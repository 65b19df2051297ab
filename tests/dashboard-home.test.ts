/**
 * The role's home (issue 7, point 3): work waiting at the actor's level and the area charts, from
 * aggregate SQL. Every expected value below is counted by hand from the records this test makes,
 * including records just outside the county (大化, 451229) and just outside a Beijing month or the
 * review deadline.
 *
 * The clock ends at 2026-11-28T02:00Z = Saturday 28 November 2026, 10:00 in Beijing. Twenty working
 * days back (no holiday in November): Fri 27 is the 1st, … Mon 2 November the 20th, so a claim
 * waiting since before Beijing 2026-11-02 00:00 (= 2026-11-01T16:00Z) is overdue.
 */
import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { multipart } from './helpers/upload.js';
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
const PROGRAM = 'entrepreneurship-subsidy';

async function resultFile(entryId: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('result');
  s.addRow(['entry id', 'result', 'bank reference']);
  s.addRow([entryId, 'paid', 'BANK-HOME-1']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function home(app: App, headers: SessionHeaders) {
  const r = await app.inject({ method: 'GET', url: '/api/v1/dashboard/home', headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

describeEachDb('dashboard: the role home (work waiting, area charts)', (ctx) => {
  it('counts exactly inside the jurisdiction, by Beijing month, with the overdue boundary', async () => {
    const { app, rt } = ctx();
    const county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    const reviewer = (await userSession(app, rt, 'reviewer', '451228')).headers;
    const dahua = (await userSession(app, rt, 'county_officer', '451229')).headers;
    const dongguan = (await userSession(app, rt, 'county_officer', '441900')).headers;

    const mk = async (name: string, serial: number, fields: Record<string, unknown>) => {
      const p = await rt.services.people.create(systemActor(), {
        name,
        idNumber: makeIdNumber(String(fields.hukouCode).slice(0, 6), '1985-01-01', serial),
        ...fields,
      } as Parameters<typeof rt.services.people.create>[1]);
      if (!p.ok) throw new Error(`person ${name}: ${p.reason.code}`);
      return p.value.id;
    };
    // 都安 county: A and B in 安阳镇, C in 地苏镇; D registered in 大化 but living in 安阳镇 (in scope by
    // residence, registered elsewhere); E wholly in 大化 (outside).
    const a = await mk('韦甲', 11, { hukouCode: '451228100', povertyRegistered: true, bankAccount: '6222021234567890123' });
    const b = await mk('韦乙', 13, { hukouCode: '451228100' });
    const c = await mk('韦丙', 15, { hukouCode: '451228102', povertyRegistered: true });
    const d = await mk('蓝丁', 17, { hukouCode: '451229100', residenceCode: '451228100', povertyRegistered: true });
    const e = await mk('蓝戊', 19, { hukouCode: '451229100', povertyRegistered: true });

    const lodge = async (at: string, headers: SessionHeaders, personId: string) => {
      rt.clock.set(at);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers,
        payload: { programId: PROGRAM, personId, facts: startupFacts },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as { id: string };
    };
    // B: 2026-10-31T17:00Z is 1 November in Beijing (a November claim), waiting since before 2 November: overdue.
    await lodge('2026-10-31T17:00:00.000Z', county, b);
    // C: exactly Beijing midnight of 2 November: November, not overdue.
    await lodge('2026-11-01T16:00:00.000Z', county, c);
    // D's claim, lodged by 都安's officer, is handled where D lives (安阳镇); E's by 大化's officer (outside).
    await lodge('2026-11-10T02:00:00.000Z', county, d);
    await lodge('2026-11-10T03:00:00.000Z', dahua, e);
    // A: lodged, approved at both levels → one payment pending.
    const claimA = await lodge('2026-11-20T02:00:00.000Z', county, a);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/v1/claims/${claimA.id}/review`,
          headers: town,
          payload: { outcome: 'approve', reason: '' },
        })
      ).statusCode,
    ).toBe(200);
    const approved = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimA.id}/review`,
      headers: reviewer,
      payload: { outcome: 'approve', reason: '' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const entry: { id: string; amountFen: number } = approved.json().payments[0];
    expect(entry.amountFen).toBeGreaterThan(0);

    rt.clock.set('2026-11-28T02:00:00.000Z');
    let mine = await home(app, county);
    expect(mine.work.overdueBefore).toBe('2026-11-02');
    expect(mine.work.claims).toEqual([
      { level: 'township', waiting: 3, overdue: 1 },
      { level: 'county', waiting: 0, overdue: 0 },
      { level: 'reconsideration', waiting: 0, overdue: 0 },
    ]);
    expect(mine.work.reconcile).toEqual({ batches: 0, entries: 0, totalFen: 0, unbatched: 1 });
    expect(mine.work.bindingRequests).toBe(0);
    expect(mine.work.timersOverdue).toBeNull();

    const batch = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: county });
    expect(batch.statusCode, batch.body).toBe(201);
    mine = await home(app, county);
    expect(mine.work.reconcile).toEqual({ batches: 1, entries: 1, totalFen: entry.amountFen, unbatched: 0 });
    // 大化's officer sees neither the batch nor 都安's claims.
    const theirs = await home(app, dahua);
    expect(theirs.work.reconcile).toEqual({ batches: 0, entries: 0, totalFen: 0, unbatched: 0 });
    expect(theirs.work.claims[0]).toEqual({ level: 'township', waiting: 1, overdue: 0 }); // E's only

    rt.clock.set('2026-11-25T02:00:00.000Z');
    const up = multipart('result.xlsx', await resultFile(entry.id));
    const rec = await app.inject({
      method: 'POST',
      url: `/api/v1/payment-batches/${batch.json().id}/reconciliation`,
      headers: { ...county, 'content-type': up.contentType },
      payload: up.body,
    });
    expect(rec.statusCode, rec.body).toBe(200);

    rt.clock.set('2026-11-28T02:00:00.000Z');
    mine = await home(app, county);
    expect(mine.jurisdiction).toBe('451228');
    expect(mine.jurisdictionName).toBe('都安瑶族自治县');
    expect(mine.work.reconcile).toEqual({ batches: 0, entries: 0, totalFen: 0, unbatched: 0 });
    // People: A, B, C registered here, D by residence; poverty-registered A, C, D.
    expect(mine.people).toEqual({
      total: 4,
      povertyRegistered: 3,
      areaLength: 9,
      byArea: [
        { code: '451228100', name: '安阳镇', people: 2, poverty: 1 },
        { code: '451228102', name: '地苏镇', people: 1, poverty: 1 },
      ],
      registeredElsewhere: 1,
    });
    expect(mine.months).toHaveLength(12);
    expect(mine.months[0]).toBe('2025-12');
    expect(mine.months[11]).toBe('2026-11');
    // Claims handled in 都安: A, B, C, D, all lodged in Beijing November (none in October).
    expect(mine.claimsByMonth).toEqual([
      { programId: PROGRAM, programName: { zh: '一次性创业补贴', en: 'One-time entrepreneurship subsidy' }, month: '2026-11', claims: 4 },
    ]);
    expect(mine.paidByMonth).toEqual([
      { programId: PROGRAM, programName: expect.any(Object), month: '2026-11', paidFen: entry.amountFen, payments: 1 },
    ]);

    // The township officer of 安阳镇: A, B and D (by residence); poverty A and D; claims A, B and D.
    const t = await home(app, town);
    expect(t.people).toMatchObject({ total: 3, povertyRegistered: 2, areaLength: 12, registeredElsewhere: 1 });
    expect(t.people.byArea).toEqual([{ code: '451228100', name: '安阳镇', people: 2, poverty: 1 }]);
    expect(t.work.claims).toEqual([{ level: 'township', waiting: 2, overdue: 1 }]);
    expect(t.work.reconcile).toBeNull();
    expect(t.claimsByMonth).toEqual([expect.objectContaining({ month: '2026-11', claims: 3 })]);

    // The reviewer acts at county and reconsideration level only; no payments, no binding queue.
    const r = await home(app, reviewer);
    expect(r.work).toMatchObject({
      claims: [
        { level: 'county', waiting: 0, overdue: 0 },
        { level: 'reconsideration', waiting: 0, overdue: 0 },
      ],
      reconcile: null,
      bindingRequests: null,
    });

    // 东莞: nothing.
    const dg = await home(app, dongguan);
    expect(dg.people).toEqual({ total: 0, povertyRegistered: 0, areaLength: 9, byArea: [], registeredElsewhere: 0 });
    expect(dg.claimsByMonth).toEqual([]);
    expect(dg.paidByMonth).toEqual([]);

    // The summary's people counts are the same exact aggregate.
    const summary = (await app.inject({ method: 'GET', url: '/api/v1/dashboard/summary', headers: county })).json();
    expect(summary).toMatchObject({ people: 4, povertyRegistered: 3 });
  });

  it('refuses workers and anonymous callers', async () => {
    const { app, rt } = ctx();
    const worker = (await userSession(app, rt, 'worker', '451228')).headers;
    expect((await app.inject({ method: 'GET', url: '/api/v1/dashboard/home', headers: worker })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/dashboard/home' })).statusCode).toBe(401);
  });
});
