/**
 * Account administration: administrators create, disable, enable and reset accounts within their
 * own jurisdiction. One-time passwords are returned once and must be changed at first sign-in.
 */
import { hash } from '@node-rs/argon2';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/audit.service.js';
import { provinceOf, type Actor, type Department, type Role } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { toFlag } from '../../db/dialect.js';
import * as repo from './account.repository.js';
import { can } from './permissions.js';
import { generatePassword, isStrongPassword, type UserView } from './account.js';
import { viewOf } from './auth.service.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  jurisdiction: string;
  department?: Department | null;
  personId?: string | null;
  enterpriseId?: string | null;
  /** When absent a one-time password is generated and must be changed at first sign-in. */
  password?: string;
}

function mayAdminister(actor: Actor, jurisdiction: string): boolean {
  return can(actor, 'accounts.admin') && jurisdiction.startsWith(actor.jurisdiction);
}

export function createUsersService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());

  /** One audited change to an account; `endSessions` signs the user out everywhere. */
  async function change(actor: Actor, id: string, action: string, patch: Record<string, string | number | null>, endSessions: boolean): Promise<Result<UserView>> {
    const user = await repo.findUserById(db.kysely, id);
    if (!user || !mayAdminister(actor, user.jurisdiction)) return refuse('not_found');
    await db.kysely.transaction().execute(async (trx) => {
      await repo.updateUser(trx, id, { ...patch, updated_at: now() });
      if (endSessions) await repo.revokeUserSessions(trx, id, now());
      await audit.record(trx, actor, { province: provinceOf(user.jurisdiction), action, entityType: 'user', entityId: id });
    });
    const fresh = await repo.findUserById(db.kysely, id);
    const view = fresh ? viewOf(fresh) : null;
    return view ? ok(view) : refuse('not_found');
  }

  return {
    async create(actor: Actor, input: NewUser): Promise<Result<{ user: UserView; oneTimePassword: string | null }>> {
      if (!mayAdminister(actor, input.jurisdiction)) return refuse('forbidden');
      if (input.role === 'department' && !input.department) {
        return refuse('validation_failed', { zh: '部门用户须指定部门', en: 'A department user needs a department' });
      }
      if (input.password !== undefined && !isStrongPassword(input.password)) return refuse('weak_password');
      if (await repo.findUserByUsername(db.kysely, input.username)) {
        return refuse('conflict', { zh: '用户名已存在', en: 'The username is taken' });
      }
      const oneTime = input.password === undefined ? generatePassword() : null;
      const id = newId();
      const t = now();
      const passwordHash = await hash(input.password ?? oneTime ?? '');
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertUser(trx, {
          id, username: input.username, display_name: input.displayName, role: input.role, jurisdiction: input.jurisdiction,
          department: input.department ?? null, person_id: input.personId ?? null, enterprise_id: input.enterpriseId ?? null,
          password_hash: passwordHash, must_change_password: toFlag(oneTime !== null), disabled: 0, failed_logins: 0,
          locked_until: null, created_at: t, updated_at: t,
        });
        await audit.record(trx, actor, { province: provinceOf(input.jurisdiction), action: 'user.created', entityType: 'user', entityId: id, details: { username: input.username, role: input.role, jurisdiction: input.jurisdiction } });
      });
      const row = await repo.findUserById(db.kysely, id);
      const view = row ? viewOf(row) : null;
      return view ? ok({ user: view, oneTimePassword: oneTime }) : refuse('internal');
    },

    async list(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: UserView[]; total: number }>> {
      if (!can(actor, 'accounts.admin')) return refuse('forbidden');
      const { rows, total } = await repo.listUsers(db.kysely, actor.jurisdiction, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.flatMap((r) => viewOf(r) ?? []), total });
    },

    setDisabled(actor: Actor, id: string, disabled: boolean): Promise<Result<UserView>> {
      if (actor.userId === id) return Promise.resolve(refuse('forbidden', { zh: '不能停用自己的账户', en: 'You cannot disable your own account' }));
      return change(actor, id, disabled ? 'user.disabled' : 'user.enabled', { disabled: toFlag(disabled), failed_logins: 0, locked_until: null }, disabled);
    },

    /** Sets a new one-time password, unlocks the account and ends its sessions. */
    async resetPassword(actor: Actor, id: string): Promise<Result<{ user: UserView; oneTimePassword: string }>> {
      const pw = generatePassword();
      const r = await change(actor, id, 'user.password_reset', { password_hash: await hash(pw), must_change_password: 1, failed_logins: 0, locked_until: null }, true);
      return r.ok ? ok({ user: r.value, oneTimePassword: pw }) : r;
    },

    revokeSessions(actor: Actor, id: string): Promise<Result<UserView>> {
      return change(actor, id, 'user.sessions_revoked', {}, true);
    },

    count: () => repo.countUsers(db.kysely),

    /** Display names by user id, for showing who submitted and reviewed a case (ids not found are left out). */
    async displayNames(ids: readonly string[]): Promise<Record<string, string>> {
      const rows = await repo.displayNames(db.kysely, [...new Set(ids)]);
      return Object.fromEntries(rows.map((r) => [r.id, r.display_name]));
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
