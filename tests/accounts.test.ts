import { describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { login, userSession } from './helpers/session.js';
import { systemActor } from '../src/modules/actor.js';

describeEachDb('accounts and sessions', (ctx) => {
  it('refuses a wrong password with problem+json and locks after repeated failures', async () => {
    const { app, rt } = ctx();
    await rt.services.users.create(systemActor(), {
      username: 'lockme',
      displayName: 'L',
      role: 'township_officer',
      jurisdiction: '451228',
      password: 'Correct-horse-9',
    });
    for (let i = 0; i < 4; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'lockme', password: 'wrong-password-1' },
      });
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({ code: 'invalid_credentials', message: { zh: expect.any(String), en: expect.any(String) } });
    }
    const fifth = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'lockme', password: 'wrong-password-1' },
    });
    expect(fifth.json().code).toBe('account_locked');
    const right = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'lockme', password: 'Correct-horse-9' },
    });
    expect(right.json().code).toBe('account_locked');
    rt.clock.advance(16 * 60_000);
    await login(app, 'lockme', 'Correct-horse-9');
  });

  it('requires the CSRF token on unsafe requests made with a session cookie', async () => {
    const { app, rt } = ctx();
    const { headers: s } = await userSession(app, rt, 'admin', '');
    const without = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: { cookie: s.cookie },
      payload: { name: 'x', jurisdiction: '45' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_invalid');
    const withToken = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: s,
      payload: { name: 'x', jurisdiction: '45' },
    });
    expect(withToken.statusCode).toBe(200);
  });

  it('revokes sessions on logout and when an administrator disables the account', async () => {
    const { app, rt } = ctx();
    const { headers: admin } = await userSession(app, rt, 'admin', '');
    const { headers: officer, userId: officerId } = await userSession(app, rt, 'county_officer', '451228');
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: officer })).statusCode).toBe(200);
    const dis = await app.inject({ method: 'POST', url: `/api/v1/users/${officerId}/disable`, headers: admin });
    expect(dis.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: officer })).statusCode).toBe(401);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: admin });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: admin })).statusCode).toBe(401);
  });

  it('lets an administrator manage only accounts inside their own jurisdiction', async () => {
    const { app, rt } = ctx();
    const { headers: countyAdmin } = await userSession(app, rt, 'admin', '451228');
    const outside = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: countyAdmin,
      payload: { username: 'dg_officer', displayName: 'DG', role: 'county_officer', jurisdiction: '441900' },
    });
    expect(outside.statusCode).toBe(403);
    const inside = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: countyAdmin,
      payload: { username: 'da_officer', displayName: '都安专员', role: 'township_officer', jurisdiction: '451228100' },
    });
    expect(inside.statusCode).toBe(200);
    const body = inside.json();
    expect(body.oneTimePassword).toMatch(/^.{14}$/);
    const s = await login(app, 'da_officer', body.oneTimePassword);
    const blocked = await app.inject({ method: 'GET', url: '/api/v1/users', headers: s });
    expect(blocked.json().code).toBe('password_change_required');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: s,
      payload: { currentPassword: body.oneTimePassword, newPassword: 'NewPassw0rd-123' },
    });
    expect(changed.statusCode).toBe(200);
  });

  it('scopes API tokens to a jurisdiction inside the owner’s', async () => {
    const { app, rt } = ctx();
    const { headers: officer } = await userSession(app, rt, 'county_officer', '451228');
    const tooWide = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: officer,
      payload: { name: 'wide', jurisdiction: '45' },
    });
    expect(tooWide.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: officer,
      payload: { name: 'narrow', jurisdiction: '451228100' },
    });
    const token: string = ok.json().token;
    const bad = await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { authorization: 'Bearer wg_nonsense' } });
    expect(bad.statusCode).toBe(401);
    const good = await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { authorization: `Bearer ${token}` } });
    expect(good.statusCode).toBe(200);
  });
});

describeEachDb('audit chain', (ctx) => {
  it('records writes in a hash chain that verification checks', async () => {
    const { rt } = ctx();
    await rt.services.users.create(systemActor(), {
      username: 'audited',
      displayName: 'A',
      role: 'auditor',
      jurisdiction: '45',
      password: 'Audit0r-pass-1',
    });
    const report = await rt.services.audit.verify();
    expect(report.ok).toBe(true);
    expect(report.entries).toBeGreaterThan(0);
    await rt.db.kysely
      .updateTable('audit_log')
      .set({ action: 'tampered' })
      .where('chain_seq', '=', 1)
      .where('province', '=', '45')
      .execute();
    const after = await rt.services.audit.verify();
    expect(after.ok).toBe(false);
    expect(after.problems[0]?.problem).toBe('entry content changed');
  });
});

describe('validation errors', () => {
  it('maps schema failures to problem+json with field paths', async () => {
    const { openTestRuntime } = await import('./helpers/runtime.js');
    const { buildApp } = await import('../src/http/app.js');
    const rt = await openTestRuntime('sqlite');
    const app = await buildApp({ services: rt.services, config: rt.config });
    const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(r.statusCode).toBe(400);
    const p = r.json();
    expect(p.code).toBe('validation_failed');
    expect(p.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.password']));
    await app.close();
    await rt.close();
  });
});
