/**
 * Sign-ups: a worker signs up from the phone (once per task: a unique key); the employer confirms up
 * to the headcount (a conditional UPDATE, decision 187) or declines; the employer records days
 * worked and the amount paid (a record, not a transfer); the worker confirms or disputes it. Every
 * step on the sign-up workflow in one unit of work, with its notice through the jobs module's outbox
 * topic, and a reminder the day before the start (a kernel timer).
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import type { Work } from '../kernel/index.js';
import { NOTIFY_TOPIC } from '../jobs/index.js';
import { gigDays, reminderDay, signupWorkflow, type SignupEvent, type SignupStatus } from './gig.js';
import { isOwnSignup, mayManageTask } from './gigs.policy.js';
import type { GigsPorts } from './ports.js';
import type { GigReader } from './gig.read.js';
import type { GigSignupRow, GigTaskRow } from './gig.table.js';
import type { MySignupView, SignupView } from './gig.view.js';
import * as repo from './gig.repository.js';
import { onReminder, TIMER_REMIND, told } from './gig.notices.js';

export function createSignupService(deps: Deps, ports: GigsPorts, read: GigReader) {
  const { db, clock } = deps;

  onReminder(ports);

  /** A sign-up and its task, for the employer (or an officer) of the task, or the worker who owns it. */
  async function load(actor: Actor, id: string, side: 'employer' | 'worker'): Promise<Result<{ s: GigSignupRow; t: GigTaskRow }>> {
    const s = await repo.findSignup(db.kysely, id);
    const t = s ? await repo.findTask(db.kysely, s.task_id) : undefined;
    if (!s || !t) return refuse('out_of_jurisdiction');
    if (side === 'worker') return isOwnSignup(actor, s) ? ok({ s, t }) : refuse('out_of_jurisdiction');
    const may = mayManageTask(actor, t);
    return may.ok ? ok({ s, t }) : may;
  }

  /** One step on a sign-up, with whatever else the step writes, in one unit of work. */
  async function step(
    actor: Actor,
    x: { s: GigSignupRow; t: GigTaskRow },
    event: SignupEvent,
    version: number,
    extra: {
      patch?: { days_worked?: number; paid_fen?: number; dispute_reason?: string | null };
      before?: (w: Work) => Promise<Result<true>>;
      after?: (w: Work) => Promise<void>;
      details?: Record<string, unknown>;
    } = {},
  ): Promise<Result<SignupView>> {
    const done = await ports.uow.write(actor, async (w) => {
      const moved = await ports.workflows.transition(w, signupWorkflow, {
        id: x.s.id,
        from: x.s.status as SignupStatus,
        event,
        expectedVersion: version,
        province: x.s.province,
        region: x.s.place_code,
        ...(extra.patch ? { patch: extra.patch } : {}),
        details: { taskId: x.t.id, ...extra.details },
      });
      if (!moved.ok) return moved;
      if (extra.before) {
        const pre = await extra.before(w);
        if (!pre.ok) return pre;
      }
      if (extra.after) await extra.after(w);
      return ok(x.s.id);
    });
    if (!done.ok) return done;
    const fresh = await repo.findSignup(db.kysely, x.s.id);
    return fresh ? ok(await read.signup(fresh)) : refuse('not_found');
  }

  async function confirmOne(actor: Actor, x: { s: GigSignupRow; t: GigTaskRow }, version: number): Promise<Result<SignupView>> {
    const { s, t } = x;
    if (t.status === 'cancelled') return refuse('gig_not_open');
    return step(actor, x, 'confirm', version, {
      // The place is taken in the same transaction: on a full task the whole step rolls back.
      before: async (w) => ((await repo.takePlace(w.trx, t.id, isoInstant(clock.now()))) ? ok(true) : refuse('gig_full')),
      after: async (w) => {
        const day = reminderDay(t.start_date, read.today());
        if (day) await ports.timers.schedule(w.trx, TIMER_REMIND, s.id, `${day}T00:00:00.000Z`, {});
        w.send(
          NOTIFY_TOPIC,
          told(
            'confirmed',
            { personId: s.person_id },
            t,
            `报名已确认：${t.title}，${t.start_date}开工，地点${t.address}`,
            `Your sign-up is confirmed: ${t.title}, starting ${t.start_date} at ${t.address}`,
          ),
        );
      },
    });
  }

  return {
    async signUp(actor: Actor, taskId: string): Promise<Result<SignupView>> {
      if (!can(actor, 'gigs.work')) return refuse('forbidden');
      if (!actor.personId) return refuse('gig_no_person');
      const personId = actor.personId;
      const t = await repo.findTask(db.kysely, taskId);
      if (!t) return refuse('out_of_jurisdiction');
      const mine = await repo.signupOf(db.kysely, taskId, personId);
      if (mine) return refuse('gig_already_signed_up');
      if (t.status !== 'open') return refuse('out_of_jurisdiction');
      if (t.start_date < read.today()) return refuse('gig_not_open');
      const at = isoInstant(clock.now());
      const row: GigSignupRow = {
        id: newId(),
        task_id: t.id,
        person_id: personId,
        province: t.province,
        place_code: t.place_code,
        status: 'signed_up',
        days_worked: null,
        paid_fen: null,
        dispute_reason: null,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      const already = refuse('gig_already_signed_up').reason;
      const done = await ports.uow.write(
        actor,
        async (w) => {
          await repo.insertSignup(w.trx, row);
          await w.audit({
            province: row.province,
            region: row.place_code,
            action: 'gig_signup.create',
            entityType: 'gig_signup',
            entityId: row.id,
            details: { taskId: t.id },
          });
          w.send(
            NOTIFY_TOPIC,
            told(
              'signed_up',
              { enterpriseId: t.enterprise_id },
              t,
              `零工任务“${t.title}”有新的报名`,
              `A new sign-up for the gig "${t.title}"`,
            ),
          );
          return ok(row.id);
        },
        { uniques: { gig_signups_once: already, 'gig_signups.task_id': already } },
      );
      return done.ok ? ok(await read.signup(row)) : done;
    },

    /** The worker's own sign-ups with their tasks, newest first. */
    async mine(actor: Actor): Promise<Result<MySignupView[]>> {
      if (!can(actor, 'gigs.work')) return refuse('forbidden');
      if (!actor.personId) return refuse('gig_no_person');
      const rows = await repo.signupsOfPerson(db.kysely, actor.personId);
      const views = await read.signups(rows);
      const tasks = new Map(
        (
          await read.tasks(
            await repo.findTasks(
              db.kysely,
              rows.map((s) => s.task_id),
            ),
          )
        ).map((t) => [t.id, t]),
      );
      return ok(views.flatMap((v) => (tasks.has(v.taskId) ? [{ ...v, task: tasks.get(v.taskId)! }] : [])));
    },

    async withdraw(actor: Actor, id: string, version: number): Promise<Result<SignupView>> {
      const x = await load(actor, id, 'worker');
      return x.ok ? step(actor, x.value, 'withdraw', version) : x;
    },

    /** The employer chooses a sign-up (refused beyond the headcount). */
    async confirm(actor: Actor, id: string, version: number): Promise<Result<SignupView>> {
      const x = await load(actor, id, 'employer');
      return x.ok ? confirmOne(actor, x.value, version) : x;
    },

    /** First come first: confirms waiting sign-ups in the order they came until the headcount is reached. */
    async confirmInOrder(actor: Actor, taskId: string): Promise<Result<SignupView[]>> {
      const t = await repo.findTask(db.kysely, taskId);
      if (!t) return refuse('out_of_jurisdiction');
      const may = mayManageTask(actor, t);
      if (!may.ok) return may;
      const confirmed: SignupView[] = [];
      for (const s of await repo.signupsOfTask(db.kysely, taskId)) {
        if (s.status !== 'signed_up') continue;
        const task = await repo.findTask(db.kysely, taskId);
        if (!task || task.confirmed >= task.headcount) break;
        const r = await confirmOne(actor, { s, t: task }, Number(s.version));
        if (r.ok) confirmed.push(r.value);
        else if (r.reason.code === 'gig_full') break;
      }
      return ok(confirmed);
    },

    async decline(actor: Actor, id: string, version: number): Promise<Result<SignupView>> {
      const x = await load(actor, id, 'employer');
      if (!x.ok) return x;
      const { s, t } = x.value;
      return step(actor, x.value, 'decline', version, {
        after: async (w) => {
          w.send(
            NOTIFY_TOPIC,
            told('declined', { personId: s.person_id }, t, `很抱歉，零工任务“${t.title}”已招满`, `Sorry, the gig "${t.title}" is taken`),
          );
        },
      });
    },

    /** The employer records days worked and the amount paid; the worker is asked to confirm. */
    async record(actor: Actor, id: string, input: { version: number; daysWorked: number; paidFen: number }): Promise<Result<SignupView>> {
      const x = await load(actor, id, 'employer');
      if (!x.ok) return x;
      const { s, t } = x.value;
      const max = gigDays(t.start_date, t.end_date);
      if (!Number.isInteger(input.daysWorked) || input.daysWorked < 0 || input.daysWorked > max)
        return refuse('validation_failed', {
          errors: [fieldError('/daysWorked', 'gig_invalid', { zh: `天数须在0到${max}之间`, en: `Days worked are 0 to ${max}` })],
        });
      if (!Number.isInteger(input.paidFen) || input.paidFen < 0)
        return refuse('validation_failed', { errors: [fieldError('/paidFen', 'gig_invalid')] });
      return step(actor, x.value, 'record', input.version, {
        patch: { days_worked: input.daysWorked, paid_fen: input.paidFen, dispute_reason: null },
        details: { daysWorked: input.daysWorked, paidFen: input.paidFen },
        after: async (w) => {
          w.send(
            NOTIFY_TOPIC,
            told(
              'to_confirm',
              { personId: s.person_id },
              t,
              `请确认零工完成情况：${t.title}，工作${input.daysWorked}天，已付${(input.paidFen / 100).toFixed(2)}元`,
              `Please confirm your gig: ${t.title}, ${input.daysWorked} day(s) worked, ¥${(input.paidFen / 100).toFixed(2)} paid`,
            ),
          );
        },
      });
    },

    /** The worker confirms the record. */
    async accept(actor: Actor, id: string, version: number): Promise<Result<SignupView>> {
      const x = await load(actor, id, 'worker');
      if (!x.ok) return x;
      const { t } = x.value;
      return step(actor, x.value, 'accept', version, {
        after: async (w) => {
          w.send(
            NOTIFY_TOPIC,
            told('completed', { enterpriseId: t.enterprise_id }, t, `工人已确认完成：${t.title}`, `A worker confirmed: ${t.title}`),
          );
        },
      });
    },

    /** The worker disputes the record, saying why; the employer may record it again. */
    async dispute(actor: Actor, id: string, input: { version: number; reason: string }): Promise<Result<SignupView>> {
      const x = await load(actor, id, 'worker');
      if (!x.ok) return x;
      if (input.reason.trim() === '') return refuse('validation_failed', { errors: [fieldError('/reason', 'gig_invalid')] });
      const { t } = x.value;
      return step(actor, x.value, 'dispute', input.version, {
        patch: { dispute_reason: input.reason.trim() },
        after: async (w) => {
          w.send(
            NOTIFY_TOPIC,
            told(
              'disputed',
              { enterpriseId: t.enterprise_id },
              t,
              `工人对完成记录有异议：${t.title}`,
              `A worker disputes the record: ${t.title}`,
            ),
          );
        },
      });
    },
  };
}

export type SignupService = ReturnType<typeof createSignupService>;
