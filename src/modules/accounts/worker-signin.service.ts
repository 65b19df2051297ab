/**
 * Workers sign in with their phone and a one-time code sent by SMS (DESIGN.md, "Workers sign in").
 * The first sign-in creates a worker account. An unbound account is bound to the registry record at
 * sign-in when exactly one live record carries that phone and no other account holds it; otherwise
 * the worker files a binding request an officer decides (binding.service.ts, decision 105).
 */
import crypto from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import type { OutboxService } from '../system/index.js';
import type { AuthService, SignedIn } from './auth.service.js';
import { actorFromUser, viewOf } from './auth.service.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { uniqueViolation, type WorkflowEngine } from '../kernel/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { normalisePhone } from '../../core/phone.js';
import * as repo from './account.repository.js';
import * as workers from './worker.repository.js';
import * as bindings from './binding.repository.js';
import type { PersonDirectory } from './binding.js';
import { createBindingSteps } from './binding.steps.js';

const CODE_TTL_MS = 5 * 60_000;
const RESEND_AFTER_MS = 60_000;
const DAILY_LIMIT = 10;
const MAX_ATTEMPTS = 5;

export function createWorkerSigninService(
  deps: Deps,
  audit: AuditService,
  auth: AuthService,
  outbox: OutboxService,
  workflows: WorkflowEngine,
  directory: PersonDirectory,
) {
  const { db, clock, pii } = deps;
  const steps = createBindingSteps(workflows);
  const at = (offsetMs = 0) => isoInstant(new Date(clock.now().getTime() + offsetMs));
  const codeHash = (phoneIndex: string, code: string) => crypto.createHash('sha256').update(`${phoneIndex}:${code}`).digest('hex');

  return {
    /** Sends a 6-digit code. Answers the same whether or not the phone is known. */
    async requestCode(rawPhone: string): Promise<Result<{ expiresInSeconds: number }>> {
      const phone = normalisePhone(rawPhone);
      if (!phone) return refuse('phone_format');
      const phoneIndex = pii.blindIndex('phone', phone);
      if ((await workers.countCodesSince(db.kysely, phoneIndex, at(-RESEND_AFTER_MS))) > 0) return refuse('otp_too_soon');
      if ((await workers.countCodesSince(db.kysely, phoneIndex, at(-86_400_000))) >= DAILY_LIMIT) return refuse('otp_daily_limit');
      const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
      await db.kysely.transaction().execute(async (trx) => {
        await workers.insertCode(trx, {
          id: newId(),
          phone_index: phoneIndex,
          code_hash: codeHash(phoneIndex, code),
          created_at: at(),
          expires_at: at(CODE_TTL_MS),
          attempts: 0,
          used_at: null,
        });
        await outbox.enqueue(
          trx,
          'sms',
          pii.encrypt(
            JSON.stringify({ to: phone, text: `【务工】您的登录验证码是 ${code}，5分钟内有效。Your Wugong sign-in code is ${code}.` }),
          ),
        );
      });
      void outbox.drain();
      return ok({ expiresInSeconds: CODE_TTL_MS / 1000 });
    },

    /** Checks the code and signs the worker in, creating the account, and binding it when the record carries this phone. */
    async verifyCode(
      rawPhone: string,
      code: string,
      meta: { ip: string | null; userAgent: string | null; requestId: string | null },
    ): Promise<Result<SignedIn>> {
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
      const account = existing ? await repo.findUserById(db.kysely, existing.user_id) : undefined;
      // The phone proves the record only when the record carries it and no other account holds it.
      let personId = account?.person_id ? null : await directory.byPhone(phone);
      if (personId !== null && (await bindings.holderOf(db.kysely, personId)) !== undefined) personId = null;
      const place = personId === null ? null : await directory.summary(personId);
      const passwordHash = existing ? '' : await hash(crypto.randomBytes(24).toString('base64'));

      const signIn = (bindTo: string | null) =>
        db.kysely.transaction().execute(async (trx) => {
          if ((await workers.useCode(trx, live.id, at())) === 0) return null;
          let userId = existing?.user_id;
          if (!userId) {
            userId = newId();
            await repo.insertUser(trx, {
              id: userId,
              username: `worker-${phoneIndex.slice(0, 16)}`,
              display_name: maskedName(phone),
              role: 'worker',
              jurisdiction: '',
              department: null,
              person_id: null,
              enterprise_id: null,
              password_hash: passwordHash,
              must_change_password: 0,
              disabled: 0,
              failed_logins: 0,
              locked_until: null,
              created_at: at(),
              updated_at: at(),
            });
            await workers.insertLogin(trx, { phone_index: phoneIndex, user_id: userId, phone_enc: pii.encrypt(phone), created_at: at() });
          }
          const bound = bindTo !== null && (await bindings.bindUser(trx, userId, bindTo, at()));
          const user = await repo.findUserById(trx, userId);
          const actor = user ? actorFromUser(user, meta.requestId) : null;
          const view = user ? viewOf(user) : null;
          if (!user || !actor || !view) return null;
          if (!existing)
            await audit.record(trx, actor, {
              province: '00',
              action: 'worker.account_created',
              entityType: 'user',
              entityId: userId,
              details: { bound },
            });
          if (bound && bindTo !== null) {
            // A request filed before the phone reached the record has nothing left to decide: withdrawn by
            // the workflow in this transaction. A refusal means it was decided meanwhile: nothing is pending.
            await steps.withdrawPending({ trx, audit: (input) => audit.record(trx, actor, input) }, userId);
            await audit.record(trx, actor, {
              province: place?.province ?? '00',
              region: place?.hukouCode ?? null,
              action: 'worker.bound_by_phone',
              entityType: 'person',
              entityId: bindTo,
              details: { userId },
            });
          }
          const session = await auth.startSession(trx, actor, userId, meta);
          return { ...session, user: view };
        });

      let result;
      try {
        result = await signIn(personId);
      } catch (err) {
        // Another account took the record in the meantime (users_person_unique): sign in unbound.
        if (personId === null || uniqueViolation(err) === null) throw err;
        result = await signIn(null);
      }
      return result ? ok(result) : refuse('otp_invalid');
    },
  };
}

function maskedName(phone: string): string {
  return `务工人员 ${phone.slice(-4)}`;
}

export type WorkerSigninService = ReturnType<typeof createWorkerSigninService>;
