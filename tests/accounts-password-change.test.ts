/**
 * Changing one's own password, both databases: the current password is required and checked, the
 * new one must pass the strength rule (10 characters or more, a letter and a digit) and differ from
 * the current one; a refused change changes nothing (the old password still signs in, the new one
 * does not), and an accepted one is audited and swaps them.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { login, type SessionHeaders } from './helpers/session.js';
import { systemActor } from '../src/modules/actor.js';

const OLD = 'Passw0rd-change-1';

describeEachDb('changing one’s own password', (ctx) => {
  let headers: SessionHeaders;
  let userId = '';
  beforeAll(async () => {
    const { app, rt } = ctx();
    const made = await rt.services.users.create(systemActor(), {
      username: 'pw_change',
      displayName: '改密码',
      role: 'county_officer',
      jurisdiction: '451228',
      password: OLD,
    });
    if (!made.ok) throw new Error(made.reason.code);
    userId = made.value.user.id;
    headers = await login(app, 'pw_change', OLD);
  });

  const change = (currentPassword: string, newPassword: string) =>
    ctx().app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload: { currentPassword, newPassword } });
  const signsIn = async (password: string) =>
    (await ctx().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'pw_change', password } })).statusCode;

  it('refuses a wrong current password and changes nothing', async () => {
    const r = await change('Passw0rd-change-2', 'Brand-new-pass-9');
    expect([r.statusCode, r.json().code]).toEqual([401, 'invalid_credentials']);
    expect(await signsIn('Brand-new-pass-9')).toBe(401);
  });

  it('refuses a new password of 9 characters, one without a digit, one without a letter, and the current one', async () => {
    for (const weak of ['Abcdefgh1', 'Abcdefghijk', '12345678901', OLD]) {
      const r = await change(OLD, weak);
      expect([weak, r.statusCode, r.json().code]).toEqual([weak, 400, 'weak_password']);
    }
    expect(await signsIn(OLD)).toBe(200);
  });

  it('accepts 10 characters with a letter and a digit: the new password signs in, the old one no longer, audited', async () => {
    const r = await change(OLD, 'Abcdefgh12');
    expect(r.statusCode).toBe(200);
    expect(await signsIn('Abcdefgh12')).toBe(200);
    expect(await signsIn(OLD)).toBe(401);
    const entries = await ctx().rt.services.audit.history('user', userId);
    expect(entries.map((e) => e.action)).toContain('auth.password_changed');
  });
});
