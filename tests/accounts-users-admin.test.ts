/**
 * Administering accounts (issue 6, point 9), the users service's rules that the mutation run of
 * 2026-12-01 found untested: who may create, list, read and change an account (an administrator,
 * inside their jurisdiction; the county next door is not found), what a new account starts with (a
 * one-time password that must be changed, or the password given), the refusals of a department user
 * without a department, a weak password and a taken username, an administrator disabling themself,
 * and what "sign out everywhere" ends (sessions, not API tokens) and "enable" restores (the lock).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { systemActor, type Actor, type Role } from '../src/modules/actor.js';

const PASSWORD = 'Passw0rd-admin-1';
const meta = { ip: null, userAgent: null, requestId: null };

function actorOf(userId: string, role: Role, jurisdiction: string): Actor {
  return { userId, username: userId, role, jurisdiction, department: null, personId: null, enterpriseId: null, requestId: null };
}

describeEachDb('administering accounts', (ctx) => {
  let admin: Actor;
  let officer: Actor;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    const { rt } = ctx();
    rt.clock.set('2026-11-28T02:00:00.000Z');
    const make = async (username: string, role: Role, jurisdiction: string) => {
      const r = await rt.services.users.create(systemActor(), {
        username,
        displayName: `显示${username}`,
        role,
        jurisdiction,
        password: PASSWORD,
      });
      if (!r.ok) throw new Error(`${username}: ${r.reason.code}`);
      id[username] = r.value.user.id;
    };
    await make('adm_duan', 'admin', '451228');
    await make('off_duan', 'county_officer', '451228');
    await make('town_duan', 'township_officer', '451228100');
    await make('off_next', 'county_officer', '451227');
    admin = actorOf(String(id.adm_duan), 'admin', '451228');
    officer = actorOf(String(id.off_duan), 'county_officer', '451228');
  });

  it('creates an account inside the jurisdiction only, with a one-time password to change or the password given, audited', async () => {
    const { rt } = ctx();
    const outside = await rt.services.users.create(admin, {
      username: 'x_next',
      displayName: '外县',
      role: 'county_officer',
      jurisdiction: '451227',
    });
    expect(outside.ok ? 'ok' : outside.reason.code).toBe('forbidden');
    const byOfficer = await rt.services.users.create(officer, {
      username: 'x_off',
      displayName: '科员',
      role: 'township_officer',
      jurisdiction: '451228100',
    });
    expect(byOfficer.ok ? 'ok' : byOfficer.reason.code).toBe('forbidden');

    const oneTime = await rt.services.users.create(admin, {
      username: 'new_town',
      displayName: '新乡镇',
      role: 'township_officer',
      jurisdiction: '451228101',
    });
    if (!oneTime.ok) throw new Error(oneTime.reason.code);
    expect(oneTime.value.oneTimePassword).toMatch(/^.{10,}$/);
    expect(oneTime.value.user).toMatchObject({
      username: 'new_town',
      displayName: '新乡镇',
      role: 'township_officer',
      jurisdiction: '451228101',
      mustChangePassword: true,
      disabled: false,
      department: null,
      personId: null,
      enterpriseId: null,
    });
    const signedIn = await rt.services.auth.login('new_town', String(oneTime.value.oneTimePassword), meta);
    expect(signedIn.ok).toBe(true);
    const audit = await rt.services.audit.history('user', oneTime.value.user.id);
    expect(audit.filter((e) => e.action === 'user.created').map((e) => e.details)).toEqual([
      { username: 'new_town', role: 'township_officer', jurisdiction: '451228101' },
    ]);

    const given = await rt.services.users.create(admin, {
      username: 'new_dept',
      displayName: '交通局',
      role: 'department',
      jurisdiction: '451228',
      department: 'transport',
      password: 'Given-pass-123',
    });
    if (!given.ok) throw new Error(given.reason.code);
    expect([given.value.oneTimePassword, given.value.user.mustChangePassword, given.value.user.department]).toEqual([
      null,
      false,
      'transport',
    ]);
  });

  it('refuses a department user without a department, a weak password and a taken username, creating nothing', async () => {
    const { rt } = ctx();
    const noDept = await rt.services.users.create(admin, {
      username: 'dept_none',
      displayName: '无部门',
      role: 'department',
      jurisdiction: '451228',
    });
    expect(noDept.ok ? 'ok' : [noDept.reason.code, noDept.reason.message]).toEqual([
      'validation_failed',
      { zh: '部门用户须指定部门', en: 'A department user needs a department' },
    ]);
    const weak = await rt.services.users.create(admin, {
      username: 'weak_pw',
      displayName: '弱口令',
      role: 'county_officer',
      jurisdiction: '451228',
      password: 'short1',
    });
    expect(weak.ok ? 'ok' : weak.reason.code).toBe('weak_password');
    const taken = await rt.services.users.create(admin, {
      username: 'off_duan',
      displayName: '重名',
      role: 'county_officer',
      jurisdiction: '451228',
    });
    expect(taken.ok ? 'ok' : [taken.reason.code, taken.reason.message]).toEqual([
      'conflict',
      { zh: '用户名已存在', en: 'The username is taken' },
    ]);
    const rows = await rt.db.kysely.selectFrom('users').select('username').where('username', 'in', ['dept_none', 'weak_pw']).execute();
    expect(rows).toEqual([]);
  });

  it('lists and reads the accounts of the jurisdiction only, a page at a time; others are refused or not found', async () => {
    const { rt } = ctx();
    expect((await rt.services.users.list(officer, 1, 50)).ok).toBe(false);
    expect((await rt.services.users.get(officer, String(id.off_duan))).ok).toBe(false);
    const all = await rt.services.users.list(admin, 1, 500);
    if (!all.ok) throw new Error(all.reason.code);
    const names = all.value.items.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['adm_duan', 'off_duan', 'town_duan']));
    expect(names).not.toContain('off_next');
    expect(all.value.total).toBe(all.value.items.length);
    const second = await rt.services.users.list(admin, 2, 1);
    if (!second.ok) throw new Error(second.reason.code);
    expect(second.value.items.map((u) => u.id)).toEqual([all.value.items[1]?.id]);
    expect(second.value.total).toBe(all.value.total);

    const mine = await rt.services.users.get(admin, String(id.town_duan));
    expect(mine.ok && mine.value.username).toBe('town_duan');
    const next = await rt.services.users.get(admin, String(id.off_next));
    expect(next.ok ? 'ok' : next.reason.code).toBe('not_found');
    const changeNext = await rt.services.users.setDisabled(admin, String(id.off_next), true);
    expect(changeNext.ok ? 'ok' : changeNext.reason.code).toBe('not_found');
    const byOfficer = await rt.services.users.setDisabled(officer, String(id.town_duan), true);
    expect(byOfficer.ok ? 'ok' : byOfficer.reason.code).toBe('forbidden');
  });

  it('refuses an administrator disabling their own account', async () => {
    const { rt } = ctx();
    const self = await rt.services.users.setDisabled(admin, String(id.adm_duan), true);
    expect(self.ok ? 'ok' : [self.reason.code, self.reason.message]).toEqual([
      'forbidden',
      { zh: '不能停用自己的账户', en: 'You cannot disable your own account' },
    ]);
  });

  it('"sign out everywhere" ends sessions but not API tokens; enabling after a lock-out lets the account in again', async () => {
    const { rt } = ctx();
    const s = await rt.services.auth.login('town_duan', PASSWORD, meta);
    if (!s.ok) throw new Error(s.reason.code);
    const session = await rt.services.auth.fromSession(s.value.token, null);
    if (!session) throw new Error('no session');
    const token = await rt.services.auth.createToken(
      session.actor,
      { kind: 'session', sessionId: session.sessionId },
      { name: 'sync', jurisdiction: '451228100', expiresAt: null },
    );
    if (!token.ok) throw new Error(token.reason.code);
    const revoked = await rt.services.users.revokeSessions(admin, String(id.town_duan));
    expect(revoked.ok && revoked.value.username).toBe('town_duan');
    expect(await rt.services.auth.fromSession(s.value.token, null)).toBeNull();
    expect(await rt.services.auth.fromApiToken(token.value.token, null)).not.toBeNull();
    const audit = await rt.services.audit.history('user', String(id.town_duan));
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['user.sessions_revoked', 'auth.sessions_ended']));

    for (let i = 0; i < 5; i++) await rt.services.auth.login('town_duan', 'wrong-password-9', meta);
    expect(((await rt.services.auth.login('town_duan', PASSWORD, meta)) as { ok: false; reason: { code: string } }).reason.code).toBe(
      'account_locked',
    );
    expect((await rt.services.users.setDisabled(admin, String(id.town_duan), true)).ok).toBe(true);
    const enabled = await rt.services.users.setDisabled(admin, String(id.town_duan), false);
    expect(enabled.ok && [enabled.value.disabled, enabled.value.lockedUntil]).toEqual([false, null]);
    expect((await rt.services.auth.login('town_duan', PASSWORD, meta)).ok).toBe(true);
    expect((await rt.services.audit.history('user', String(id.town_duan))).map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.disabled', 'user.enabled']),
    );
  });

  it('finds officers by a trimmed part of their name and gives display names once per id', async () => {
    const { rt } = ctx();
    expect(await rt.services.users.idsNamed('  显示town ')).toEqual([id.town_duan]);
    expect(await rt.services.users.displayNames([String(id.off_duan), String(id.off_duan), 'nobody'])).toEqual({
      [String(id.off_duan)]: '显示off_duan',
    });
  });
});
