/**
 * Workers sign in with their phone and a one-time code sent by SMS (DESIGN.md, "Workers sign in").
 * The first sign-in creates a worker account; it is bound to the registry record automatically when
 * exactly one record carries that phone, or later by the worker's ID number and name.
 */
import crypto from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OutboxService } from '../system/outbox.service.js';
import type { AuthService, SignedIn } from './auth.service.js';
import { actorFromUser, viewOf } from './auth.service.js';
import { provinceOf, type Actor } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { normalisePhone } from '../../core/phone.js';
import * as repo from './account.repository.js';
import * as workers from './worker.repository.js';

/** How the accounts module finds a registry record without knowing the people tables. */
export interface PersonDirectory {
  /** The id of the one live record with this phone, or null. */
  byPhone(phone: string): Promise<string | null>;
  /** The id of the live record with this ID number whose name matches, or null. */
  byIdNumberAndName(idNumber: string, name: string): Promise<{ personId: string; province: string } | null>;
}

const CODE_TTL_MS = 5 * 60_000;
const RESEND_AFTER_MS = 60_000;
const DAILY_LIMIT = 10;
const MAX_ATTEMPTS = 5;

export function createWorkerSigninService(deps: Deps, audit: AuditService, auth: AuthService, outbox: OutboxService, directory: PersonDirectory) {
  const { db, clock, pii } = deps;
  const at = (offsetMs = 0) => isoInstant(new Date(clock.now().getTime() + offsetMs));
  const codeHash = (phoneIndex: string, code: string) => crypto.createHash('sha256').update(`${phoneIndex}:${code}`).digest('hex');

  return {
    /** Sends a 6-digit code. Answers the same whether or not the phone is known. */
    async requestCode(rawPhone: string): Promise<Result<{ expiresInSeconds: number }>> {
      const phone = normalisePhone(rawPhone);
      if (!phone) return refuse('phone_format');
      const phoneIndex = pii.blindIndex('phone', phone);
      if (await workers.countCodesSince(db.kysely, phoneIndex, at(-RESEND_AFTER_MS)) > 0) return refuse('otp_too_soon');
      if (await workers.countCodesSince(db.kysely, phoneIndex, at(-86_400_000)) >= DAILY_LIMIT) return refuse('otp_daily_limit');
      const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
      await db.kysely.transaction().execute(async (trx) => {
        await workers.insertCode(trx, { id: newId(), phone_index: phoneIndex, code_hash: codeHash(phoneIndex, code), created_at: at(), expires_at: at(CODE_TTL_MS), attempts: 0, used_at: null });
        await outbox.enqueue(trx, 'sms', pii.encrypt(JSON.stringify({ to: phone, text: `【务工】您的登录验证码是 ${code}，5分钟内有效。Your Wugong sign-in code is ${code}.` })));
      });
      void outbox.drain();
      return ok({ expiresInSeconds: CODE_TTL_MS / 1000 });
    },

    /** Checks the code and signs the worker in, creating (and if possible binding) the account. */
    async verifyCode(rawPhone: string, code: string, meta: { ip: string | null; userAgent: string | null; requestId: string | null }): Promise<Result<SignedIn>> {
      const phone = normalisePhone(rawPhone);
      if (!phone) return refuse('phone_format');
      const phoneIndex = pii.blindIndex('phone', phone);
      const live = await workers.latestLiveCode(db.kysely, phoneIndex, at());
      if (!live || live.attempts >= MAX_ATTEMPTS) return refuse('otp_invalid');
      if (live.code_hash !== codeHash(phoneIndex, code.trim())) {
        await workers.bumpAttempts(db.kysely, live.id, live.attempts + 1);
        return refuse('otp_invalid');
      }
      const existing = await workers.findLogin(db.kysely, phoneIndex);
      const personId = existing ? null : await directory.byPhone(phone);
      const passwordHash = existing ? '' : await hash(crypto.randomBytes(24).toString('base64'));
      const result = await db.kysely.transaction().execute(async (trx) => {
        if ((await workers.useCode(trx, live.id, at())) === 0) return null;
        let userId = existing?.user_id;
        if (!userId) {
          userId = newId();
          await repo.insertUser(trx, {
            id: userId, username: `worker-${phoneIndex.slice(0, 16)}`, display_name: maskedName(phone), role: 'worker', jurisdiction: '',
            department: null, person_id: personId, enterprise_id: null, password_hash: passwordHash, must_change_password: 0,
            disabled: 0, failed_logins: 0, locked_until: null, created_at: at(), updated_at: at(),
          });
          await workers.insertLogin(trx, { phone_index: phoneIndex, user_id: userId, phone_enc: pii.encrypt(phone), created_at: at() });
        }
        const user = await repo.findUserById(trx, userId);
        const actor = user ? actorFromUser(user, meta.requestId) : null;
        const view = user ? viewOf(user) : null;
        if (!user || !actor || !view) return null;
        if (!existing) await audit.record(trx, actor, { province: '00', action: 'worker.account_created', entityType: 'user', entityId: userId, details: { bound: personId !== null } });
        const session = await auth.startSession(trx, actor, userId, meta);
        return { ...session, user: view };
      });
      return result ? ok(result) : refuse('otp_invalid');
    },

    /** Binds a signed-in worker account to a registry record by ID number and name. */
    async bind(actor: Actor, idNumber: string, name: string): Promise<Result<{ personId: string }>> {
      if (actor.role !== 'worker' || !actor.userId) return refuse('forbidden');
      if (actor.personId) return refuse('conflict', { zh: '账户已绑定登记信息', en: 'The account is already bound to a registry record' });
      const found = await directory.byIdNumberAndName(idNumber, name);
      if (!found) return refuse('worker_bind_failed');
      const userId = actor.userId;
      await db.kysely.transaction().execute(async (trx) => {
        await repo.updateUser(trx, userId, { person_id: found.personId, updated_at: at() });
        await audit.record(trx, actor, { province: provinceOf(found.province), action: 'worker.bound', entityType: 'person', entityId: found.personId });
      });
      return ok({ personId: found.personId });
    },
  };
}

function maskedName(phone: string): string {
  return `务工人员 ${phone.slice(-4)}`;
}

export type WorkerSigninService = ReturnType<typeof createWorkerSigninService>;
