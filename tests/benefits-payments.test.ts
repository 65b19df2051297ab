import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { multipart } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';
import type { App } from '../src/http/app.js';
import { rawEntries } from '../src/modules/benefits/payment.repository.js';

const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

interface Entry {
  id: string;
  number: string;
  status: string;
  amountFen: number;
  instalment: string;
  attempt: number;
  idempotencyKey: string;
  familyKey: string;
  kind: string;
}

async function resultFile(rows: Array<[string, string, string]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('result');
  s.addRow(['entry id', 'result', 'bank reference']);
  for (const r of rows) s.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeEachDb('benefits: payment ledger, batches and reconciliation', (ctx) => {
  let county: SessionHeaders;
  let town: SessionHeaders;
  let reviewer: SessionHeaders;
  let personId: string;

  async function approvedClaim(
    app: App,
    person: string,
    extra: { asOf?: string } = {},
  ): Promise<{ id: string; payments: Entry[]; decision: { amountFen: number } }> {
    const sub = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: county,
      payload: { programId: 'entrepreneurship-subsidy', personId: person, facts: startupFacts, ...extra },
    });
    if (sub.statusCode !== 201) throw new Error(sub.body);
    const id: string = sub.json().id;
    await app.inject({ method: 'POST', url: `/api/v1/claims/${id}/review`, headers: town, payload: { outcome: 'approve', reason: '' } });
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${id}/review`,
      headers: reviewer,
      payload: { outcome: 'approve', reason: '' },
    });
    return r.json();
  }

  it('sets up', async () => {
    const { app, rt } = ctx();
    county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    reviewer = (await userSession(app, rt, 'reviewer', '451228')).headers;
    const p = await rt.services.people.create(systemActor(), {
      name: '韦付款',
      idNumber: makeIdNumber('451228', '1985-01-01', 41),
      hukouCode: '451228100',
      bankAccount: '6222021234567890123',
    });
    if (!p.ok) throw new Error('person');
    personId = p.value.id;
  });

  it('pays the advance through a batch: export masked .xlsx, reconcile as paid, claim paid', async () => {
    const { app } = ctx();
    const claim = await approvedClaim(app, personId);
    const entry = claim.payments[0];
    if (!entry) throw new Error('no entry');
    expect(entry).toMatchObject({
      instalment: 'advance',
      attempt: 1,
      familyKey: `${personId}|entrepreneurship-subsidy|advance`,
      idempotencyKey: `${personId}|entrepreneurship-subsidy|advance`,
    });

    const again = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/claims',
        headers: county,
        payload: { programId: 'entrepreneurship-subsidy', personId, facts: startupFacts },
      })
    ).json();
    expect(again.decision).toMatchObject({ eligible: false, amountFen: 0 }); // the ledger says the advance is already in effect
    expect(again.decision.facts).toContainEqual(expect.objectContaining({ key: 'startupPaidFen', value: entry.amountFen }));

    const batch = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: county });
    expect(batch.statusCode).toBe(201);
    expect(batch.json()).toMatchObject({ entryCount: 1, totalFen: entry.amountFen });
    const empty = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: county });
    expect(empty.json().code).toBe('batch_empty');

    const file = await app.inject({ method: 'GET', url: `/api/v1/payment-batches/${batch.json().id}/export`, headers: county });
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    const bytes = new Uint8Array(file.rawPayload.byteLength);
    bytes.set(file.rawPayload);
    await wb.xlsx.load(bytes.buffer);
    const sheet = wb.worksheets[0];
    const row = sheet?.getRow(3);
    if (!row) throw new Error('no row');
    expect(row.getCell(1).value).toBe(entry.number);
    expect(entry.number).toMatch(/^都安-2026-付\d{6}$/);
    expect(row.getCell(6).value).toBe('一次性创业补贴');
    expect(row.getCell(7).value).toBe('首期（预拨）');
    expect(String(row.getCell(4).value)).toMatch(/^4512\*{10}\d{3}[\dX]$/);
    expect(row.getCell(5).value).toBe('6222***********0123');
    expect(row.getCell(8).value).toBe(entry.amountFen / 100);

    // The bank fills the result columns of our own file.
    row.getCell(9).value = 'paid';
    row.getCell(10).value = 'BANK-0001';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const up = multipart('result.xlsx', filled);
    const rec = await app.inject({
      method: 'POST',
      url: `/api/v1/payment-batches/${batch.json().id}/reconciliation`,
      headers: { ...county, 'content-type': up.contentType },
      payload: up.body,
    });
    expect(rec.json()).toMatchObject({ paid: 1, failed: 0, returned: 0, skipped: 0 });
    // The same file again: the entry is no longer batched, so nothing is recorded twice.
    const sameFile = multipart('result.xlsx', filled);
    const rec2 = await app.inject({
      method: 'POST',
      url: `/api/v1/payment-batches/${batch.json().id}/reconciliation`,
      headers: { ...county, 'content-type': sameFile.contentType },
      payload: sameFile.body,
    });
    expect(rec2.json()).toMatchObject({ paid: 0, failed: 0, returned: 0, skipped: 1 });
    const after = (await app.inject({ method: 'GET', url: `/api/v1/claims/${claim.id}`, headers: county })).json();
    expect(after.status).toBe('paid');
    expect(after.payments[0]).toMatchObject({ status: 'paid', bankReference: 'BANK-0001' });
  });

  it('pays the balance after a year, never more than the full amount, and the slot refuses a second balance', async () => {
    const { app, rt } = ctx();
    const balance = await approvedClaim(app, personId, { asOf: '2027-03-15' });
    const b = balance.payments[0];
    expect(b).toMatchObject({ instalment: 'balance' });
    const full = (await app.inject({ method: 'GET', url: `/api/v1/claims/${balance.id}`, headers: county }))
      .json()
      .decision.values.find((v: { name: string }) => v.name === 'fullAmount').value;
    const all = await app.inject({ method: 'GET', url: `/api/v1/payments?claimId=${balance.id}`, headers: county });
    expect(all.json().items).toHaveLength(1);
    const paidSoFar = (await app.inject({ method: 'GET', url: '/api/v1/payments', headers: county }))
      .json()
      .items.filter((e: Entry) => e.kind === 'payment')
      .reduce((s: number, e: Entry) => s + e.amountFen, 0);
    expect(paidSoFar).toBe(full);
    // The database itself refuses a second slot for the same family.
    await expect(
      rt.db.kysely
        .insertInto('payment_slots')
        .values({
          family_key: `${personId}|entrepreneurship-subsidy|balance`,
          province: '45',
          entry_id: b?.id ?? '',
          status: 'pending',
          updated_at: 'x',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('re-issues a failed payment as #2 without a second payment in effect', async () => {
    const { app } = ctx();
    const batch = (await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: county })).json();
    const entries: Entry[] = (await app.inject({ method: 'GET', url: '/api/v1/payments?status=batched', headers: county })).json().items;
    expect(entries).toHaveLength(1);
    const e = entries[0];
    if (!e) throw new Error('entry');
    const up = multipart('result.xlsx', await resultFile([[e.id, 'failed', 'ERR-ACCOUNT']]));
    const rec = await app.inject({
      method: 'POST',
      url: `/api/v1/payment-batches/${batch.id}/reconciliation`,
      headers: { ...county, 'content-type': up.contentType },
      payload: up.body,
    });
    expect(rec.json()).toMatchObject({ paid: 0, failed: 1, returned: 0, skipped: 0 });
    const re = await app.inject({ method: 'POST', url: `/api/v1/payments/${e.id}/reissue`, headers: county });
    expect(re.statusCode).toBe(201);
    expect(re.json()).toMatchObject({ attempt: 2, idempotencyKey: `${e.familyKey}#2`, status: 'pending', amountFen: e.amountFen });
    const twice = await app.inject({ method: 'POST', url: `/api/v1/payments/${e.id}/reissue`, headers: county });
    expect(twice.json().code).toBe('payment_not_reissuable');
  });

  it('reverses a paid payment with a negative entry; the ledger rows are unchanged and cannot be updated', async () => {
    const { app, rt } = ctx();
    const paid: Entry[] = (await app.inject({ method: 'GET', url: '/api/v1/payments?status=paid', headers: county })).json().items;
    const e = paid[0];
    if (!e) throw new Error('entry');
    const claimId: string = (await app.inject({ method: 'GET', url: '/api/v1/payments?status=paid', headers: county })).json().items[0]
      .claimId;
    const before = await rawEntries(rt.db.kysely, claimId);
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/payments/${e.id}/reverse`,
      headers: county,
      payload: { reason: '重复发放' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ kind: 'reversal', amountFen: -e.amountFen, reverses: e.id });
    const after = await rawEntries(rt.db.kysely, claimId);
    for (const row of before) expect(after.find((x) => x.id === row.id)).toEqual(row);
    expect(after).toHaveLength(before.length + 1);
    const twice = await app.inject({
      method: 'POST',
      url: `/api/v1/payments/${e.id}/reverse`,
      headers: county,
      payload: { reason: 'again' },
    });
    expect(twice.json().code).toBe('payment_not_reversible');
    // A reversal is not a payment: it can be neither reversed nor re-issued.
    const reversalId: string = r.json().id;
    for (const action of ['reverse', 'reissue']) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/payments/${reversalId}/${action}`,
        headers: county,
        payload: { reason: 'x' },
      });
      expect([action, res.json().code]).toEqual([action, 'not_found']);
    }
    await expect(rt.db.kysely.updateTable('payment_entries').set({ amount_fen: 1 }).where('id', '=', e.id).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(rt.db.kysely.deleteFrom('payment_entries').where('id', '=', e.id).execute()).rejects.toThrow(/append-only/);
    const audit = await rt.services.audit.history('payment_entry', e.id);
    expect(audit[0]?.action).toBe('payment.reversed');
  });
});
