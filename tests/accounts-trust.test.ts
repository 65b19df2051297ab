/**
 * Issue 6, point 9: lock-out counted atomically; a password change, reset or disable ends every
 * session and API token; tokens expire; tokens are listed and revoked by their owner and by an
 * administrator of the owner's jurisdiction; workers mint no tokens. Every ending is audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql } from 'kysely';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { availableDialects, describeEachDb, pgUrl, type TestRuntime } from './helpers/runtime.js';
import { openPostgres, openSqlite } from '../src/db/database.js';
import type { App } from '../src/http/app.js';
import { systemActor, type Role } from '../src/modules/actor.js';
import { loadConfig, ConfigError } from '../src/config.js';
import { migrationList } from '../src/db/migrations/index.js';

const PASSWORD = 'Passw0rd-trust-1';
const T0 = '2026-11-28T02:00:00.000Z';
type Headers = Record<string, string>;

/** Creates an account with a known password. */
async function account(rt: TestRuntime, username: string, role: Role, jurisdiction: string): Promise<string> {
  const r = await rt.services.users.create(systemActor(), { username, displayName: username, role, jurisdiction, password: PASSWORD });
  if (!r.ok) throw new Error(`could not create ${username}: ${r.reason.code}`);
  return r.value.user.id;
}

/** Signs in through the service (not the rate-limited route) and returns cookie and CSRF headers. */
async function signIn(rt: TestRuntime, username: string, password = PASSWORD): Promise<Headers> {
  const r = await rt.services.auth.login(username, password, { ip: null, userAgent: null, requestId: null });
  if (!r.ok) throw new Error(`sign-in of ${username} refused: ${r.reason.code}`);
  return { cookie: `wg_session=${r.value.token}`, 'x-csrf-token': r.value.csrfToken };
}

async function mint(app: App, headers: Headers, name: string, jurisdiction: string): Promise<{ id: string; token: string }> {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers, payload: { name, jurisdiction } });
  if (r.statusCode !== 200) throw new Error(`mint ${name}: ${r.statusCode} ${r.body}`);
  const body: { id: string; token: string } = r.json();
  return body;
}

const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });

async function status(app: App, headers: Headers): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode;
}

async function tokenStatus(app: App, token: string): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: bearer(token) })).statusCode;
}

interface AuditRowLite {
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_id: string | null;
  details: Record<string, unknown>;
}

async function auditOf(rt: TestRuntime, entityIds: string[]): Promise<AuditRowLite[]> {
  const rows = await rt.db.kysely
    .selectFrom('audit_log')
    .select(['action', 'entity_type', 'entity_id', 'actor_id', 'details'])
    .where('entity_id', 'in', entityIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const d: unknown = JSON.parse(r.details);
    return { ...r, details: d !== null && typeof d === 'object' ? Object.fromEntries(Object.entries(d)) : {} };
  });
}

