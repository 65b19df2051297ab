/**
 * After the work: ratings both ways (1–5, one per side and sign-up: a unique key), abuse reports with
 * an officer's action (note, warn, or suspend the employer's gig posting; on the report workflow,
 * audited), the area's market overview, and a worker's portable gig history (completed gigs across
 * employers and counties) as a list and a real .xlsx, for the worker or an officer of their area.
 */
import type { Readable } from 'node:stream';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { divisionName } from '../regions/index.js';
import { occupationName } from '../catalog/index.js';
import { streamSheet, type SheetColumn } from '../exports/index.js';
import { NOTIFY_TOPIC, notice } from '../jobs/index.js';
import { finishedStatuses, reportWorkflow, type ReportAction, type ReportReason, type ReportStatus, type SignupStatus } from './gig.js';
import { isOwnSignup, mayManageTask, mayOversee } from './gigs.policy.js';
import type { GigsPorts } from './ports.js';
import type { GigReader } from './gig.read.js';
import type { GigSignupRow, GigTaskRow } from './gig.table.js';
import { toReportView, type MySignupView, type ReportView, type SignupView } from './gig.view.js';
import * as repo from './gig.repository.js';

/** One completed gig of a worker's history. */
export type HistoryItem = MySignupView;

const historyColumns: SheetColumn<HistoryItem>[] = [
  { header: '任务 Task', width: 24, value: (h) => h.task.title },
  { header: '职业 Occupation', width: 20, value: (h) => occupationName(h.task.occupationCode) ?? h.task.occupationCode },
  { header: '用人单位 Employer', width: 28, value: (h) => h.task.enterpriseName },
  { header: '地点 Place', width: 20, value: (h) => divisionName(h.task.placeCode) ?? h.task.placeCode },
  { header: '开始 Start', value: (h) => h.task.startDate },
  { header: '结束 End', value: (h) => h.task.endDate },
  { header: '日工资(元) Day rate (yuan)', value: (h) => h.task.dayRateFen / 100 },
  { header: '工作天数 Days worked', value: (h) => h.daysWorked },
  { header: '实付(元) Paid (yuan)', value: (h) => (h.paidFen === null ? null : h.paidFen / 100) },
  { header: '单位评分 Employer rating', value: (h) => h.employerRating },
];

