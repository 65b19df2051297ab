/**
 * Idempotency-Keys belong to the caller. The earlier test had one user, so a key shared across users
 * (the stored answer looked up by the header alone) went unnoticed: a second user reusing the first
 * user's key must get their own answer — never a replay of the first user's (which would hand them
 * another user's record or one-time password) and never a conflict with it.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';

// Hand-computed GB 11643 numbers (src/modules/people/id-number.cases.test.ts shows the working).
const ID_A = '451228198711291237';
const ID_B = '451229199212132486';

describeEachDb('idempotency keys are per user', (ctx) => {
  let duanA: SessionHeaders;
  let duanB: SessionHeaders;
  let dongguan: SessionHeaders;
  let adminA: SessionHeaders;
  let adminB: SessionHeaders;

  beforeAll(async () => {
    const { app, rt } = ctx();
    duanA = (await userSession(app, rt, 'county_officer', '451228')).headers;
    duanB = (await userSession(app, rt, 'county_officer', '451228')).headers;
    dongguan = (await userSession(app, rt, 'county_officer', '441900')).headers;
    adminA = (await userSession(app, rt, 'admin', '')).headers;
    adminB = (await userSession(app, rt, 'admin', '')).headers;
  });

  it('a user of another county reusing the key with the same request gets their own refusal, not the first answer', async () => {
    const { app } = ctx();
    const key = 'shared-key-people-0001';
    const body = { name: '韦幂等', idNumber: ID_A, hukouCode: '451228100', phone: '13907781234' };
    const first = await app.inject({ method: 'POST', url: '/api/v1/people', headers: { ...duanA, 'idempotency-key': key }, payload: body });
    expect(first.statusCode).toBe(200);
    const personId: string = first.json().id;

    const foreign = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: { ...dongguan, 'idempotency-key': key },
      payload: body,
    });
    expect(foreign.headers['idempotent-replayed']).toBeUndefined();
    expect(foreign.statusCode).toBeGreaterThanOrEqual(400);
    expect(foreign.statusCode).toBeLessThan(500);
    expect(['forbidden', 'out_of_jurisdiction']).toContain(foreign.json().code);
    expect(foreign.body).not.toContain(personId);
    expect(foreign.body).not.toContain('韦幂等');

    // The first user's own repeat is still a replay of their answer.
    const again = await app.inject({ method: 'POST', url: '/api/v1/people', headers: { ...duanA, 'idempotency-key': key }, payload: body });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(personId);
  });

  it('a colleague reusing the key for a different request is answered on its own, not refused as a conflict', async () => {
    const { app } = ctx();
    const key = 'shared-key-people-0002';
    const other = { name: '蓝幂等', idNumber: ID_B, hukouCode: '451228101' };
    // duanA used the key first, for a request that differs from the colleague's.
    const firstBody = { name: '韦幂等二', idNumber: '431121197611182481', hukouCode: '451228100' };
    const first = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: { ...duanA, 'idempotency-key': key },
      payload: firstBody,
    });
    expect(first.statusCode).toBe(200);

    const mine = await app.inject({ method: 'POST', url: '/api/v1/people', headers: { ...duanB, 'idempotency-key': key }, payload: other });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['idempotent-replayed']).toBeUndefined();
    expect(mine.json()).toMatchObject({ name: '蓝幂等', hukouCode: '451228101' });
    expect(mine.json().id).not.toBe(first.json().id);

    const mineAgain = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: { ...duanB, 'idempotency-key': key },
      payload: other,
    });
    expect(mineAgain.headers['idempotent-replayed']).toBe('true');
    expect(mineAgain.json().id).toBe(mine.json().id);
  });

  it('a second administrator reusing the key to create the same account does not receive the first one-time password', async () => {
    const { app } = ctx();
    const key = 'shared-key-users-0003';
    const body = { username: 'idem_shared_user', displayName: '幂等', role: 'township_officer', jurisdiction: '451228' };
    const first = await app.inject({ method: 'POST', url: '/api/v1/users', headers: { ...adminA, 'idempotency-key': key }, payload: body });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...adminB, 'idempotency-key': key },
      payload: body,
    });
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    // Their own answer: the user name is taken.
    expect(second.statusCode).toBe(409);
    expect(second.json().code).not.toBe('idempotency_conflict');
    expect(second.body).not.toContain(first.json().user.id);
  });
});
