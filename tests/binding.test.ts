/**
 * Binding a worker's phone account to a registry record (issue 6, point 6). A phone binds by itself
 * only when the record carries that phone; an ID number and a name only file a request, which an
 * officer whose jurisdiction holds the person confirms or rejects. Nothing of the record is shown
 * before the binding holds, one account per record is enforced by the database, unbinding is audited,
 * and a merged-away record takes no binding.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { workerSignIn, type WorkerSession } from './helpers/worker.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

const ids = {
  withPhone: makeIdNumber('451228', '1991-03-04', 11),
  requested: makeIdNumber('451228', '1987-07-08', 23),
  taken: makeIdNumber('451228', '1989-09-10', 35),
  duplicate: makeIdNumber('451228', '1990-01-02', 47),
  survivor: makeIdNumber('451228', '1990-01-03', 49),
  movedDup: makeIdNumber('451228', '1993-06-15', 61),
  movedSurvivor: makeIdNumber('451228', '1993-06-16', 63),
  unknown: makeIdNumber('451228', '1979-12-12', 57),
};

interface RequestAnswer {
  received: boolean;
  request: { id: string; status: string; submittedAt: string; decidedAt: string | null; reason: string | null };
}

describeEachDb('binding a worker account to a registry record', (ctx, dialect) => {
  let town: SessionHeaders;
  let otherTown: SessionHeaders;
  let nextCounty: SessionHeaders;
  let county: SessionHeaders;
  const person: Record<keyof typeof ids, string> = {
    withPhone: '',
    requested: '',
    taken: '',
    duplicate: '',
    survivor: '',
    movedDup: '',
    movedSurvivor: '',
    unknown: '',
  };
  let requester: WorkerSession;
  let requestId = '';

  beforeAll(async () => {
    const { app, rt } = ctx();
    town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    otherTown = (await userSession(app, rt, 'township_officer', '451228101')).headers;
    nextCounty = (await userSession(app, rt, 'county_officer', '451227')).headers;
    county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    const make = async (key: keyof typeof ids, name: string, phone?: string) => {
      const r = await rt.services.people.create(systemActor(), {
        name,
        idNumber: ids[key],
        hukouCode: '451228100',
        ...(phone ? { phone } : {}),
      });
      if (!r.ok) throw new Error(`person ${name}: ${r.reason.code}`);
      person[key] = r.value.id;
    };
    await make('withPhone', '韦有号', '13977001001');
    await make('requested', '蓝请求');
    await make('taken', '覃已绑', '13977001005');
    await make('duplicate', '黄重复');
    await make('survivor', '黄重复');
    await make('movedDup', '莫搬家', '13977001008');
    await make('movedSurvivor', '莫搬家');
  });

  it('binds at sign-in when the record carries the signed-in phone, and shows the record unmasked', async () => {
    const { app, rt } = ctx();
    const w = await workerSignIn(app, rt, '13977001001');
    expect(w.personId).toBe(person.withPhone);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: w.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().idNumber).toBe(ids.withPhone);
  });

  it('an ID number and a name only file a request: nothing of the record is shown, and an unknown ID number gets the same answer', async () => {
    const { app, rt } = ctx();
    requester = await workerSignIn(app, rt, '13600001001');
    expect(requester.personId).toBeNull();
    const known = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/worker/bind',
      headers: requester.headers,
      payload: { idNumber: ids.requested, name: '蓝请求', note: '我换了手机号' },
    });
    expect(known.statusCode).toBe(202);
    const body: RequestAnswer = known.json();
    expect(body).toEqual({
      received: true,
      request: { id: expect.any(String), status: 'pending', submittedAt: expect.any(String), decidedAt: null, reason: null },
    });
    requestId = body.request.id;
    expect(known.body).not.toContain(person.requested);
    expect(known.body).not.toContain('1987');

    const stranger = await workerSignIn(app, rt, '13600001002');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/worker/bind',
      headers: stranger.headers,
      payload: { idNumber: ids.unknown, name: '无此人' },
    });
    const wrongName = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/worker/bind',
      headers: stranger.headers,
      payload: { idNumber: ids.requested, name: '蓝二' },
    });
    for (const other of [unknown, wrongName]) {
      expect(other.statusCode).toBe(202);
      const o: RequestAnswer = other.json();
      expect({ ...o, request: { ...o.request, id: requestId } }).toEqual(body);
    }

    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: requester.headers });
    expect(me.statusCode).toBe(404);
    expect(me.body).not.toContain(ids.requested);
    const state = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: requester.headers });
    expect(state.json()).toEqual({
      bound: false,
      request: { id: requestId, status: 'pending', submittedAt: body.request.submittedAt, decidedAt: null, reason: null },
    });
  });

  it('only an officer whose jurisdiction holds the person sees and confirms the request', async () => {
    const { app, rt } = ctx();
    for (const foreign of [nextCounty, otherTown]) {
      const queue = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: foreign });
      expect(queue.statusCode).toBe(200);
      expect(queue.json().items.map((i: { id: string }) => i.id)).not.toContain(requestId);
      const confirm = await app.inject({ method: 'POST', url: `/api/v1/bindings/${requestId}/confirm`, headers: foreign });
      expect(confirm.statusCode).toBe(404);
      expect(confirm.json().code).toBe('out_of_jurisdiction');
    }
    const queue = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: town });
    const items: Array<{
      id: string;
      submittedName: string;
      note: string | null;
      phoneMasked: string;
      person: { id: string; name: string; idNumberMasked: string } | null;
    }> = queue.json().items;
    // The request whose ID number matches no record is not in a township queue.
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: requestId,
      submittedName: '蓝请求',
      note: '我换了手机号',
      phoneMasked: '136****1001',
      person: { id: person.requested, name: '蓝请求' },
    });
    expect(items[0]?.person?.idNumberMasked).toBe(`${ids.requested.slice(0, 4)}**********${ids.requested.slice(14)}`);

    const confirmed = await app.inject({ method: 'POST', url: `/api/v1/bindings/${requestId}/confirm`, headers: town });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: requester.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().idNumber).toBe(ids.requested);
    const state = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: requester.headers });
    expect(state.json()).toMatchObject({ bound: true, request: { id: requestId, status: 'confirmed' } });
    const history = await rt.services.audit.history('person', person.requested);
    expect(history.map((h) => h.action)).toContain('worker.binding_confirmed');
  });

  it('one account per record: a second request is refused at confirmation, the database refuses it, and the record phone no longer binds', async () => {
    const { app, rt } = ctx();
    const second = await workerSignIn(app, rt, '13600001003');
    const req = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/worker/bind',
        headers: second.headers,
        payload: { idNumber: ids.requested, name: '蓝请求' },
      })
    ).json();
    const refused = await app.inject({ method: 'POST', url: `/api/v1/bindings/${req.request.id}/confirm`, headers: town });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('person_already_bound');
    const still = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: second.headers });
    expect(still.statusCode).toBe(404);

    await expect(
      rt.db.kysely.updateTable('users').set({ person_id: person.requested }).where('id', '=', second.userId).execute(),
    ).rejects.toThrow(dialect === 'postgres' ? /users_person_unique/ : /UNIQUE constraint failed: users\.person_id/);

    // The record's own phone signs in after another account holds the record: signed in, not bound.
    const other = await workerSignIn(app, rt, '13600001005');
    const forTaken = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/worker/bind',
        headers: other.headers,
        payload: { idNumber: ids.taken, name: '覃已绑' },
      })
    ).json();
    expect((await app.inject({ method: 'POST', url: `/api/v1/bindings/${forTaken.request.id}/confirm`, headers: town })).statusCode).toBe(
      200,
    );
    const owner = await workerSignIn(app, rt, '13977001005');
    expect(owner.personId).toBeNull();
  });

  it('an officer in jurisdiction unbinds an account (audited); the worker then reads nothing', async () => {
    const { app, rt } = ctx();
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/v1/bindings/unbind',
      headers: nextCounty,
      payload: { personId: person.requested, reason: '误绑' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('out_of_jurisdiction');
    const done = await app.inject({
      method: 'POST',
      url: '/api/v1/bindings/unbind',
      headers: town,
      payload: { personId: person.requested, reason: '本人来电说明手机已丢失' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ personId: person.requested, userId: requester.userId });
    const history = await rt.services.audit.history('person', person.requested);
    const entry = history.find((h) => h.action === 'worker.unbound');
    expect(entry?.details).toMatchObject({ userId: requester.userId, reason: '本人来电说明手机已丢失' });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: requester.headers });
    expect(me.statusCode).toBe(404);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/bindings/unbind',
      headers: town,
      payload: { personId: person.requested, reason: '再次' },
    });
    expect(again.statusCode).toBe(404);
  });

  it("a rejected request shows its state and the officer's reason to the worker; a rejection needs a reason", async () => {
    const { app, rt } = ctx();
    const w = await workerSignIn(app, rt, '13600001006');
    const req: RequestAnswer = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/worker/bind',
        headers: w.headers,
        payload: { idNumber: ids.requested, name: '蓝请求' },
      })
    ).json();
    const empty = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${req.request.id}/reject`,
      headers: town,
      payload: { reason: ' ' },
    });
    expect(empty.statusCode).toBe(400);
    const foreign = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${req.request.id}/reject`,
      headers: otherTown,
      payload: { reason: '不是本人' },
    });
    expect(foreign.statusCode).toBe(404);
    const reason = '请携带身份证到安阳镇劳动保障所办理';
    expect(
      (await app.inject({ method: 'POST', url: `/api/v1/bindings/${req.request.id}/reject`, headers: town, payload: { reason } }))
        .statusCode,
    ).toBe(200);
    const state = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: w.headers });
    expect(state.json()).toMatchObject({ bound: false, request: { id: req.request.id, status: 'rejected', reason } });
  });

  it('a merged-away record takes no binding: confirmation names the surviving record; a binding held moves to the survivor', async () => {
    const { app, rt } = ctx();
    const w = await workerSignIn(app, rt, '13600001007');
    const req: RequestAnswer = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/worker/bind',
        headers: w.headers,
        payload: { idNumber: ids.duplicate, name: '黄重复' },
      })
    ).json();
    const merged = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers: county,
      payload: { survivorId: person.survivor, duplicateId: person.duplicate, reason: '重复登记' },
    });
    expect(merged.statusCode).toBe(200);
    const refused = await app.inject({ method: 'POST', url: `/api/v1/bindings/${req.request.id}/confirm`, headers: town });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('person_merged');
    expect(refused.json().message.en).toContain(person.survivor);
    expect(refused.json().message.zh).toContain(person.survivor);

    const holder = await workerSignIn(app, rt, '13977001008');
    expect(holder.personId).toBe(person.movedDup);
    const m2 = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers: county,
      payload: { survivorId: person.movedSurvivor, duplicateId: person.movedDup, reason: '重复登记' },
    });
    expect(m2.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: holder.headers });
    expect(me.json().id).toBe(person.movedSurvivor);
    const history = await rt.services.audit.history('person', person.movedSurvivor);
    expect(history.map((h) => h.action)).toContain('worker.binding_moved');
  });
});
