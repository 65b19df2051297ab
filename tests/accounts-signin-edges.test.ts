/**
 * Sign-in edges of the auth service (issue 6, point 9), each guarding a line a mutant removed
 * unnoticed: the running count of wrong passwords in the audit log and the lock recorded with the
 * limit; a disabled account refused before any password is checked or counted; the user agent kept
 * to 300 characters; a password changed over an API token refused with why, and one changed over a
 * session handing a new session on (the old cookie ends), audited as reissued; a second sign-out of
 * an ended session writing nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type TestRuntime } from './helpers/runtime.js';
import { login } from './helpers/session.js';
import { systemActor } from '../src/modules/actor.js';

const PASSWORD = 'Passw0rd-edges-1';

async function account(rt: TestRuntime, username: string): Promise<string> {
  const r = await rt.services.users.create(systemActor(), {
    username,
    displayName: username,
    role: 'county_officer',
    jurisdiction: '451228',
    password: PASSWORD,
  });
  if (!r.ok) throw new Error(`could not create ${username}: ${r.reason.code}`);
  return r.value.user.id;
}

const meta = { ip: null, userAgent: null, requestId: null };

describeEachDb('sign-in edges', (ctx) => {
  const id: Record<string, string> = {};
  beforeAll(async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    for (const name of ['edge_counted', 'edge_disabled', 'edge_agent', 'edge_changer', 'edge_leaver']) id[name] = await account(rt, name);
  });

  const actionsOf = async (userId: string, prefix: string) =>
    (await ctx().rt.services.audit.history('user', userId)).filter((e) => e.action.startsWith(prefix)).reverse();

  it('audits each wrong password with the running count, and the one reaching the limit as the lock with the limit', async () => {
    const { rt } = ctx();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await rt.services.auth.login('edge_counted', 'wrong-password-1', meta);
      codes.push(r.ok ? 'ok' : r.reason.code);
    }
    expect(codes).toEqual(['invalid_credentials', 'invalid_credentials', 'invalid_credentials', 'invalid_credentials', 'account_locked']);
    const entries = await actionsOf(String(id.edge_counted), 'auth.');
    expect(entries.map((e) => [e.action, e.details])).toEqual([
      ['auth.login_failed', { failures: 1 }],
      ['auth.login_failed', { failures: 2 }],
      ['auth.login_failed', { failures: 3 }],
      ['auth.login_failed', { failures: 4 }],
      ['auth.locked', { failures: 5 }],
    ]);
  });

  it('refuses a disabled account as disabled with the right password and with a wrong one, counting nothing', async () => {
    const { rt } = ctx();
    const disabled = await rt.services.users.setDisabled(systemActor(), String(id.edge_disabled), true);
    expect(disabled.ok).toBe(true);
    for (const pw of [PASSWORD, 'wrong-password-1']) {
      const r = await rt.services.auth.login('edge_disabled', pw, meta);
      expect(r.ok ? 'ok' : r.reason.code).toBe('account_disabled');
    }
    const row = await rt.db.kysely
      .selectFrom('users')
      .select('failed_logins')
      .where('id', '=', String(id.edge_disabled))
      .executeTakeFirstOrThrow();
    expect(Number(row.failed_logins)).toBe(0);
    expect(await actionsOf(String(id.edge_disabled), 'auth.login')).toEqual([]);
  });

  it('keeps the first 300 characters of the user agent with the session', async () => {
    const { rt } = ctx();
    const agent = `Mozilla/5.0 ${'长'.repeat(400)}`;
    const r = await rt.services.auth.login('edge_agent', PASSWORD, { ...meta, ip: '203.0.113.9', userAgent: agent });
    expect(r.ok).toBe(true);
    const row = await rt.db.kysely
      .selectFrom('sessions')
      .select(['user_agent', 'ip'])
      .where('user_id', '=', String(id.edge_agent))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_agent: agent.slice(0, 300), ip: '203.0.113.9' });
  });

  it('refuses a password change over an API token with why; over a session it hands a new session on and ends the old one', async () => {
    const { app } = ctx();
    const headers = await login(app, 'edge_changer', PASSWORD);
    const minted = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers,
      payload: { name: 'changer', jurisdiction: '451228' },
    });
    const bearer = { authorization: `Bearer ${String(minted.json().token)}` };
    const byToken = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: bearer,
      payload: { currentPassword: PASSWORD, newPassword: 'Changed-pass-22' },
    });
    expect([byToken.statusCode, byToken.json().code]).toEqual([403, 'forbidden']);
    expect(byToken.json().message).toEqual({ zh: 'API 令牌不能修改密码', en: 'An API token cannot change the password' });

    const bySession = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: PASSWORD, newPassword: 'Changed-pass-22' },
    });
    expect(bySession.statusCode).toBe(200);
    const cookie = bySession.cookies.find((c) => c.name === 'wg_session');
    expect(cookie?.value).toBeTruthy();
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
    const fresh = { cookie: `wg_session=${String(cookie?.value)}` };
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: fresh })).statusCode).toBe(200);
    const changed = await actionsOf(String(id.edge_changer), 'auth.password_changed');
    expect(changed.map((e) => e.details)).toEqual([{ sessionReissued: true }]);
  });

  it('audits a sign-out once: signing out an ended session again writes nothing', async () => {
    const { rt } = ctx();
    const r = await rt.services.auth.login('edge_leaver', PASSWORD, meta);
    if (!r.ok) throw new Error(r.reason.code);
    await rt.services.auth.logout(r.value.token);
    await rt.services.auth.logout(r.value.token);
    expect(await rt.services.auth.fromSession(r.value.token, null)).toBeNull();
    expect((await actionsOf(String(id.edge_leaver), 'auth.logout')).length).toBe(1);
    // Two sign-outs of one session at the same moment: one ends it, the other finds it ended.
    const again = await rt.services.auth.login('edge_leaver', PASSWORD, meta);
    if (!again.ok) throw new Error(again.reason.code);
    await Promise.all([rt.services.auth.logout(again.value.token), rt.services.auth.logout(again.value.token)]);
    expect((await actionsOf(String(id.edge_leaver), 'auth.logout')).length).toBe(2);
  });
});
