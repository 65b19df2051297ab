/**
 * The accounts module's pure rules with hand-written answers: what each role may do (the core
 * permission table written out role by role), module grants, who may administer an account, the
 * password rule at its edges, secrets and their stored hash, a token's status at the instant it
 * expires, and the views of users, tokens and binding requests (personal values masked).
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../actor.js';
import { generatePassword, hashSecret, isStrongPassword, newSecret, tokenStatus, toTokenView, toUserView } from './account.js';
import { isBindingStatus, requestView, staffView, type BindingPerson } from './binding.js';
import { can, definePermissions, isStaff, mayAdministerAccount, permissions, permissionsOf, type Permission } from './permissions.js';

const READ = ['people.read', 'enterprises.read', 'regions.read', 'policy.read', 'dashboard.read'];
const OFFICER = [
  ...READ,
  'people.write',
  'people.reveal',
  'people.merge',
  'people.export',
  'enterprises.write',
  'enterprises.flag_arrears',
  'enterprises.export',
  'imports.run',
];
/** The core permissions of each role, written out. */
const TABLE: Record<Role, string[]> = {
  admin: [...permissions],
  county_officer: [...OFFICER, 'audit.read'],
  township_officer: OFFICER,
  reviewer: [...READ, 'people.reveal'],
  auditor: [...READ, 'audit.read', 'audit.verify'],
  department: READ,
  employer: ['regions.read', 'policy.read'],
  worker: ['regions.read', 'policy.read'],
};

describe('permissions', () => {
  it('the core list', () => {
    expect([...permissions]).toEqual([
      'people.read',
      'people.write',
      'people.reveal',
      'people.merge',
      'people.export',
      'enterprises.read',
      'enterprises.write',
      'enterprises.flag_arrears',
      'enterprises.export',
      'imports.run',
      'regions.read',
      'regions.admin',
      'accounts.admin',
      'audit.read',
      'audit.verify',
      'policy.read',
      'policy.admin',
      'dashboard.read',
      'calendar.admin',
    ]);
  });

  it('every role × every core permission as the table says', () => {
    for (const [role, granted] of Object.entries(TABLE) as [Role, string[]][]) {
      for (const p of permissions) expect(can({ role }, p), `${role} ${p}`).toBe(granted.includes(p));
      expect(
        permissionsOf(role).filter((p) => (permissions as readonly string[]).includes(p)),
        role,
      ).toEqual(granted);
    }
  });

  it('a module grant: to the roles named and to the administrator, listed in their permissions', () => {
    definePermissions({ 'test.review_queue': ['reviewer', 'auditor'] });
    const p = 'test.review_queue' as Permission;
    expect(can({ role: 'reviewer' }, p)).toBe(true);
    expect(can({ role: 'auditor' }, p)).toBe(true);
    expect(can({ role: 'admin' }, p)).toBe(true);
    expect(can({ role: 'county_officer' }, p)).toBe(false);
    expect(permissionsOf('reviewer')).toContain(p);
    expect(permissionsOf('admin')).toContain(p);
    expect(permissionsOf('county_officer')).not.toContain(p);
    // The same grant again (roles in another order) is accepted; other roles are a programming error.
    expect(() => definePermissions({ 'test.review_queue': ['auditor', 'reviewer'] })).not.toThrow();
    expect(() => definePermissions({ 'test.review_queue': ['reviewer'] })).toThrow(
      'permission test.review_queue is granted twice with different roles',
    );
    // A core permission cannot be handed to more roles by a module, nor taken from its roles by an empty grant.
    expect(() => definePermissions({ 'audit.verify': ['worker'] })).toThrow('permission audit.verify is a core permission');
    expect(can({ role: 'worker' }, 'audit.verify')).toBe(false);
    expect(() => definePermissions({ 'audit.verify': [] })).toThrow('permission audit.verify is a core permission');
    expect(can({ role: 'auditor' }, 'audit.verify')).toBe(true);
  });

  it('isStaff: everyone but employers and workers', () => {
    for (const role of ['admin', 'county_officer', 'township_officer', 'reviewer', 'auditor', 'department'] as const)
      expect(isStaff(role), role).toBe(true);
    expect(isStaff('employer')).toBe(false);
    expect(isStaff('worker')).toBe(false);
  });

  it('mayAdministerAccount: an administrator, for accounts inside their jurisdiction only', () => {
    expect(mayAdministerAccount({ role: 'admin', jurisdiction: '' }, '451228')).toBe(true);
    expect(mayAdministerAccount({ role: 'admin', jurisdiction: '45' }, '451228')).toBe(true);
    expect(mayAdministerAccount({ role: 'admin', jurisdiction: '45' }, '45')).toBe(true);
    expect(mayAdministerAccount({ role: 'admin', jurisdiction: '45' }, '44')).toBe(false);
    expect(mayAdministerAccount({ role: 'admin', jurisdiction: '451228' }, '45')).toBe(false);
    expect(mayAdministerAccount({ role: 'county_officer', jurisdiction: '45' }, '451228')).toBe(false);
  });
});

