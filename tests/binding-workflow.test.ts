/**
 * Binding requests on the kernel workflow (issue 6, decision 163): a request moves only from pending,
 * once, guarded by status and version, and every step — confirm, reject, withdraw by a new request,
 * withdraw by a binding by phone — is audited on the request with its from, to and version.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { workerSignIn, type WorkerSession } from './helpers/worker.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

function officer(userId: string): Actor {
  return {
    userId,
    username: userId,
    role: 'county_officer',
    jurisdiction: '451228',
    department: null,
    personId: null,
    enterpriseId: null,
    requestId: null,
  };
}

describeEachDb('binding requests as a workflow', (ctx) => {
  let county: Actor;
  const person: Record<string, { id: string; idNumber: string }> = {};

  beforeAll(async () => {
    const { app, rt } = ctx();
    county = officer((await userSession(app, rt, 'county_officer', '451228')).userId);
    for (const [key, seq] of [
      ['a', 21],
      ['b', 23],
      ['c', 25],
    ] as const) {
      const idNumber = makeIdNumber('451228', '1990-09-09', seq);
      const r = await rt.services.people.create(systemActor(), { name: '韦绑定', idNumber, hukouCode: '451228100' });
      if (!r.ok) throw new Error(r.reason.code);
      person[key] = { id: r.value.id, idNumber };
    }
  });

  const file = async (w: WorkerSession, key: string): Promise<string> => {
    const res = await ctx().app.inject({
      method: 'POST',
      url: '/api/v1/auth/worker/bind',
      headers: w.headers,
      payload: { idNumber: person[key]!.idNumber, name: '韦绑定' },
    });
    expect(res.statusCode).toBe(202);
    const body: { request: { id: string } } = res.json();
    return body.request.id;
  };
  const request = (id: string) =>
    ctx().rt.db.kysely.selectFrom('worker_binding_requests').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
  const steps = async (id: string) =>
    (
      await ctx()
        .rt.db.kysely.selectFrom('audit_log')
        .select(['action', 'details'])
        .where('entity_type', '=', 'binding_request')
        .where('entity_id', '=', id)
        .orderBy('id')
        .execute()
    ).map((r) => ({ action: r.action, ...(JSON.parse(r.details) as Record<string, unknown>) }));

  it('confirms a pending request once: version 0 → 1, the step audited', async () => {
    const w = await workerSignIn(ctx().app, ctx().rt, '13977003001');
    const id = await file(w, 'a');
    expect(await request(id)).toEqual({ status: 'pending', version: 0 });
    const r = await ctx().rt.services.bindings.confirm(county, id);
    expect(r.ok).toBe(true);
    expect(await request(id)).toEqual({ status: 'confirmed', version: 1 });
    expect(await steps(id)).toEqual([
      expect.objectContaining({ action: 'binding_request.confirm', from: 'pending', to: 'confirmed', version: 1, userId: w.userId }),
    ]);
    const again = await ctx().rt.services.bindings.reject(county, id, '重复');
    expect(!again.ok && again.reason.code).toBe('binding_decided');
  });

  it('lets one of a confirm and a reject at the same moment through', async () => {
    const w = await workerSignIn(ctx().app, ctx().rt, '13977003002');
    const id = await file(w, 'b');
    const results = await Promise.all([
      ctx().rt.services.bindings.confirm(county, id),
      ctx().rt.services.bindings.reject(county, id, '身份存疑'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && !lost.ok && lost.reason.code).toBe('binding_decided');
    expect((await request(id)).version).toBe(1);
    expect(await steps(id)).toHaveLength(1);
  });

  it('withdraws the pending request by workflow when a new one is filed, and when the phone binds', async () => {
    const { app, rt } = ctx();
    const phone = '13977003003';
    const w = await workerSignIn(app, rt, phone);
    const first = await file(w, 'c');
    const second = await file(w, 'c');
    expect(await request(first)).toEqual({ status: 'withdrawn', version: 1 });
    expect(await steps(first)).toEqual([expect.objectContaining({ action: 'binding_request.withdraw', from: 'pending', to: 'withdrawn' })]);

    const p = await rt.services.people.get(systemActor(), person.c!.id);
    if (!p.ok) throw new Error(p.reason.code);
    const updated = await rt.services.people.update(systemActor(), person.c!.id, {
      name: p.value.name,
      hukouCode: p.value.hukouCode,
      phone,
      keep: ['idNumber', 'bankAccount'],
      version: p.value.version,
    });
    if (!updated.ok) throw new Error(updated.reason.code);
    rt.clock.advance(2 * 60_000); // past the one-minute resend wait
    const again = await workerSignIn(app, rt, phone);
    expect(again.personId).toBe(person.c!.id);
    expect(await request(second)).toEqual({ status: 'withdrawn', version: 1 });
    expect(await steps(second)).toEqual([
      expect.objectContaining({ action: 'binding_request.withdraw', from: 'pending', to: 'withdrawn' }),
    ]);
  });
});
