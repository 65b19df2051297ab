/**
 * Exact-instant boundaries. The earlier reconsideration test used day 0 and day 61, so a period one
 * day short (or a `>=` for `>`) passed; these cases stand on the last instant inside each period
 * and the first instant after it, in Asia/Shanghai business dates where the rule is a date:
 *
 * - reconsideration: refused on D, the worker or lodging officer may ask until D + N days inclusive
 *   (N = WUGONG_RECONSIDERATION_DAYS, default 60). Refused 2026-11-28 (Shanghai) → last day
 *   2027-01-27 (Nov 28 + 2 = Nov 30, + 31 = Dec 31, + 27 = Jan 27: 60 days); a refusal at 00:30 on
 *   Nov 29 Shanghai time (16:30 UTC on Nov 28) counts from Nov 29 → last day 2027-01-28.
 * - one-time sign-in code: valid for 5 minutes (refused from 5:00.000), a new one after 60 seconds.
 * - session: 12 hours (WUGONG_SESSION_TTL_HOURS). Lock-out: 15 minutes after the 5th failure.
 * - API token with an expiry: usable until the instant before it.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type Ctx } from './helpers/runtime.js';
import { login, type SessionHeaders } from './helpers/session.js';
import { systemActor, type Role } from '../src/modules/actor.js';

const PASSWORD = 'Passw0rd-boundary-1';
const START = '2026-11-28T02:00:00.000Z'; // 10:00 in Shanghai
const notFirstBusiness = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: false,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};

async function createUser(c: Ctx, username: string, role: Role, jurisdiction: string): Promise<string> {
  const r = await c.rt.services.users.create(systemActor(), { username, displayName: username, role, jurisdiction, password: PASSWORD });
  if (!r.ok) throw new Error(`user ${username}: ${r.reason.code}`);
  return r.value.user.id;
}

/** Signs in at the clock's current instant (sessions last 12 hours, so each step signs in afresh). */
const signIn = (c: Ctx, username: string): Promise<SessionHeaders> => login(c.app, username, PASSWORD);

async function call(
  c: Ctx,
  headers: SessionHeaders,
  url: string,
  payload: object,
): Promise<{ status: number; body: { id: string; status?: string; code?: string; reconsiderationUntil?: string | null } }> {
  const res = await c.app.inject({ method: 'POST', url, headers, payload });
  return { status: res.statusCode, body: res.json() };
}

/** Lodges (as the county officer) and refuses (as the township officer) a claim at the clock's current instant. */
async function refusedClaim(c: Ctx, personId: string, prefix: string): Promise<{ id: string; until: string | null | undefined }> {
  const lodged = await call(c, await signIn(c, `${prefix}_county`), '/api/v1/claims', {
    programId: 'entrepreneurship-subsidy',
    personId,
    facts: notFirstBusiness,
  });
  if (lodged.status !== 201) throw new Error(`claim: ${lodged.status} ${JSON.stringify(lodged.body)}`);
  const refused = await call(c, await signIn(c, `${prefix}_town`), `/api/v1/claims/${lodged.body.id}/review`, {
    outcome: 'refuse',
    reason: '非首次创业',
  });
  if (refused.body.status !== 'refused') throw new Error(`refuse: ${JSON.stringify(refused.body)}`);
  return { id: lodged.body.id, until: refused.body.reconsiderationUntil };
}

async function askAt(c: Ctx, prefix: string, instant: string, claimId: string) {
  c.rt.clock.set(instant);
  return call(c, await signIn(c, `${prefix}_county`), `/api/v1/claims/${claimId}/reconsideration`, { reason: '补充材料' });
}

async function setUpPeople(c: Ctx, prefix: string): Promise<string> {
  await createUser(c, `${prefix}_county`, 'county_officer', '451228');
  await createUser(c, `${prefix}_town`, 'township_officer', '451228100');
  // GB 11643 check character hand-computed in src/modules/people/id-number.cases.test.ts.
  const p = await c.rt.services.people.create(systemActor(), { name: '韦复议', idNumber: '451228198711291237', hukouCode: '451228100' });
  if (!p.ok) throw new Error('person');
  return p.value.id;
}

