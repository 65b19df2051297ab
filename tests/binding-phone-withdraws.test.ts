/**
 * A worker who filed a binding request and is later bound by phone (an officer added the phone to
 * the record) has nothing left for an officer to decide: the pending request is withdrawn in the same
 * sign-in, and the queue no longer lists it.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { workerSignIn } from './helpers/worker.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

describeEachDb('a pending binding request after a binding by phone', (ctx) => {
  it('is withdrawn when the worker is bound by phone at a later sign-in', async () => {
    const { app, rt } = ctx();
    const idNumber = makeIdNumber('451228', '1986-05-06', 71);
    const created = await rt.services.people.create(systemActor(), { name: '韦后补', idNumber, hukouCode: '451228100' });
    if (!created.ok) throw new Error(created.reason.code);
    const phone = '13977002001';

    const first = await workerSignIn(app, rt, phone);
    expect(first.personId).toBeNull();
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/worker/bind',
      headers: first.headers,
      payload: { idNumber, name: '韦后补' },
    });
    expect(filed.statusCode).toBe(202);
    const county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const before = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: county });
    expect(before.json().items).toHaveLength(1);

    const person = created.value;
    const { idNumber: _masked, phone: _p, bankAccount: _b, ...rest } = person as unknown as Record<string, unknown>;
    void _masked;
    void _p;
    void _b;
    const updated = await rt.services.people.update(systemActor(), person.id, {
      ...(rest as { name: string; hukouCode: string }),
      phone,
      keep: ['idNumber', 'bankAccount'],
      version: person.version,
    });
    if (!updated.ok) throw new Error(updated.reason.code);

    rt.clock.advance(2 * 60_000); // past the one-minute resend wait
    const again = await workerSignIn(app, rt, phone);
    expect(again.personId).toBe(person.id);
    const state = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: again.headers });
    expect(state.json()).toMatchObject({ bound: true, request: { status: 'withdrawn' } });
    const after = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: county });
    expect(after.json().items).toHaveLength(0);
    expect(after.json().total).toBe(0);
  });
});