describeEachDb('lock-out counted atomically', (ctx) => {
  let racer = '';
  let nearly = '';
  beforeAll(async () => {
    const { rt } = ctx();
    racer = await account(rt, 'racer', 'township_officer', '451228100');
    nearly = await account(rt, 'nearly', 'township_officer', '451228100');
  });

  it('locks after exactly five of twenty wrong passwords sent at the same moment, as one after another would', async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => rt.services.auth.login('racer', 'wrong-passw0rd', { ip: null, userAgent: null, requestId: null })),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.reason.code));
    // Sequentially: failures 1–4 are wrong passwords, the fifth locks, the remaining fifteen meet the lock.
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(4);
    expect(codes.filter((c) => c === 'account_locked')).toHaveLength(16);
    const row = await rt.db.kysely
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', racer)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 0, locked_until: '2026-11-28T02:15:00.000Z' });
    const audit = await auditOf(rt, [racer]);
    expect(audit.filter((a) => a.action === 'auth.login_failed')).toHaveLength(4);
    expect(audit.filter((a) => a.action === 'auth.locked')).toHaveLength(1);
  });

  it('keeps the lock until its last millisecond and lets the right password in at the minute it ends', async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:14:59.999Z');
    const still = await rt.services.auth.login('racer', PASSWORD, { ip: null, userAgent: null, requestId: null });
    expect(still.ok ? 'ok' : still.reason.code).toBe('account_locked');
    rt.clock.set('2026-11-28T02:15:00.000Z');
    const free = await rt.services.auth.login('racer', PASSWORD, { ip: null, userAgent: null, requestId: null });
    expect(free.ok).toBe(true);
  });

  it('does not lock after four wrong passwords at once, and the right one then clears the count', async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => rt.services.auth.login('nearly', 'wrong-passw0rd', { ip: null, userAgent: null, requestId: null })),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.reason.code))).toEqual(Array(4).fill('invalid_credentials'));
    const four = await rt.db.kysely
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', nearly)
      .executeTakeFirstOrThrow();
    expect(four).toEqual({ failed_logins: 4, locked_until: null });
    expect((await rt.services.auth.login('nearly', PASSWORD, { ip: null, userAgent: null, requestId: null })).ok).toBe(true);
    const cleared = await rt.db.kysely.selectFrom('users').select('failed_logins').where('id', '=', nearly).executeTakeFirstOrThrow();
    expect(cleared.failed_logins).toBe(0);
  });
});