describeEachDb('reconsideration period: the default 60 days', (ctx) => {
  const claims: Record<'a' | 'b' | 'late1' | 'late2', { id: string; until: string | null | undefined }> = {
    a: { id: '', until: null },
    b: { id: '', until: null },
    late1: { id: '', until: null },
    late2: { id: '', until: null },
  };

  beforeAll(async () => {
    const c = ctx();
    const personId = await setUpPeople(c, 'r60');
    c.rt.clock.set(START);
    claims.a = await refusedClaim(c, personId, 'r60');
    claims.b = await refusedClaim(c, personId, 'r60');
    c.rt.clock.set('2026-11-28T16:30:00.000Z'); // 00:30 on 29 November in Shanghai
    claims.late1 = await refusedClaim(c, personId, 'r60');
    claims.late2 = await refusedClaim(c, personId, 'r60');
    c.rt.clock.set(START);
  });

  it('the refusal names the last day, counted from the Shanghai date of the refusal', () => {
    expect([claims.a.until, claims.b.until, claims.late1.until, claims.late2.until]).toEqual([
      '2027-01-27',
      '2027-01-27',
      '2027-01-28',
      '2027-01-28',
    ]);
  });

  it('day 60 is accepted up to its last millisecond in Shanghai', async () => {
    const r = await askAt(ctx(), 'r60', '2027-01-27T15:59:59.999Z', claims.a.id);
    expect([r.status, r.body.status]).toEqual([200, 'reconsideration_requested']);
  });

  it('day 61 is refused from its first millisecond in Shanghai', async () => {
    const r = await askAt(ctx(), 'r60', '2027-01-27T16:00:00.000Z', claims.b.id);
    expect(r.body.code).toBe('reconsideration_expired');
    expect(r.status).toBeGreaterThanOrEqual(400);
  });

  it('a refusal just after midnight in Shanghai runs one day longer', async () => {
    const inside = await askAt(ctx(), 'r60', '2027-01-28T15:59:59.999Z', claims.late1.id);
    expect(inside.body.status).toBe('reconsideration_requested');
    const outside = await askAt(ctx(), 'r60', '2027-01-28T16:00:00.000Z', claims.late2.id);
    expect(outside.body.code).toBe('reconsideration_expired');
  });
});

describeEachDb(
  'reconsideration period: WUGONG_RECONSIDERATION_DAYS=10',
  (ctx) => {
    const claims = { inside: '', outside: '' };

    beforeAll(async () => {
      const c = ctx();
      const personId = await setUpPeople(c, 'r10');
      c.rt.clock.set(START);
      const a = await refusedClaim(c, personId, 'r10');
      const b = await refusedClaim(c, personId, 'r10');
      if (a.until !== '2026-12-08' || b.until !== '2026-12-08') throw new Error(`until ${String(a.until)}`); // Nov 28 + 10 days
      claims.inside = a.id;
      claims.outside = b.id;
    });

    it('day 10 accepted, day 11 refused', async () => {
      expect((await askAt(ctx(), 'r10', '2026-12-08T15:59:59.999Z', claims.inside)).body.status).toBe('reconsideration_requested');
      expect((await askAt(ctx(), 'r10', '2026-12-08T16:00:00.000Z', claims.outside)).body.code).toBe('reconsideration_expired');
    });
  },
  { reconsiderationDays: 10 },
);

