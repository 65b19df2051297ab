/**
 * Labour-sharing routes on both databases: the worker answers over HTTP, the lender's employer and a
 * 东莞 officer asking to consent for a worker are refused with 403 sharing_consent_own_only, another
 * county's officer gets 404 problem+json for the agreement and its answer, and the wage one fen below
 * 东莞's ¥1,900.00 a month is refused with 422 at /wageFen. Test clock: Beijing 2026-11-28.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';

let serial = 500;
const creditCode = () => withCheckChar(`91441900MA${String(++serial).padStart(7, '0')}`);

describeEachDb('labour-sharing routes', (ctx) => {
  let lender: SessionHeaders;
  let officer: SessionHeaders;
  let duan: SessionHeaders;
  let worker: SessionHeaders;
  let body: Record<string, unknown>;

  beforeAll(async () => {
    const { app, rt } = ctx();
    const s = rt.services;
    const firms: string[] = [];
    for (const [name, code] of [
      ['东莞路由出借厂', '441900003'],
      ['东莞路由借入厂', '441900004'],
    ] as const) {
      const e = await s.enterprises.create(systemActor(), { creditCode: creditCode(), name, industryCode: '39', addressCode: code });
      if (!e.ok) throw new Error(e.reason.code);
      firms.push(e.value.id);
    }
    const p = await s.people.create(systemActor(), {
      name: '韦路由',
      idNumber: makeIdNumber('451228', '1993-05-05', 61),
      phone: '13900001111',
      hukouCode: '451228100',
    });
    if (!p.ok) throw new Error(p.reason.code);
    const e = await s.personHistory.addEmployment(systemActor(), p.value.id, {
      enterpriseName: '东莞路由出借厂',
      enterpriseId: firms[0],
      divisionCode: '441900003',
      startDate: '2025-01-01',
    });
    if (!e.ok) throw new Error(e.reason.code);
    ({ headers: lender } = await userSession(app, rt, 'employer', '', { enterpriseId: firms[0] ?? '' }));
    ({ headers: officer } = await userSession(app, rt, 'county_officer', '441900'));
    ({ headers: duan } = await userSession(app, rt, 'county_officer', '451228'));
    ({ headers: worker } = await userSession(app, rt, 'worker', '', { personId: p.value.id }));
    body = {
      lenderId: firms[0],
      borrowerId: firms[1],
      startDate: '2026-12-10',
      endDate: '2026-12-31',
      placeCode: '441900004',
      address: '东莞市南城街道1号',
      occupationCode: '6-18-01-01',
      wageFen: 190000,
      wagePayer: 'borrower',
      injuryInsurer: 'lender',
      workerIds: [p.value.id],
    };
  });

  const call = (headers: SessionHeaders, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    payload === undefined
      ? ctx().app.inject({ method, url: `/api/v1${url}`, headers })
      : ctx().app.inject({ method, url: `/api/v1${url}`, headers, payload });

  it('refuses one fen below the minimum at /wageFen, then drafts and sends; only the worker may answer', async () => {
    const low = await call(lender, 'POST', '/sharing/agreements', { ...body, wageFen: 189999 });
    expect(low.statusCode).toBe(422);
    expect(low.json().code).toBe('sharing_wage_below_minimum');
    expect(low.json().errors[0].path).toBe('/wageFen');
    const made = await call(lender, 'POST', '/sharing/agreements', body);
    expect(made.statusCode).toBe(201);
    const id = String(made.json().id);
    const sent = await call(lender, 'POST', `/sharing/agreements/${id}/send`, { version: made.json().version });
    expect(sent.json().status).toBe('awaiting_consent');

    for (const headers of [lender, officer]) {
      const r = await call(headers, 'POST', `/sharing/agreements/${id}/answer`, { answer: 'consent' });
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('sharing_consent_own_only');
    }
    for (const url of [`/sharing/agreements/${id}`, `/sharing/agreements/${id}/answer`]) {
      const r = url.endsWith('answer') ? await call(duan, 'POST', url, { answer: 'consent' }) : await call(duan, 'GET', url);
      expect(r.statusCode).toBe(404);
      expect(String(r.headers['content-type'])).toContain('application/problem+json');
      expect(r.body).not.toContain('韦路由');
    }
    const yes = await call(worker, 'POST', `/sharing/agreements/${id}/answer`, { answer: 'consent' });
    expect(yes.statusCode).toBe(200);
    expect(yes.json().workers).toEqual([expect.objectContaining({ name: '韦路由', consent: 'consented', lent: false })]);
    const mine = await call(worker, 'GET', '/sharing/agreements');
    expect(mine.json().items.map((a: { id: string }) => a.id)).toEqual([id]);
  });
});
