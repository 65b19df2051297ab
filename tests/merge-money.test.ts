/**
 * Money after a merge (issue 6, point 8). A merged-away record takes no new claim or payment (the
 * refusal names the surviving record, following merges transitively); its open claims move to the
 * survivor at merge time (audited); and money limits count the payments of the survivor and of every
 * record merged into it.
 *
 * Amounts (seed parameters for a business in 都安 451228, test date 2026-11-28): the start-up subsidy
 * is ¥5,000 = 500000 fen in full; after six months (licence 2026-03-01) 50% = 250000 fen is due as
 * the advance; after a year (licence 2025-10-01) the whole 500000 is due, less what was paid.
 */
import { beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { multipart } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import type { App } from '../src/http/app.js';

const FULL = 500000;
const ADVANCE = 250000;
const sixMonths = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};
const fullYear = { ...sixMonths, businessLicenceDate: '2025-10-01' };

const people = {
  a: { name: '韦甲', birthDate: '1984-02-03', seq: 15 },
  d: { name: '韦甲', birthDate: '1984-02-04', seq: 27 },
  s: { name: '韦甲', birthDate: '1984-02-05', seq: 39 },
  x: { name: '蓝乙', birthDate: '1991-07-08', seq: 41 },
  y: { name: '蓝乙', birthDate: '1991-07-09', seq: 53 },
  f: { name: '覃丙', birthDate: '1989-11-12', seq: 65 },
  g: { name: '覃丙', birthDate: '1989-11-13', seq: 77 },
  h: { name: '黄丁', birthDate: '1993-05-06', seq: 81 },
  k: { name: '黄丁', birthDate: '1993-05-07', seq: 93 },
} as const;
type Who = keyof typeof people;

interface Entry {
  id: string;
  personId: string;
  status: string;
  amountFen: number;
  instalment: string;
}
interface ClaimBody {
  id: string;
  personId: string;
  status: string;
  version: number;
  decision: { eligible: boolean; amountFen: number; facts: Array<{ key: string; value: unknown }> };
  payments: Entry[];
}