describeEachDb('sign-in clocks: code, session, lock-out, token', (ctx) => {
  beforeAll(async () => {
    const c = ctx();
    await createUser(c, 'clock_officer', 'county_officer', '451228');
    await createUser(c, 'clock_locked', 'county_officer', '451228');
  });

  async function sendCode(c: Ctx, phone: string): Promise<{ status: number; code?: string }> {
    const res = await c.app.inject({ method: 'POST', url: '/api/v1/auth/worker/code', payload: { phone } });
    return { status: res.statusCode, code: res.statusCode === 200 ? undefined : res.json().code };
  }

  async function lastCode(c: Ctx, phone: string): Promise<string> {
    await c.rt.services.outbox.drain();
    const texts = c.rt.services.sms
      .recent()
      .filter((m) => m.to === phone)
      .map((m) => m.text);
    const m = /(\d{6})/.exec(texts[0] ?? '');
    if (!m?.[1]) throw new Error('no code in the SMS log');
    return m[1];
  }

  const workerLogin = (c: Ctx, phone: string, code: string) =>
    c.app.inject({ method: 'POST', url: '/api/v1/auth/worker/login', payload: { phone, code } });

  it('a one-time code works at 4:59.999 and not at 5:00.000', async () => {
    const c = ctx();
    c.rt.clock.set(START);
    expect((await sendCode(c, '13907785001')).status).toBe(200);
    const inside = await lastCode(c, '13907785001');
    c.rt.clock.set('2026-11-28T02:04:59.999Z');
    expect((await workerLogin(c, '13907785001', inside)).statusCode).toBe(200);

    c.rt.clock.set('2026-11-28T03:00:00.000Z');
    expect((await sendCode(c, '13907785002')).status).toBe(200);
    const outside = await lastCode(c, '13907785002');
    c.rt.clock.set('2026-11-28T03:05:00.000Z');
    const late = await workerLogin(c, '13907785002', outside);
    expect(late.statusCode).toBeGreaterThanOrEqual(400);
    expect(late.json().code).toBe('otp_invalid');
  });

  it('a new code is refused at 59.999 seconds and sent at 60 seconds', async () => {
    const c = ctx();
    c.rt.clock.set('2026-11-28T04:00:00.000Z');
    expect((await sendCode(c, '13907785003')).status).toBe(200);
    c.rt.clock.set('2026-11-28T04:00:59.999Z');
    expect(await sendCode(c, '13907785003')).toEqual({ status: 429, code: 'otp_too_soon' });
    c.rt.clock.set('2026-11-28T04:01:00.000Z');
    expect((await sendCode(c, '13907785003')).status).toBe(200);
  });

  it('a session lasts 12 hours to the millisecond', async () => {
    const c = ctx();
    c.rt.clock.set('2026-11-28T05:00:00.000Z');
    const headers = await signIn(c, 'clock_officer');
    c.rt.clock.set('2026-11-28T16:59:59.999Z');
    expect((await c.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(200);
    c.rt.clock.set('2026-11-28T17:00:00.000Z');
    expect((await c.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });

  it('a lock-out lasts 15 minutes to the millisecond', async () => {
    const c = ctx();
    c.rt.clock.set('2026-11-28T06:00:00.000Z');
    const attempt = (password: string) =>
      c.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clock_locked', password } });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt('wrong-password-1')).json().code);
    expect(codes).toEqual(['invalid_credentials', 'invalid_credentials', 'invalid_credentials', 'invalid_credentials', 'account_locked']);
    c.rt.clock.set('2026-11-28T06:14:59.999Z');
    expect((await attempt(PASSWORD)).json().code).toBe('account_locked');
    c.rt.clock.set('2026-11-28T06:15:00.000Z');
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
  });

  it('an API token with an expiry works until the millisecond before it', async () => {
    const c = ctx();
    c.rt.clock.set('2026-11-28T07:00:00.000Z');
    const headers = await signIn(c, 'clock_officer');
    const created = await c.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'boundary', jurisdiction: '451228', expiresAt: '2026-11-29T07:00:00.000Z' },
    });
    expect(created.statusCode).toBe(200);
    const bearer = { authorization: `Bearer ${String(created.json().token)}` };
    c.rt.clock.set('2026-11-29T06:59:59.999Z');
    expect((await c.app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer })).statusCode).toBe(200);
    c.rt.clock.set('2026-11-29T07:00:00.000Z');
    expect((await c.app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer })).statusCode).toBe(401);
  });
});