export function createFeedbackService(deps: Deps, ports: GigsPorts, read: GigReader) {
  const { db, clock } = deps;

  /** The sign-up and task, and which side the actor speaks for (the worker, or the task's employer/officer). */
  async function party(actor: Actor, signupId: string): Promise<Result<{ s: GigSignupRow; t: GigTaskRow; side: 'worker' | 'employer' }>> {
    const s = await repo.findSignup(db.kysely, signupId);
    const t = s ? await repo.findTask(db.kysely, s.task_id) : undefined;
    if (!s || !t) return refuse('out_of_jurisdiction');
    if (actor.role === 'worker') return isOwnSignup(actor, s) ? ok({ s, t, side: 'worker' }) : refuse('out_of_jurisdiction');
    const may = mayManageTask(actor, t);
    return may.ok ? ok({ s, t, side: 'employer' }) : may;
  }

  async function history(personId: string): Promise<HistoryItem[]> {
    const rows = await repo.signupsOfPerson(db.kysely, personId, ['completed']);
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
    return views
      .flatMap((v) => (tasks.has(v.taskId) ? [{ ...v, task: tasks.get(v.taskId)! }] : []))
      .sort((a, b) => (a.task.startDate < b.task.startDate ? 1 : a.task.startDate > b.task.startDate ? -1 : 0));
  }

  /** Whose history the actor may read: their own, or (an officer) a person of the area. */
  async function historyOwner(actor: Actor, personId: string): Promise<Result<string>> {
    if (actor.role === 'worker') return actor.personId === personId ? ok(personId) : refuse('out_of_jurisdiction');
    const p = (await ports.people.summaries([personId])).get(personId);
    if (!p) return refuse('out_of_jurisdiction');
    const may = mayOversee(actor, p.codes);
    return may.ok ? ok(personId) : may;
  }

  /**
   * After a report's lift: the employer stays suspended while another report keeps it so (reports may
   * be in several counties); the suspension ends, and the employer is told, only with the last one.
   * The suspension row is locked first, so two lifts at the same moment see each other.
   */
  async function endSuspensionIfLast(trx: Transaction<Database>, enterpriseId: string, reportId: string): Promise<boolean> {
    await repo.lockSuspension(trx, db.dialect, enterpriseId);
    if ((await repo.suspendedReportsOf(trx, enterpriseId, reportId)).length > 0) return false;
    return (await repo.deleteSuspension(trx, enterpriseId)) > 0;
  }
  return {
    async rate(actor: Actor, signupId: string, input: { score: number; comment?: string | undefined }): Promise<Result<SignupView>> {
      const x = await party(actor, signupId);
      if (!x.ok) return x;
      if (actor.role !== 'worker' && actor.role !== 'employer') return refuse('forbidden');
      if (!finishedStatuses.includes(x.value.s.status as SignupStatus)) return refuse('gig_not_finished');
      if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5)
        return refuse('validation_failed', { errors: [fieldError('/score', 'gig_invalid')] });
      const { s, side } = x.value;
      const already = refuse('gig_already_rated').reason;
      const done = await ports.uow.write(
        actor,
        async (w) => {
          const id = newId();
          const comment = input.comment?.trim() ? input.comment.trim() : null;
          await repo.insertRating(w.trx, { id, signup_id: s.id, side, score: input.score, comment, created_at: isoInstant(clock.now()) });
          await w.audit({
            province: s.province,
            region: s.place_code,
            action: 'gig_rating.create',
            entityType: 'gig_signup',
            entityId: s.id,
            details: { side, score: input.score },
          });
          return ok(true as const);
        },
        { uniques: { gig_ratings_once: already, 'gig_ratings.signup_id': already } },
      );
      return done.ok ? ok(await read.signup(s)) : done;
    },

    /** A worker reports the employer, or the employer the worker, on a sign-up they share. */
    async report(actor: Actor, signupId: string, input: { reason: ReportReason; detail: string }): Promise<Result<{ id: string }>> {
      const x = await party(actor, signupId);
      if (!x.ok) return x;
      if (actor.role !== 'worker' && actor.role !== 'employer') return refuse('forbidden');
      if (input.detail.trim() === '') return refuse('validation_failed', { errors: [fieldError('/detail', 'gig_invalid')] });
      const { s, side } = x.value;
      const at = isoInstant(clock.now());
      const id = newId();
      return ports.uow.write(actor, async (w) => {
        await repo.insertReport(w.trx, {
          id,
          signup_id: s.id,
          province: s.province,
          place_code: s.place_code,
          side,
          reason: input.reason,
          detail: input.detail.trim(),
          status: 'open',
          action_note: null,
          acted_by: null,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await w.audit({
          province: s.province,
          region: s.place_code,
          action: 'gig_report.create',
          entityType: 'gig_report',
          entityId: id,
          details: { side, reason: input.reason, signupId: s.id },
        });
        return ok({ id });
      });
    },

    /** The area's reports (officers), newest first. */
    async reports(actor: Actor, status?: ReportStatus): Promise<Result<ReportView[]>> {
      if (!can(actor, 'gigs.oversee')) return refuse('forbidden');
      const rows = await repo.listReports(db.kysely, actor.jurisdiction, status, 200);
      const signups = new Map(
        (await Promise.all([...new Set(rows.map((r) => r.signup_id))].map((id) => repo.findSignup(db.kysely, id)))).flatMap((s) =>
          s ? [[s.id, s] as const] : [],
        ),
      );
      const tasks = new Map(
        (
          await repo.findTasks(
            db.kysely,
            [...signups.values()].map((s) => s.task_id),
          )
        ).map((t) => [t.id, t]),
      );
      const names = await read.enterpriseNames([...tasks.values()].map((t) => t.enterprise_id));
      const people = await ports.people.summaries([...signups.values()].map((s) => s.person_id));
      return ok(
        rows.map((r) => {
          const s = signups.get(r.signup_id);
          const t = s ? tasks.get(s.task_id) : undefined;
          return toReportView(r, {
            taskId: t?.id ?? '',
            taskTitle: t?.title ?? '',
            enterpriseId: t?.enterprise_id ?? '',
            enterpriseName: t ? (names.get(t.enterprise_id) ?? '') : '',
            personName: s ? (people.get(s.person_id)?.name ?? '') : '',
          });
        }),
      );
    },

    /**
     * An officer acts on a report: a note, a warning to the reported side, suspending the employer's
     * gig posting, or lifting that suspension (the employer may post again and is told so).
     */
    async act(
      actor: Actor,
      reportId: string,
      input: { action: ReportAction; note: string; version: number },
    ): Promise<Result<{ id: string; status: ReportStatus }>> {
      const r = await repo.findReport(db.kysely, reportId);
      if (!r) return refuse('out_of_jurisdiction');
      const may = mayOversee(actor, [r.place_code]);
      if (!may.ok) return may;
      if (input.note.trim() === '') return refuse('validation_failed', { errors: [fieldError('/note', 'gig_invalid')] });
      if (input.action === 'suspend' && r.side !== 'worker') return refuse('gig_step_invalid');
      const s = await repo.findSignup(db.kysely, r.signup_id);
      const t = s ? await repo.findTask(db.kysely, s.task_id) : undefined;
      if (!s || !t) return refuse('not_found');
      return ports.uow.write(actor, async (w) => {
        const moved = await ports.workflows.transition(w, reportWorkflow, {
          id: r.id,
          from: r.status as ReportStatus,
          event: input.action,
          expectedVersion: input.version,
          province: r.province,
          region: r.place_code,
          patch: { action_note: input.note.trim(), acted_by: actor.userId },
          details: { enterpriseId: t.enterprise_id },
        });
        if (!moved.ok) return moved;
        const ended = input.action === 'lift' && (await endSuspensionIfLast(w.trx, t.enterprise_id, r.id));
        if (input.action === 'suspend')
          await repo.insertSuspension(w.trx, {
            enterprise_id: t.enterprise_id,
            report_id: r.id,
            reason: input.note.trim(),
            at: isoInstant(clock.now()),
            by_user: actor.userId,
          });
        if (input.action !== 'note' && (input.action !== 'lift' || ended)) {
          const to = r.side === 'worker' ? { enterpriseId: t.enterprise_id } : { personId: s.person_id };
          const note = input.note.trim();
          const text = {
            warn: { zh: `零工举报警告：${note}`, en: `Warning after a gig report: ${note}` },
            suspend: { zh: `因举报核实，贵单位的零工发布已被暂停：${note}`, en: `After a report, your gig posting is suspended: ${note}` },
            lift: { zh: `贵单位的零工发布已恢复：${note}`, en: `Your gig posting is allowed again: ${note}` },
          }[input.action];
          const kind = { warn: 'gig.warned', suspend: 'gig.suspended', lift: 'gig.lifted' }[input.action];
          w.send(NOTIFY_TOPIC, notice({ kind, ...to, refId: t.id, ...text }));
        }
        return ok({ id: r.id, status: moved.value.to });
      });
    },

    /** A worker's completed gigs (their own, or a person of an officer's area). */
    async history(actor: Actor, personId: string): Promise<Result<HistoryItem[]>> {
      const owner = await historyOwner(actor, personId);
      return owner.ok ? ok(await history(owner.value)) : owner;
    },

    /** The same history as a streamed .xlsx; the export is audited. */
    async historySheet(actor: Actor, personId: string): Promise<Result<Readable>> {
      const owner = await historyOwner(actor, personId);
      if (!owner.ok) return owner;
      const items = await history(owner.value);
      const p = (await ports.people.summaries([personId])).get(personId);
      return streamSheet(
        '零工记录',
        historyColumns,
        async (page, size) => ok({ items: items.slice((page - 1) * size, page * size) }),
        async (rows) => {
          await ports.uow.write(actor, async (w) => {
            await w.audit({
              province: p?.codes[0]?.slice(0, 2) ?? '00',
              region: p?.codes[0] ?? null,
              action: 'gig_history.export',
              entityType: 'person',
              entityId: personId,
              details: { rows },
            });
            return ok(true);
          });
        },
      );
    },

    /** Counts of the area's tasks and sign-ups by state, and its open reports. */
    async market(
      actor: Actor,
    ): Promise<
      Result<{ tasks: Array<{ status: string; n: number }>; signups: Array<{ status: string; n: number }>; openReports: number }>
    > {
      if (!can(actor, 'gigs.read') && !can(actor, 'gigs.oversee')) return refuse('forbidden');
      const counts = await repo.marketCounts(db.kysely, actor.jurisdiction);
      const open = can(actor, 'gigs.oversee') ? (await repo.listReports(db.kysely, actor.jurisdiction, 'open', 1000)).length : 0;
      return ok({ ...counts, openReports: open });
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