async function resultFile(rows: Array<[string, string, string]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('result');
  s.addRow(['entry id', 'result', 'bank reference']);
  for (const r of rows) s.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeEachDb('merges: no claim or payment on a merged-away record, and limits over the whole merge family', (ctx) => {
  let county: SessionHeaders;
  let town: SessionHeaders;
  let reviewer: SessionHeaders;
  const id = {} as Record<Who, string>;
  /** D's claim, still waiting for review when D is merged into S. */
  let openClaimOfD = '';
  /** A's claim, approved and paid before the merges. */
  let paidClaimOfA = '';
  /** Y's full-year claim, decided before X (paid the advance) is merged into Y. */
  let claimOfY = '';
  /** F's advance, which the bank refused before F is merged into G. */
  let failedEntryOfF = '';

  async function submit(app: App, personId: string, facts: Record<string, unknown>): Promise<ClaimBody> {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: county,
      payload: { programId: 'entrepreneurship-subsidy', personId, facts },
    });
    if (r.statusCode !== 201) throw new Error(`claim: ${r.body}`);
    return r.json();
  }

  async function review(app: App, claimId: string, headers: SessionHeaders) {
    return app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimId}/review`,
      headers,
      payload: { outcome: 'approve', reason: '同意' },
    });
  }

  async function merge(app: App, survivorId: string, duplicateId: string): Promise<void> {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers: county,
      payload: { survivorId, duplicateId, reason: '同一人重复登记' },
    });
    if (r.statusCode !== 200) throw new Error(`merge: ${r.body}`);
  }

  beforeAll(async () => {
    const { app, rt } = ctx();
    county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    reviewer = (await userSession(app, rt, 'reviewer', '451228')).headers;
    for (const [key, p] of Object.entries(people) as Array<[Who, (typeof people)[Who]]>) {
      const r = await rt.services.people.create(systemActor(), {
        name: p.name,
        idNumber: makeIdNumber('451228', p.birthDate, p.seq),
        hukouCode: '451228100',
        bankAccount: '6222021234567890123',
      });
      if (!r.ok) throw new Error(`person ${p.name}: ${r.reason.code}`);
      id[key] = r.value.id;
    }
    const advances: Record<string, string> = {};
    for (const who of ['a', 'x', 'f'] as const) {
      const c = await submit(app, id[who], sixMonths);
      await review(app, c.id, town);
      const approved: ClaimBody = (await review(app, c.id, reviewer)).json();
      if (approved.status !== 'approved' || approved.payments[0]?.amountFen !== ADVANCE)
        throw new Error(`advance of ${who}: ${JSON.stringify(approved)}`);
      advances[who] = approved.payments[0].id;
      if (who === 'a') paidClaimOfA = c.id;
    }
    openClaimOfD = (await submit(app, id.d, sixMonths)).id;
    const yClaim = await submit(app, id.y, fullYear);
    if (yClaim.decision.amountFen !== FULL) throw new Error(`Y's claim was decided at ${yClaim.decision.amountFen}`);
    claimOfY = yClaim.id;
    await review(app, claimOfY, town);
    // The bank pays A's and X's advances and refuses F's.
    const batch = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: county });
    const up = multipart(
      'result.xlsx',
      await resultFile([
        [advances.a ?? '', 'paid', 'B-A'],
        [advances.x ?? '', 'paid', 'B-X'],
        [advances.f ?? '', 'failed', 'ERR'],
      ]),
    );
    const rec = await app.inject({
      method: 'POST',
      url: `/api/v1/payment-batches/${batch.json().id}/reconciliation`,
      headers: { ...county, 'content-type': up.contentType },
      payload: up.body,
    });
    if (rec.json().paid !== 2 || rec.json().failed !== 1) throw new Error(`reconciliation: ${rec.body}`);
    failedEntryOfF = advances.f ?? '';
    // A into D, then D into S: A's survivor is S, two merges away.
    await merge(app, id.d, id.a);
    await merge(app, id.s, id.d);
    await merge(app, id.y, id.x);
    await merge(app, id.g, id.f);
  });

  it('refuses a new claim on a merged-away record, naming the surviving record (following merges transitively)', async () => {
    const { app } = ctx();
    for (const who of ['a', 'd'] as const) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: county,
        payload: { programId: 'entrepreneurship-subsidy', personId: id[who], facts: fullYear },
      });
      expect(r.statusCode, who).toBe(409);
      expect(r.json().code).toBe('person_merged');
      expect(r.json().message.en).toContain(id.s);
      expect(r.json().message.zh).toContain(id.s);
      expect(r.body).not.toContain(people[who].birthDate);
    }
  });

  it('moves open claims to the survivor at merge time (audited); approved and paid claims stay with their record', async () => {
    const { app, rt } = ctx();
    const moved = await app.inject({ method: 'GET', url: `/api/v1/claims/${openClaimOfD}`, headers: county });
    expect(moved.json()).toMatchObject({ personId: id.s, status: 'submitted', version: 2 });
    const history = await rt.services.audit.history('claim', openClaimOfD);
    // Read under the claim's own jurisdiction: the region is where the claim is handled (安阳镇).
    expect(history[0]).toMatchObject({ action: 'claim.moved_to_survivor', region: '451228100', details: { from: id.d, to: id.s } });
    expect(history.map((h) => [h.action, h.region])).toContainEqual(['claim.submitted', '451228100']);
    const paid = await app.inject({ method: 'GET', url: `/api/v1/claims/${paidClaimOfA}`, headers: county });
    expect(paid.json()).toMatchObject({ personId: id.a, status: 'paid' });
  });

  it('a claim decided before the merge is not paid again: the advance is in effect on a merged record', async () => {
    const { app } = ctx();
    expect((await review(app, openClaimOfD, town)).statusCode).toBe(200);
    const r = await review(app, openClaimOfD, reviewer);
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('payment_in_effect');
    const after = (await app.inject({ method: 'GET', url: `/api/v1/claims/${openClaimOfD}`, headers: county })).json();
    expect(after).toMatchObject({ status: 'township_approved', payments: [] });
  });

  it('counts what was paid to every record merged into the survivor: the survivor gets only the balance, up to exactly the full amount', async () => {
    const { app } = ctx();
    const c = await submit(app, id.s, fullYear);
    expect(c.decision.facts).toContainEqual(expect.objectContaining({ key: 'startupPaidFen', value: ADVANCE }));
    expect(c.decision).toMatchObject({ eligible: true, amountFen: FULL - ADVANCE });
    expect((await review(app, c.id, town)).statusCode).toBe(200);
    const approved = await review(app, c.id, reviewer);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().payments).toEqual([
      expect.objectContaining({ personId: id.s, instalment: 'balance', amountFen: FULL - ADVANCE, status: 'pending' }),
    ]);
  });

  it('a claim decided before the merge cannot pay more than the full amount over the merged records', async () => {
    const { app } = ctx();
    const r = await review(app, claimOfY, reviewer);
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('payment_over_limit');
    const after = (await app.inject({ method: 'GET', url: `/api/v1/claims/${claimOfY}`, headers: county })).json();
    expect(after.payments).toEqual([]);
  });

  it('does not re-issue a payment of a merged-away record; the refusal names the survivor', async () => {
    const { app } = ctx();
    const r = await app.inject({ method: 'POST', url: `/api/v1/payments/${failedEntryOfF}/reissue`, headers: county });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('person_merged');
    expect(r.json().message.en).toContain(id.g);
  });

  it('an advance still waiting for the bank on a merged record is in effect too: the survivor gets no second advance', async () => {
    const { app } = ctx();
    const h = await submit(app, id.h, sixMonths);
    await review(app, h.id, town);
    const approved: ClaimBody = (await review(app, h.id, reviewer)).json();
    expect(approved.payments.map((p) => [p.instalment, p.status])).toEqual([['advance', 'pending']]);
    // K's own claim, decided and reviewed at the township before H is merged into K.
    const k = await submit(app, id.k, sixMonths);
    expect((await review(app, k.id, town)).statusCode).toBe(200);
    await merge(app, id.k, id.h);
    const r = await review(app, k.id, reviewer);
    expect([r.statusCode, r.json().code]).toEqual([409, 'payment_in_effect']);
  });
});
