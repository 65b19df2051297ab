/**
 * Account administration: administrators create, disable, enable and reset accounts within their
 * own jurisdiction. One-time passwords are returned once and must be changed at first sign-in.
 */
import { hash } from '@node-rs/argon2';
import type { Deps } from '../deps.js';
import { provinceOf, type Actor, type Department, type Role } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { toFlag } from '../../db/dialect.js';
import * as repo from './account.repository.js';
import type { UnitOfWork } from '../kernel/index.js';
import { can, mayAdministerAccount } from './permissions.js';
import { generatePassword, isStrongPassword, type EndReason, type UserView } from './account.js';
import { viewOf } from './auth.service.js';
import { auditEnded, revokeCredentials } from './credentials.js';

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

const usernameTaken = refuse('conflict', { zh: '用户名已存在', en: 'The username is taken' }).reason;

/** What an administrator's change ends: sessions only, or sessions and API tokens. */
interface Ending {
  reason: EndReason;
  tokens: boolean;
}

export function createUsersService(deps: Deps, uow: UnitOfWork) {
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());

  /** One audited change to an account, ending its sessions (and tokens) when asked. */
  async function change(
    actor: Actor,
    id: string,
    action: string,
    patch: Record<string, string | number | null>,
    ending: Ending | null,
  ): Promise<Result<UserView>> {
    if (!can(actor, 'accounts.admin')) return refuse('forbidden');
    const user = await repo.findUserById(db.kysely, id);
    if (!user || !mayAdministerAccount(actor, user.jurisdiction)) return refuse('not_found');
    const r = await uow.write(actor, async (w) => {
      const t = now();
      // Rows first, audit entries after (see credentials.ts).
      await repo.updateUser(w.trx, id, { ...patch, updated_at: t });
      const ended = ending ? await revokeCredentials(w.trx, user, ending.reason, actor.userId, t, ending.tokens) : null;
      await w.audit({ province: provinceOf(user.jurisdiction), action, entityType: 'user', entityId: id });
      if (ended) await auditEnded(w, ended);
      return ok(null);
    });
    if (!r.ok) return r;
    const fresh = await repo.findUserById(db.kysely, id);
    const view = fresh ? viewOf(fresh) : null;
    return view ? ok(view) : refuse('not_found');
  }

  return {
    async create(actor: Actor, input: NewUser): Promise<Result<{ user: UserView; oneTimePassword: string | null }>> {
      if (!mayAdministerAccount(actor, input.jurisdiction)) return refuse('forbidden');
      if (input.role === 'department' && !input.department) {
        return refuse('validation_failed', { zh: '部门用户须指定部门', en: 'A department user needs a department' });
      }
      if (input.password !== undefined && !isStrongPassword(input.password)) return refuse('weak_password');
      if (await repo.findUserByUsername(db.kysely, input.username)) return { ok: false, reason: usernameTaken };
      const oneTime = input.password === undefined ? generatePassword() : null;
      const id = newId();
      const t = now();
      const passwordHash = await hash(input.password ?? oneTime ?? '');
      const written = await uow.write(
        actor,
        async (w) => {
          await repo.insertUser(w.trx, {
            id,
            username: input.username,
            display_name: input.displayName,
            role: input.role,
            jurisdiction: input.jurisdiction,
            department: input.department ?? null,
            person_id: input.personId ?? null,
            enterprise_id: input.enterpriseId ?? null,
            password_hash: passwordHash,
            must_change_password: toFlag(oneTime !== null),
            disabled: 0,
            failed_logins: 0,
            locked_until: null,
            created_at: t,
            updated_at: t,
          });
          await w.audit({
            province: provinceOf(input.jurisdiction),
            action: 'user.created',
            entityType: 'user',
            entityId: id,
            details: { username: input.username, role: input.role, jurisdiction: input.jurisdiction },
          });
          return ok(null);
        },
        { uniques: { users_username_key: usernameTaken, 'users.username': usernameTaken } },
      );
      if (!written.ok) return written;
      const row = await repo.findUserById(db.kysely, id);
      const view = row ? viewOf(row) : null;
      return view ? ok({ user: view, oneTimePassword: oneTime }) : refuse('internal');
    },

    async list(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: UserView[]; total: number }>> {
      if (!can(actor, 'accounts.admin')) return refuse('forbidden');
      const { rows, total } = await repo.listUsers(db.kysely, actor.jurisdiction, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.flatMap((r) => viewOf(r) ?? []), total });
    },

    /** One account inside the administrator's jurisdiction. */
    async get(actor: Actor, id: string): Promise<Result<UserView>> {
      if (!can(actor, 'accounts.admin')) return refuse('forbidden');
      const user = await repo.findUserById(db.kysely, id);
      const view = user && mayAdministerAccount(actor, user.jurisdiction) ? viewOf(user) : null;
      return view ? ok(view) : refuse('not_found');
    },

    setDisabled(actor: Actor, id: string, disabled: boolean): Promise<Result<UserView>> {
      if (actor.userId === id)
        return Promise.resolve(refuse('forbidden', { zh: '不能停用自己的账户', en: 'You cannot disable your own account' }));
      // Disabling ends every session and token; enabling brings none back (revoked rows stay revoked).
      return change(
        actor,
        id,
        disabled ? 'user.disabled' : 'user.enabled',
        { disabled: toFlag(disabled), failed_logins: 0, locked_until: null },
        disabled ? { reason: 'disabled', tokens: true } : null,
      );
    },

    /** Sets a new one-time password, unlocks the account and ends its sessions and API tokens. */
    async resetPassword(actor: Actor, id: string): Promise<Result<{ user: UserView; oneTimePassword: string }>> {
      const pw = generatePassword();
      const r = await change(
        actor,
        id,
        'user.password_reset',
        { password_hash: await hash(pw), must_change_password: 1, failed_logins: 0, locked_until: null },
        { reason: 'password_reset', tokens: true },
      );
      return r.ok ? ok({ user: r.value, oneTimePassword: pw }) : r;
    },

    revokeSessions(actor: Actor, id: string): Promise<Result<UserView>> {
      return change(actor, id, 'user.sessions_revoked', {}, { reason: 'administrator', tokens: false });
    },

    count: () => repo.countUsers(db.kysely),

    /** Ids of the users whose name contains the text (at most 200), for filtering the audit log by officer. */
    idsNamed: (text: string) => repo.idsNamed(db.kysely, text.trim(), 200),

    /** Display names by user id, for showing who submitted and reviewed a case (ids not found are left out). */
    async displayNames(ids: readonly string[]): Promise<Record<string, string>> {
      const rows = await repo.displayNames(db.kysely, [...new Set(ids)]);
      return Object.fromEntries(rows.map((r) => [r.id, r.display_name]));
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