describeEachDb('credentials end with a password change, a reset or a disable', (ctx) => {
  let admin: Headers = {};
  let adminId = '';
  const ids: Record<string, string> = {};
  const sessions: Record<string, Headers[]> = {};
  const tokens: Record<string, Array<{ id: string; token: string }>> = {};
  let bystander = { id: '', token: '' };
  let bystanderSession: Headers = {};

  beforeAll(async () => {
    const { app, rt } = ctx();
    rt.clock.set(T0);
    adminId = await account(rt, 'trust_admin', 'admin', '');
    admin = await signIn(rt, 'trust_admin');
    for (const name of ['changer', 'resetee', 'disablee', 'racer2']) {
      ids[name] = await account(rt, name, 'county_officer', '451228');
      sessions[name] = [await signIn(rt, name), await signIn(rt, name)];
      const first = sessions[name]?.[0] ?? {};
      tokens[name] = [await mint(app, first, `${name}-a`, '451228'), await mint(app, first, `${name}-b`, '451228100')];
    }
    await account(rt, 'bystander', 'county_officer', '451228');
    bystanderSession = await signIn(rt, 'bystander');
    bystander = await mint(app, bystanderSession, 'bystander', '451228');
  });

  it('a self password change ends every other session and every token, and re-issues the caller a new session', async () => {
    const { app, rt } = ctx();
    const [caller = {}, other = {}] = sessions.changer ?? [];
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: caller,
      payload: { currentPassword: PASSWORD, newPassword: 'Changed-passw0rd' },
    });
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.find((c) => c.name === 'wg_session');
    expect(cookie?.value).toBeTruthy();
    const body: { csrfToken: string } = r.json();
    const renewed = { cookie: `wg_session=${cookie?.value ?? ''}`, 'x-csrf-token': body.csrfToken };
    expect(renewed.cookie).not.toBe(caller.cookie);
    expect(await status(app, caller)).toBe(401);
    expect(await status(app, other)).toBe(401);
    expect(await status(app, renewed)).toBe(200);
    for (const t of tokens.changer ?? []) expect(await tokenStatus(app, t.token)).toBe(401);
    // Someone else's credentials are untouched.
    expect(await status(app, bystanderSession)).toBe(200);
    expect(await tokenStatus(app, bystander.token)).toBe(200);
    const audit = await auditOf(rt, [ids.changer ?? '', ...(tokens.changer ?? []).map((t) => t.id)]);
    expect(audit.find((a) => a.action === 'auth.sessions_ended')?.details).toEqual({ reason: 'password_changed', count: 2 });
    expect(
      audit
        .filter((a) => a.action === 'token.revoked')
        .map((a) => [a.entity_id, a.details.reason])
        .sort(),
    ).toEqual((tokens.changer ?? []).map((t) => [t.id, 'password_changed']).sort());
  });

  it('an administrator’s reset ends every session and token of the account', async () => {
    const { app, rt } = ctx();
    const r = await app.inject({ method: 'POST', url: `/api/v1/users/${ids.resetee ?? ''}/reset-password`, headers: admin });
    expect(r.statusCode).toBe(200);
    for (const s of sessions.resetee ?? []) expect(await status(app, s)).toBe(401);
    for (const t of tokens.resetee ?? []) expect(await tokenStatus(app, t.token)).toBe(401);
    expect(await tokenStatus(app, bystander.token)).toBe(200);
    const audit = await auditOf(rt, [ids.resetee ?? '', ...(tokens.resetee ?? []).map((t) => t.id)]);
    expect(audit.find((a) => a.action === 'auth.sessions_ended')).toMatchObject({
      actor_id: adminId,
      details: { reason: 'password_reset', count: 2 },
    });
    expect(
      audit
        .filter((a) => a.action === 'token.revoked')
        .map((a) => [a.entity_id, a.actor_id, a.details.reason])
        .sort(),
    ).toEqual((tokens.resetee ?? []).map((t) => [t.id, adminId, 'password_reset']).sort());
    // A one-time password mints nothing before it is changed.
    const oneTime: string = r.json().oneTimePassword;
    const s = await signIn(rt, 'resetee', oneTime);
    const minted = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: s,
      payload: { name: 'early', jurisdiction: '451228' },
    });
    expect(minted.json().code).toBe('password_change_required');
  });

  it('disabling ends every session and token, and enabling brings none of them back', async () => {
    const { app, rt } = ctx();
    const id = ids.disablee ?? '';
    expect((await app.inject({ method: 'POST', url: `/api/v1/users/${id}/disable`, headers: admin })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/users/${id}/enable`, headers: admin })).statusCode).toBe(200);
    for (const s of sessions.disablee ?? []) expect(await status(app, s)).toBe(401);
    for (const t of tokens.disablee ?? []) expect(await tokenStatus(app, t.token)).toBe(401);
    const listed = await app.inject({ method: 'GET', url: `/api/v1/users/${id}/tokens`, headers: admin });
    expect(listed.statusCode).toBe(200);
    const items: Array<{ id: string; status: string; revokedReason: string | null }> = listed.json().items;
    expect(items.map((t) => [t.id, t.status, t.revokedReason]).sort()).toEqual(
      (tokens.disablee ?? []).map((t) => [t.id, 'revoked', 'disabled']).sort(),
    );
    const audit = await auditOf(rt, [id]);
    expect(audit.find((a) => a.action === 'auth.sessions_ended')?.details).toEqual({ reason: 'disabled', count: 2 });
  });

  it('a token minted while the password changes either is refused or ends with the change', async () => {
    const { app, rt } = ctx();
    const [caller = {}, other = {}] = sessions.racer2 ?? [];
    await Promise.all([
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: caller,
        payload: { currentPassword: PASSWORD, newPassword: 'Raced-passw0rd-2' },
      }),
      ...Array.from({ length: 6 }, (_v, i) =>
        app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: other, payload: { name: `race-${i}`, jurisdiction: '451228' } }),
      ),
    ]);
    const live = await rt.db.kysely
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', ids.racer2 ?? '')
      .where('revoked_at', 'is', null)
      .execute();
    expect(live).toEqual([]);
  });

  it('signing out ends the session and is audited', async () => {
    const { app, rt } = ctx();
    const id = await account(rt, 'leaver', 'county_officer', '451228');
    const s = await signIn(rt, 'leaver');
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s })).statusCode).toBe(200);
    expect(await status(app, s)).toBe(401);
    expect((await auditOf(rt, [id])).filter((a) => a.action === 'auth.logout')).toHaveLength(1);
  });
});

describeEachDb('API tokens expire', (ctx) => {
  let headers: Headers = {};
  beforeAll(async () => {
    const { rt } = ctx();
    rt.clock.set(T0);
    await account(rt, 'expirer', 'county_officer', '451228');
    headers = await signIn(rt, 'expirer');
  });

  it('a token lives 90 days by default: accepted at the last millisecond, refused as unauthenticated at the 90th day', async () => {
    const { app, rt } = ctx();
    rt.clock.set(T0);
    const t = await mint(app, headers, 'ninety', '451228');
    const listed: Array<{ id: string; expiresAt: string; createdAt: string }> = (
      await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers })
    ).json().items;
    // 2026-11-28 + 90 days: 2 left in November, 31 in December, 31 in January, 26 in February.
    expect(listed.find((x) => x.id === t.id)).toMatchObject({ createdAt: T0, expiresAt: '2027-02-26T02:00:00.000Z' });
    rt.clock.set('2027-02-26T01:59:59.999Z');
    expect(await tokenStatus(app, t.token)).toBe(200);
    rt.clock.set('2027-02-26T02:00:00.000Z');
    const refused = await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: bearer(t.token) });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('unauthenticated');
    expect(await tokenStatus(app, t.token)).toBe(401);
    const audit = await auditOf(rt, [t.id]);
    expect(audit.filter((a) => a.action === 'token.expired')).toHaveLength(1);
    rt.clock.set(T0);
  });

  it('records the last use and refuses a requested expiry in the past or beyond the configured lifetime', async () => {
    const { app, rt } = ctx();
    rt.clock.set(T0);
    const past = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'past', jurisdiction: '451228', expiresAt: '2026-11-28T01:59:59.999Z' },
    });
    expect(past.json().code).toBe('validation_failed');
    const beyond = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'beyond', jurisdiction: '451228', expiresAt: '2027-02-26T02:00:00.001Z' },
    });
    expect(beyond.json().code).toBe('validation_failed');
    const edge = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'edge', jurisdiction: '451228', expiresAt: '2026-12-01T00:00:00.000Z' },
    });
    expect(edge.statusCode).toBe(200);
    rt.clock.set('2026-11-29T08:30:00.000Z');
    expect(await tokenStatus(app, edge.json().token)).toBe(200);
    rt.clock.set(T0);
    const listed: Array<{ id: string; name: string; expiresAt: string; lastUsedAt: string | null; status: string; jurisdiction: string }> =
      (await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers })).json().items;
    expect(listed.find((x) => x.id === edge.json().id)).toEqual(
      expect.objectContaining({
        name: 'edge',
        jurisdiction: '451228',
        expiresAt: '2026-12-01T00:00:00.000Z',
        lastUsedAt: '2026-11-29T08:30:00.000Z',
        status: 'active',
      }),
    );
  });

  it('refuses an expiry at this very millisecond and keeps one at the last allowed millisecond as asked', async () => {
    const { app, rt } = ctx();
    rt.clock.set(T0);
    const now = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'now', jurisdiction: '451228', expiresAt: T0 },
    });
    expect(now.json().code).toBe('validation_failed');
    const last = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'last', jurisdiction: '451228', expiresAt: '2027-02-26T02:00:00.000Z' },
    });
    expect(last.statusCode).toBe(200);
    expect(last.json().expiresAt).toBe('2027-02-26T02:00:00.000Z');
  });
});

describeEachDb(
  'API token lifetime is configurable',
  (ctx) => {
    it('a token lives the configured 7 days', async () => {
      const { app, rt } = ctx();
      rt.clock.set(T0);
      await account(rt, 'weekly', 'county_officer', '451228');
      const t = await mint(app, await signIn(rt, 'weekly'), 'week', '451228');
      rt.clock.set('2026-12-05T01:59:59.999Z');
      expect(await tokenStatus(app, t.token)).toBe(200);
      rt.clock.set('2026-12-05T02:00:00.000Z');
      expect(await tokenStatus(app, t.token)).toBe(401);
    });
  },
  { tokenDays: 7 },
);

describe('WUGONG_TOKEN_DAYS', () => {
  it('defaults to 90, accepts 1 to 3650 and refuses 0', () => {
    expect(loadConfig({}).tokenDays).toBe(90);
    expect(loadConfig({ WUGONG_TOKEN_DAYS: '30' }).tokenDays).toBe(30);
    expect(() => loadConfig({ WUGONG_TOKEN_DAYS: '0' })).toThrow(ConfigError);
  });
});

describeEachDb('who mints, lists and revokes tokens', (ctx) => {
  let countyAdmin: Headers = {};
  let countyAdminId = '';
  let officer: Headers = {};
  let officerId = '';
  let neighbourId = '';
  let neighbourToken = { id: '', token: '' };
  let officerTokens: Array<{ id: string; token: string }> = [];

  beforeAll(async () => {
    const { app, rt } = ctx();
    rt.clock.set(T0);
    countyAdminId = await account(rt, 'da_admin', 'admin', '451228');
    countyAdmin = await signIn(rt, 'da_admin');
    officerId = await account(rt, 'da_officer', 'township_officer', '451228100');
    officer = await signIn(rt, 'da_officer');
    officerTokens = [
      await mint(app, officer, 'one', '451228100'),
      await mint(app, officer, 'two', '451228100'),
      await mint(app, officer, 'three', '451228100'),
    ];
    // Bama county (451227), same prefecture and province, outside the Du'an administrator's reach.
    neighbourId = await account(rt, 'bm_officer', 'township_officer', '451227100');
    neighbourToken = await mint(app, await signIn(rt, 'bm_officer'), 'bama', '451227100');
    await account(rt, 'worker1', 'worker', '451228');
    await account(rt, 'employer1', 'employer', '451228');
  });

  it('refuses a worker a token and lets an employer keep minting', async () => {
    const { app, rt } = ctx();
    const w = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: await signIn(rt, 'worker1'),
      payload: { name: 'w', jurisdiction: '451228' },
    });
    expect(w.statusCode).toBe(403);
    expect(w.json().code).toBe('forbidden');
    const e = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: await signIn(rt, 'employer1'),
      payload: { name: 'e', jurisdiction: '451228' },
    });
    expect(e.statusCode).toBe(200);
  });

  it('refuses an API token minting another token or changing the password', async () => {
    const { app } = ctx();
    const t = officerTokens[2]?.token ?? '';
    const m = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: bearer(t),
      payload: { name: 'child', jurisdiction: '451228100' },
    });
    expect(m.statusCode).toBe(403);
    expect(m.json().code).toBe('forbidden');
    const p = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: bearer(t),
      payload: { currentPassword: PASSWORD, newPassword: 'Other-passw0rd-3' },
    });
    expect(p.json().code).toBe('forbidden');
  });

  it('lets a user list and revoke their own tokens, not someone else’s', async () => {
    const { app, rt } = ctx();
    const [one = { id: '', token: '' }] = officerTokens;
    const listed: Array<{ id: string; name: string; status: string }> = (
      await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: officer })
    ).json().items;
    expect(listed.map((t) => t.name).sort()).toEqual(['one', 'three', 'two']);
    const foreign = await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${neighbourToken.id}`, headers: officer });
    expect(foreign.statusCode).toBe(404);
    expect(await tokenStatus(app, neighbourToken.token)).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${one.id}`, headers: officer })).statusCode).toBe(200);
    expect(await tokenStatus(app, one.token)).toBe(401);
    const audit = await auditOf(rt, [one.id]);
    expect(audit.filter((a) => a.action === 'token.revoked').map((a) => [a.actor_id, a.details.reason])).toEqual([[officerId, 'owner']]);
  });

  it('lets an administrator list and revoke the tokens of an account in their jurisdiction only', async () => {
    const { app, rt } = ctx();
    const two = officerTokens[1] ?? { id: '', token: '' };
    const listed = await app.inject({ method: 'GET', url: `/api/v1/users/${officerId}/tokens`, headers: countyAdmin });
    expect(listed.statusCode).toBe(200);
    const items: Array<{ id: string; name: string; jurisdiction: string; createdAt: string; expiresAt: string; status: string }> =
      listed.json().items;
    expect(items.find((t) => t.id === two.id)).toEqual(
      expect.objectContaining({
        name: 'two',
        jurisdiction: '451228100',
        createdAt: T0,
        expiresAt: '2027-02-26T02:00:00.000Z',
        status: 'active',
      }),
    );
    const outside = await app.inject({ method: 'GET', url: `/api/v1/users/${neighbourId}/tokens`, headers: countyAdmin });
    expect(outside.statusCode).toBe(404);
    const outsideRevoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${neighbourId}/tokens/${neighbourToken.id}`,
      headers: countyAdmin,
    });
    expect(outsideRevoke.statusCode).toBe(404);
    expect(await tokenStatus(app, neighbourToken.token)).toBe(200);
    // A token id under the wrong account is not found either.
    const mismatched = await app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${officerId}/tokens/${neighbourToken.id}`,
      headers: countyAdmin,
    });
    expect(mismatched.statusCode).toBe(404);
    const revoked = await app.inject({ method: 'DELETE', url: `/api/v1/users/${officerId}/tokens/${two.id}`, headers: countyAdmin });
    expect(revoked.statusCode).toBe(200);
    expect(await tokenStatus(app, two.token)).toBe(401);
    const audit = await auditOf(rt, [two.id]);
    expect(audit.filter((a) => a.action === 'token.revoked').map((a) => [a.actor_id, a.details.reason])).toEqual([
      [countyAdminId, 'administrator'],
    ]);
  });

  it('refuses a non-administrator the account token routes', async () => {
    const { app } = ctx();
    const r = await app.inject({ method: 'GET', url: `/api/v1/users/${officerId}/tokens`, headers: officer });
    expect(r.statusCode).toBe(403);
  });
});

describe('migration 0009 gives existing tokens an expiry', () => {
  for (const dialect of availableDialects()) {
    it(`sets 90 days from the migration on tokens that had none [${dialect}]`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-m9-'));
      const schema = dialect === 'postgres' ? `t_${crypto.randomBytes(6).toString('hex')}` : undefined;
      if (schema) await adminQuery(`create schema ${schema}`);
      const db = schema ? openPostgres(pgUrl ?? '', { searchPath: schema, max: 2 }) : openSqlite(path.join(dir, 'm.db'));
      try {
        const migrator = new Migrator({
          db: db.kysely,
          provider: { getMigrations: async () => Object.fromEntries(migrationList.map(([n, f]) => [n, f(db.dialect)])) },
          ...(schema ? { migrationTableSchema: schema } : {}),
        });
        const to8 = await migrator.migrateTo('0008_benefits');
        expect(to8.error).toBeUndefined();
        const id = crypto.randomUUID();
        await sql`insert into users (id, username, display_name, role, jurisdiction, password_hash, created_at, updated_at)
          values ('u-legacy', 'legacy', 'Legacy', 'county_officer', '451228', 'x', ${T0}, ${T0})`.execute(db.kysely);
        await sql`insert into api_tokens (id, user_id, name, token_hash, jurisdiction, created_at)
          values (${id}, 'u-legacy', 'legacy', 'h-legacy', '451228', ${T0})`.execute(db.kysely);
        const before = Date.now();
        const to9 = await migrator.migrateTo('0009_account_trust');
        const after = Date.now();
        expect(to9.error).toBeUndefined();
        const row = await db.kysely.selectFrom('api_tokens').select('expires_at').where('id', '=', id).executeTakeFirstOrThrow();
        const at = new Date(row.expires_at).getTime();
        const ninety = 90 * 86_400_000;
        expect(at).toBeGreaterThanOrEqual(before + ninety);
        expect(at).toBeLessThanOrEqual(after + ninety);
      } finally {
        await db.destroy();
        if (schema) await adminQuery(`drop schema ${schema} cascade`);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
