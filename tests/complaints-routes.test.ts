/**
 * Complaints over HTTP (issue 10, point 3), on both databases: a retried filing with the same
 * Idempotency-Key makes one complaint; a worker files from the phone, attaches evidence and follows
 * the status; another worker and the next county's officer get 404 for the complaint and its file;
 * bad input is refused with field errors.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { workerSignIn, type WorkerSession } from './helpers/worker.js';
import { multipart } from './helpers/upload.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]);

describeEachDb('complaints over HTTP', (ctx) => {
  let duan: SessionHeaders;
  let bama: SessionHeaders;
  let worker: WorkerSession;
  let other: WorkerSession;
  const ids = { me: '', mate: '' };

  beforeAll(async () => {
    const { app, rt } = ctx();
    duan = (await userSession(app, rt, 'county_officer', '451228')).headers;
    bama = (await userSession(app, rt, 'county_officer', '451227')).headers;
    const make = async (name: string, seq: number, phone: string) => {
      const r = await rt.services.people.create(systemActor(), {
        name,
        idNumber: makeIdNumber('451228', '1992-02-02', seq),
        hukouCode: '451228100',
        phone,
      });
      if (!r.ok) throw new Error(r.reason.code);
      return r.value.id;
    };
    ids.me = await make('覃投诉', 21, '13977004001');
    ids.mate = await make('莫同乡', 23, '13977004002');
    worker = await workerSignIn(app, rt, '13977004001');
    other = await workerSignIn(app, rt, '13977004002');
  });

  const body = () => ({
    employerName: '某劳务公司（未登记）',
    employerCode: '441900',
    site: '东莞某工地',
    periodFrom: '2026-08',
    periodTo: '2026-10',
    workers: [
      { personId: ids.me, owedFen: 600000 },
      { personId: ids.mate, owedFen: 450000 },
    ],
  });

  it('a retried filing with the same Idempotency-Key makes one complaint and gets the same answer', async () => {
    const { app } = ctx();
    const headers = { ...duan, 'idempotency-key': 'complaint-retry-0001' };
    const first = await app.inject({ method: 'POST', url: '/api/v1/complaints', headers, payload: body() });
    expect(first.statusCode, first.body).toBe(201);
    const again = await app.inject({ method: 'POST', url: '/api/v1/complaints', headers, payload: body() });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const list = await app.inject({ method: 'GET', url: '/api/v1/complaints', headers: duan });
    expect(list.json().total).toBe(1);
    expect(first.json()).toMatchObject({
      number: '都安-2026-欠000001',
      owedFen: 1050000,
      employerId: null,
      employerPlace: expect.stringContaining('东莞'),
    });
  });

  it('refuses a filing without a site, with the field named', async () => {
    const r = await ctx().app.inject({ method: 'POST', url: '/api/v1/complaints', headers: duan, payload: { ...body(), site: ' ' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('validation_failed');
    expect(r.json().errors.map((e: { path: string }) => e.path)).toEqual(['/site']);
  });

  it('a worker files from the phone, attaches evidence and follows the status; others get 404', async () => {
    const { app } = ctx();
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/me/complaints',
      headers: { ...worker.headers, 'idempotency-key': 'phone-complaint-0001' },
      payload: { employerName: '某劳务公司', site: '东莞某工地', periodFrom: '2026-10', periodTo: '2026-11', owedFen: 380000 },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id: string = filed.json().id;
    expect(filed.json()).toMatchObject({ channel: 'worker', status: 'filed', acceptDue: '2026-12-04', workers: [{ personId: ids.me }] });
    const form = multipart('工资条.png', PNG, 'image/png');
    const up = await app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/evidence`,
      headers: { ...worker.headers, 'content-type': form.contentType },
      payload: form.body,
    });
    expect(up.statusCode, up.body).toBe(200);
    const evidenceId: string = up.json().evidence[0].id;
    const file = await app.inject({ method: 'GET', url: `/api/v1/complaints/${id}/evidence/${evidenceId}`, headers: duan });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    for (const headers of [other.headers, bama]) {
      expect((await app.inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/v1/complaints/${id}/evidence/${evidenceId}`, headers })).statusCode).toBe(404);
    }
    const accepted = await app.inject({ method: 'POST', url: `/api/v1/complaints/${id}/accept`, headers: duan, payload: { version: 1 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/complaints', headers: worker.headers });
    const items: Array<{ id: string; status: string; workers: Array<{ personId: string }> }> = mine.json().items;
    expect(items.find((c) => c.id === id)?.status).toBe('accepted');
    // In the group complaint the worker sees only their own line.
    for (const c of items) expect(c.workers.map((w) => w.personId)).toEqual([ids.me]);
    // A worker cannot take a step.
    const step = await app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/investigate`,
      headers: worker.headers,
      payload: { version: 2 },
    });
    expect([403, 404]).toContain(step.statusCode);
  });
});
