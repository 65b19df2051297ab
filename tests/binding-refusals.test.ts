/**
 * The binding service's refusals and edges (issue 6, point 6), each of which a mutant of
 * `binding.service.ts` removed unnoticed: who may file a request, a bound account filing again, a
 * blank name, an ID number typed with a lower-case check letter, an unmatched request (decided only
 * nationwide, audited on the national chain), unbinding a record nobody holds, a merge into a record
 * another account already holds, and a confirmation after the account was bound by another path.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { workerSignIn } from './helpers/worker.js';
import { makeIdNumber } from '../src/modules/people/id-number.js';
import { systemActor } from '../src/modules/actor.js';

/** The first sequence number whose ID number ends in the check letter X (the fixture needs one). */
function idEndingInX(region: string, birth: string): string {
  for (let seq = 1; seq < 999; seq++) {
    const id = makeIdNumber(region, birth, seq);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no ID number ending in X');
}

const ids = {
  bound: makeIdNumber('451228', '1985-02-03', 13),
  letterX: idEndingInX('451228', '1986-04-05'),
  nobody: makeIdNumber('451228', '1988-06-07', 15),
  dupHeld: makeIdNumber('451228', '1992-08-09', 17),
  survivorHeld: makeIdNumber('451228', '1992-08-10', 19),
  raced: makeIdNumber('451228', '1994-10-11', 21),
  elsewhere: makeIdNumber('451228', '1994-10-12', 25),
  unknown: makeIdNumber('451228', '1970-01-01', 27),
};

describeEachDb('binding refusals and edges', (ctx) => {
  let town: SessionHeaders;
  let county: SessionHeaders;
  let nationwide: SessionHeaders;
  const person: Partial<Record<keyof typeof ids, string>> = {};

  beforeAll(async () => {
    const { app, rt } = ctx();
    town = (await userSession(app, rt, 'township_officer', '451228100')).headers;
    county = (await userSession(app, rt, 'county_officer', '451228')).headers;
    nationwide = (await userSession(app, rt, 'county_officer', '')).headers;
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
    await make('bound', '韦已绑', '13977002001');
    await make('letterX', '蓝叉号');
    await make('nobody', '覃无人');
    await make('dupHeld', '黄两号', '13977002004');
    await make('survivorHeld', '黄两号', '13977002005');
    await make('raced', '莫竞争');
    await make('elsewhere', '莫别处');
  });

  const bind = (headers: SessionHeaders, payload: Record<string, unknown>) =>
    ctx().app.inject({ method: 'POST', url: '/api/v1/auth/worker/bind', headers, payload });

  it('a staff account files no request and has no binding state; a bound worker is told so; a blank name is refused on its field', async () => {
    const { app, rt } = ctx();
    const staff = await bind(county, { idNumber: ids.letterX, name: '蓝叉号' });
    expect([staff.statusCode, staff.json().code]).toEqual([403, 'forbidden']);
    const staffState = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: county });
    expect(staffState.statusCode).toBe(403);

    const bound = await workerSignIn(app, rt, '13977002001');
    expect(bound.personId).toBe(person.bound);
    const again = await bind(bound.headers, { idNumber: ids.letterX, name: '蓝叉号' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    expect(again.json().message).toEqual({ zh: '账户已绑定登记信息', en: 'The account is already bound to a registry record' });
    const boundState = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: bound.headers });
    expect(boundState.json()).toEqual({ bound: true, request: null });

    const fresh = await workerSignIn(app, rt, '13600002001');
    const blank = await bind(fresh.headers, { idNumber: ids.letterX, name: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors.map((e: { path: string }) => e.path)).toEqual(['/name']);
    const state = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: fresh.headers });
    expect(state.json()).toEqual({ bound: false, request: null });
  });

  it('an ID number typed with a lower-case x and a name with spaces around it still match the record, which the officer then binds', async () => {
    const { app, rt } = ctx();
    const w = await workerSignIn(app, rt, '13600002002');
    const typed = `${ids.letterX.slice(0, 17)}x`;
    const filed = await bind(w.headers, { idNumber: typed, name: ' 蓝叉号 ', note: `  ${'换'.repeat(496)}  ` });
    expect(filed.statusCode).toBe(202);
    const queue = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: town });
    const item = queue.json().items.find((i: { id: string }) => i.id === filed.json().request.id);
    expect(item).toMatchObject({ submittedName: '蓝叉号', note: '换'.repeat(496) });
    expect(item.person).toMatchObject({ id: person.letterX });
    const confirmed = await app.inject({ method: 'POST', url: `/api/v1/bindings/${String(item.id)}/confirm`, headers: town });
    expect(confirmed.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: w.headers });
    expect(me.json().idNumber).toBe(ids.letterX);
  });

  it('a request that matched no record is decided only by a nationwide officer, and its rejection is audited on the national chain', async () => {
    const { app, rt } = ctx();
    const w = await workerSignIn(app, rt, '13600002003');
    const filed = await bind(w.headers, { idNumber: ids.unknown, name: '无此人' });
    const id: string = filed.json().request.id;
    const unknownId = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${id.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}/reject`,
      headers: county,
      payload: { reason: '查无此人' },
    });
    expect([unknownId.statusCode, unknownId.json().code]).toEqual([404, 'out_of_jurisdiction']);
    const byCounty = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${id}/reject`,
      headers: county,
      payload: { reason: '查无此人' },
    });
    expect([byCounty.statusCode, byCounty.json().code]).toEqual([404, 'out_of_jurisdiction']);
    const byCountyConfirm = await app.inject({ method: 'POST', url: `/api/v1/bindings/${id}/confirm`, headers: county });
    expect([byCountyConfirm.statusCode, byCountyConfirm.json().code]).toEqual([404, 'out_of_jurisdiction']);
    const inCountyQueue = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: county });
    expect(inCountyQueue.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const inNationalQueue = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: nationwide });
    expect(inNationalQueue.json().items.map((i: { id: string }) => i.id)).toContain(id);

    const blank = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${id}/reject`,
      headers: nationwide,
      payload: { reason: '   ' },
    });
    expect(blank.json().errors.map((e: { path: string }) => e.path)).toEqual(['/reason']);
    const done = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${id}/reject`,
      headers: nationwide,
      payload: { reason: '  查无此人，请携带身份证到窗口办理  ' },
    });
    expect(done.statusCode).toBe(200);
    const state = await app.inject({ method: 'GET', url: '/api/v1/auth/worker/binding', headers: w.headers });
    expect(state.json().request).toMatchObject({ status: 'rejected', reason: '查无此人，请携带身份证到窗口办理' });
    const audit = await rt.services.audit.history('user', w.userId);
    // Newest first.
    expect(audit.filter((a) => a.action.startsWith('worker.binding')).map((a) => [a.action, a.province, a.details])).toEqual([
      ['worker.binding_rejected', '00', { requestId: id }],
      ['worker.binding_requested', '00', { requestId: id, matched: false }],
    ]);
    const twice = await app.inject({
      method: 'POST',
      url: `/api/v1/bindings/${id}/reject`,
      headers: nationwide,
      payload: { reason: '再次' },
    });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'binding_decided']);
  });

  it('unbinding a record no account holds is refused with its reason; a blank reason is refused first', async () => {
    const { app } = ctx();
    const blank = await app.inject({
      method: 'POST',
      url: '/api/v1/bindings/unbind',
      headers: town,
      payload: { personId: person.nobody, reason: ' ' },
    });
    expect(blank.json().errors.map((e: { path: string }) => e.path)).toEqual(['/reason']);
    const none = await app.inject({
      method: 'POST',
      url: '/api/v1/bindings/unbind',
      headers: town,
      payload: { personId: person.nobody, reason: '误绑' },
    });
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toEqual({ zh: '该登记信息没有绑定账户', en: 'No account is bound to this record' });
  });

  it('a merge into a record another account holds unbinds the duplicate’s account, audited with why; the survivor’s account keeps it', async () => {
    const { app, rt } = ctx();
    const dupHolder = await workerSignIn(app, rt, '13977002004');
    const survivorHolder = await workerSignIn(app, rt, '13977002005');
    expect([dupHolder.personId, survivorHolder.personId]).toEqual([person.dupHeld, person.survivorHeld]);
    const merged = await app.inject({
      method: 'POST',
      url: '/api/v1/people/merge',
      headers: county,
      payload: { survivorId: person.survivorHeld, duplicateId: person.dupHeld, reason: '重复登记' },
    });
    expect(merged.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: dupHolder.headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/person', headers: survivorHolder.headers })).json().id).toBe(
      person.survivorHeld,
    );
    const history = await rt.services.audit.history('person', String(person.dupHeld));
    const unbound = history.filter((h) => h.action === 'worker.unbound');
    expect(unbound.map((h) => h.details)).toEqual([
      { userId: dupHolder.userId, reason: `merged into ${String(person.survivorHeld)}, which another account holds` },
    ]);
    const moved = await rt.services.audit.history('person', String(person.survivorHeld));
    expect(moved.map((h) => h.action)).not.toContain('worker.binding_moved');
  });

  it('a confirmation after the account was bound to another record meanwhile is refused, and nothing changes', async () => {
    const { app, rt } = ctx();
    const w = await workerSignIn(app, rt, '13600002006');
    const filed = await bind(w.headers, { idNumber: ids.raced, name: '莫竞争' });
    // Another path bound the account between the request and the decision.
    await rt.db.kysely
      .updateTable('users')
      .set({ person_id: String(person.elsewhere) })
      .where('id', '=', w.userId)
      .execute();
    const confirm = await app.inject({ method: 'POST', url: `/api/v1/bindings/${String(filed.json().request.id)}/confirm`, headers: town });
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().message).toEqual({ zh: '该账户已绑定其他登记信息', en: 'The account is already bound to another record' });
    const user = await rt.db.kysely.selectFrom('users').select('person_id').where('id', '=', w.userId).executeTakeFirstOrThrow();
    expect(user.person_id).toBe(person.elsewhere);
    const history = await rt.services.audit.history('person', String(person.raced));
    expect(history.map((h) => h.action)).not.toContain('worker.binding_confirmed');
    const queue = await app.inject({ method: 'GET', url: '/api/v1/bindings?status=pending', headers: town });
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(filed.json().request.id);
  });
});