describe('passwords and secrets', () => {
  it('a strong password: 10 characters or more, a letter and a digit', () => {
    expect(isStrongPassword('abcdefghi1')).toBe(true);
    expect(isStrongPassword('Z123456789')).toBe(true);
    expect(isStrongPassword('abcdefgh1')).toBe(false);
    expect(isStrongPassword('abcdefghij')).toBe(false);
    expect(isStrongPassword('1234567890')).toBe(false);
    expect(isStrongPassword('中文中文中文中文中1')).toBe(false);
  });

  it('a generated password: 14 characters without look-alikes, always strong', () => {
    for (let i = 0; i < 50; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{14}$/);
      expect(isStrongPassword(pw)).toBe(true);
    }
  });

  it('a generated password has no position that is always a letter or always a digit (the guaranteed ones are shuffled in)', () => {
    const digitAt = new Array<number>(14).fill(0);
    const runs = 300;
    for (let i = 0; i < runs; i++) [...generatePassword()].forEach((c, at) => (digitAt[at] = (digitAt[at] ?? 0) + (/\d/.test(c) ? 1 : 0)));
    // A digit is 8 of the 55 characters: a position never (or always) holding one in 300 passwords would be a pattern.
    for (const [at, n] of digitAt.entries()) {
      expect(n, `position ${at}`).toBeGreaterThan(0);
      expect(n, `position ${at}`).toBeLessThan(runs);
    }
  });

  it('a secret: the prefix then 43 base64url characters, stored as its SHA-256', () => {
    const { token, hash } = newSecret('wgt_');
    expect(token).toMatch(/^wgt_[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashSecret(token));
    expect(newSecret('wgt_').token).not.toBe(token);
    // SHA-256 of "abc" (FIPS 180-2 example).
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

const token = {
  id: 't1',
  user_id: 'u1',
  name: '报表',
  token_hash: 'h',
  jurisdiction: '451228',
  created_at: '2026-09-01T00:00:00.000Z',
  expires_at: '2026-11-30T00:00:00.000Z',
  revoked_at: null,
  revoked_reason: null,
  revoked_by: null,
  last_used_at: '2026-11-29T08:00:00.000Z',
  expiry_recorded_at: null,
};

describe('tokens', () => {
  it('active until the instant it expires; revoked wins over expired', () => {
    expect(tokenStatus(token, '2026-11-29T23:59:59.999Z')).toBe('active');
    expect(tokenStatus(token, '2026-11-30T00:00:00.000Z')).toBe('expired');
    expect(tokenStatus({ ...token, revoked_at: '2026-10-01T00:00:00.000Z' }, '2026-10-02T00:00:00.000Z')).toBe('revoked');
    expect(tokenStatus({ ...token, revoked_at: '2026-10-01T00:00:00.000Z' }, '2026-12-01T00:00:00.000Z')).toBe('revoked');
  });

  it('the view: no hash, the status as of now', () => {
    expect(toTokenView({ ...token, revoked_at: '2026-10-01T00:00:00.000Z', revoked_reason: 'owner' }, '2026-10-02T00:00:00.000Z')).toEqual({
      id: 't1',
      name: '报表',
      jurisdiction: '451228',
      createdAt: '2026-09-01T00:00:00.000Z',
      expiresAt: '2026-11-30T00:00:00.000Z',
      lastUsedAt: '2026-11-29T08:00:00.000Z',
      revokedAt: '2026-10-01T00:00:00.000Z',
      revokedReason: 'owner',
      status: 'revoked',
    });
  });
});

describe('user view', () => {
  it('flags as booleans, no password hash', () => {
    const user = {
      id: 'u1',
      username: 'duan.officer',
      display_name: '都安经办',
      role: 'county_officer',
      jurisdiction: '451228',
      department: null,
      person_id: null,
      enterprise_id: 'e1',
      password_hash: 'secret-hash',
      must_change_password: 1,
      disabled: 0,
      failed_logins: 2,
      locked_until: '2026-11-30T01:00:00.000Z',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-02T00:00:00.000Z',
    };
    expect(toUserView(user, 'county_officer', 'justice')).toEqual({
      id: 'u1',
      username: 'duan.officer',
      displayName: '都安经办',
      role: 'county_officer',
      jurisdiction: '451228',
      department: 'justice',
      personId: null,
      enterpriseId: 'e1',
      mustChangePassword: true,
      disabled: false,
      lockedUntil: '2026-11-30T01:00:00.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(toUserView({ ...user, must_change_password: 0, disabled: 1 }, 'county_officer', null)).toMatchObject({
      mustChangePassword: false,
      disabled: true,
      department: null,
    });
  });
});

describe('binding requests', () => {
  const row = {
    id: 'b1',
    user_id: 'w1',
    status: 'confirmed',
    person_id: 'p1',
    province: '45',
    hukou_code: '451228100',
    residence_code: null,
    employment_code: null,
    insured_code: null,
    id_enc: 'enc:451228199001011234',
    submitted_name: '韦小明',
    note: '换了手机号',
    created_at: '2026-11-01T00:00:00.000Z',
    decided_at: '2026-11-02T00:00:00.000Z',
    decided_by: 'u1',
    reason: null,
    phone_enc: 'enc:13800001234',
    version: 1,
  };
  const person: BindingPerson = {
    id: 'p1',
    name: '韦小明',
    province: '45',
    hukouCode: '451228100',
    codes: ['451228100', null, null, null],
    idNumberMasked: '4512**********1234',
    mergedInto: null,
  };
  const decrypt = (s: string) => s.replace(/^enc:/, '');

  it('the worker sees the state only; an unknown stored status shows as pending', () => {
    expect(requestView(row)).toEqual({
      id: 'b1',
      status: 'confirmed',
      submittedAt: '2026-11-01T00:00:00.000Z',
      decidedAt: '2026-11-02T00:00:00.000Z',
      reason: null,
    });
    expect(requestView({ ...row, status: 'lost' }).status).toBe('pending');
    for (const s of ['pending', 'confirmed', 'rejected', 'withdrawn']) expect(isBindingStatus(s)).toBe(true);
    expect(isBindingStatus('bound')).toBe(false);
  });

  it('the officer sees the submitted ID number and phone masked, and the matched record', () => {
    expect(staffView(row, person, decrypt)).toEqual({
      id: 'b1',
      status: 'confirmed',
      submittedAt: '2026-11-01T00:00:00.000Z',
      decidedAt: '2026-11-02T00:00:00.000Z',
      reason: null,
      userId: 'w1',
      submittedName: '韦小明',
      submittedIdMasked: '4512**********1234',
      note: '换了手机号',
      phoneMasked: '138****1234',
      decidedBy: 'u1',
      person: { id: 'p1', name: '韦小明', idNumberMasked: '4512**********1234', hukouCode: '451228100', mergedInto: null },
    });
    expect(staffView({ ...row, id_enc: null, phone_enc: null }, null, decrypt)).toMatchObject({
      submittedIdMasked: null,
      phoneMasked: null,
      person: null,
    });
  });
});
