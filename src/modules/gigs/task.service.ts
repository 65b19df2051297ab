/**
 * Gig tasks: posted by an employer (portal) or an officer for one; the day rate checked against the
 * local minimum (8 × the hourly minimum, the jobs module's check and refusal); listed by scope (staff
 * by the place, an employer its own, a worker the open ones); closed or cancelled on the workflow.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { provinceOf } from '../actor.js';
import { can } from '../accounts/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';
import { isDivisionCode } from '../regions/index.js';
import { isOccupationCode } from '../catalog/index.js';
import { NOTIFY_TOPIC, notice } from '../jobs/index.js';
import { dateProblem, MAX_HEADCOUNT, signupWorkflow, taskWorkflow, type TaskStatus } from './gig.js';
import { mayManageTask, mayReadTask } from './gigs.policy.js';
import type { GigsPorts } from './ports.js';
import type { GigReader } from './gig.read.js';
import type { GigTaskRow } from './gig.table.js';
import type { SignupView, TaskView } from './gig.view.js';
import * as repo from './gig.repository.js';
import { TIMER_REMIND } from './gig.notices.js';

export interface TaskInput {
  enterpriseId?: string | undefined;
  title: string;
  occupationCode: string;
  placeCode: string;
  address: string;
  startDate: string;
  endDate?: string | undefined;
  dayRateFen: number;
  headcount: number;
  bring?: string | undefined;
}

export interface TaskListQuery {
  status?: TaskStatus | undefined;
  place?: string | undefined;
  page: number;
  pageSize: number;
}

function validate(i: TaskInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (path: string, zh: string, en: string) => errors.push(fieldError(path, 'gig_invalid', { zh, en }));
  if (i.title.trim() === '') bad('/title', '请填写任务名称', 'Give the task a title');
  if (!isOccupationCode(i.occupationCode)) bad('/occupationCode', '职业代码不在2022年版职业分类大典中', 'Not a 2022 occupation code');
  if (!isDivisionCode(i.placeCode)) bad('/placeCode', '地点代码无效', 'Not a division code');
  if (i.address.trim() === '') bad('/address', '请填写详细地址', 'Give the address');
  if (!Number.isInteger(i.headcount) || i.headcount < 1 || i.headcount > MAX_HEADCOUNT)
    bad('/headcount', `人数须在1到${MAX_HEADCOUNT}之间`, `The headcount is 1 to ${MAX_HEADCOUNT}`);
  if (!Number.isInteger(i.dayRateFen) || i.dayRateFen <= 0) bad('/dayRateFen', '请填写日工资', 'Give the day rate');
  const dates = dateProblem(i.startDate, i.endDate ?? i.startDate, today);
  if (dates) bad(dates.path, dates.zh, dates.en);
  return errors;
}

export function createTaskService(deps: Deps, ports: GigsPorts, read: GigReader) {
  const { db, clock } = deps;

  async function loadReadable(actor: Actor, id: string): Promise<Result<GigTaskRow>> {
    const t = await repo.findTask(db.kysely, id);
    if (!t) return refuse('out_of_jurisdiction');
    const mine = actor.role === 'worker' && actor.personId ? await repo.signupOf(db.kysely, id, actor.personId) : undefined;
    const may = mayReadTask(actor, t, mine !== undefined);
    return may.ok ? ok(t) : may;
  }

  async function loadManaged(actor: Actor, id: string): Promise<Result<GigTaskRow>> {
    const t = await repo.findTask(db.kysely, id);
    if (!t) return refuse('out_of_jurisdiction');
    const may = mayManageTask(actor, t);
    return may.ok ? ok(t) : may;
  }

  return {
    loadReadable,
    loadManaged,

    async create(actor: Actor, input: TaskInput): Promise<Result<TaskView>> {
      if (!can(actor, 'gigs.post')) return refuse('forbidden');
      const enterpriseId = actor.role === 'employer' ? actor.enterpriseId : (input.enterpriseId ?? null);
      if (enterpriseId === null)
        return actor.role === 'employer'
          ? refuse('gig_no_employer')
          : refuse('validation_failed', { errors: [fieldError('/enterpriseId', 'gig_invalid')] });
      const today = read.today();
      const errors = validate(input, today);
      if (errors.length > 0) return refuse('validation_failed', { errors });
      const employer = await ports.enterprise(enterpriseId);
      if (!employer) return refuse('not_found');
      const may = mayManageTask(actor, { enterprise_id: employer.id, place_code: input.placeCode });
      if (!may.ok) return may;
      if (await repo.suspensionOf(db.kysely, employer.id)) return refuse('gig_employer_suspended');
      const rate = await ports.checkDayRate(input.placeCode, input.startDate, input.dayRateFen);
      if (!rate.ok) return rate;
      const at = isoInstant(clock.now());
      const row: GigTaskRow = {
        id: newId(),
        province: provinceOf(input.placeCode),
        enterprise_id: employer.id,
        title: input.title.trim(),
        occupation_code: input.occupationCode,
        place_code: input.placeCode,
        address: input.address.trim(),
        start_date: input.startDate,
        end_date: input.endDate ?? input.startDate,
        day_rate_fen: input.dayRateFen,
        headcount: input.headcount,
        confirmed: 0,
        bring: (input.bring ?? '').trim(),
        status: 'open',
        version: 1,
        created_at: at,
        created_by: actor.userId,
        updated_at: at,
      };
      const done = await ports.uow.write(actor, async (w) => {
        await repo.insertTask(w.trx, row);
        await w.audit({
          province: row.province,
          region: row.place_code,
          action: 'gig_task.create',
          entityType: 'gig_task',
          entityId: row.id,
          details: { enterpriseId: row.enterprise_id, dayRateFen: row.day_rate_fen, headcount: row.headcount, startDate: row.start_date },
        });
        return ok(row.id);
      });
      return done.ok ? ok(await read.task(row)) : done;
    },

    async get(actor: Actor, id: string): Promise<Result<TaskView>> {
      const t = await loadReadable(actor, id);
      return t.ok ? ok(await read.task(t.value)) : t;
    },

    /** Staff: the area's tasks; an employer: its own; a worker: open tasks not yet started, which take sign-ups (near a place when given). */
    async list(actor: Actor, q: TaskListQuery): Promise<Result<{ items: TaskView[]; total: number }>> {
      const page = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize, placePrefix: q.place };
      let r;
      if (actor.role === 'worker') {
        if (!can(actor, 'gigs.work')) return refuse('forbidden');
        r = await repo.listTasks(db.kysely, { ...page, status: ['open'], startsFrom: read.today() });
      } else if (actor.role === 'employer') {
        if (!actor.enterpriseId) return refuse('gig_no_employer');
        r = await repo.listTasks(db.kysely, { ...page, enterpriseId: actor.enterpriseId, status: q.status ? [q.status] : undefined });
      } else {
        if (!can(actor, 'gigs.read') && !can(actor, 'gigs.post')) return refuse('forbidden');
        r = await repo.listTasks(db.kysely, { ...page, scope: actor.jurisdiction, status: q.status ? [q.status] : undefined });
      }
      return ok({ items: await read.tasks(r.rows), total: r.total });
    },

    /** The task's sign-ups, first come first (its employer and the area's officers). */
    async signups(actor: Actor, id: string): Promise<Result<SignupView[]>> {
      const t = await loadManaged(actor, id);
      if (!t.ok) return t;
      return ok(await read.signups(await repo.signupsOfTask(db.kysely, id)));
    },

    /** Stops sign-ups (confirmed workers keep their place). */
    async close(actor: Actor, id: string, version: number): Promise<Result<TaskView>> {
      const t = await loadManaged(actor, id);
      if (!t.ok) return t;
      const done = await ports.uow.write(actor, async (w) =>
        ports.workflows.transition(w, taskWorkflow, {
          id,
          from: t.value.status as TaskStatus,
          event: 'close',
          expectedVersion: version,
          province: t.value.province,
          region: t.value.place_code,
        }),
      );
      if (!done.ok) return done;
      return this.get(actor, id);
    },

    /** Cancels the task with its waiting and confirmed sign-ups; the confirmed workers are told. */
    async cancel(actor: Actor, id: string, version: number): Promise<Result<TaskView>> {
      const t = await loadManaged(actor, id);
      if (!t.ok) return t;
      const task = t.value;
      const done = await ports.uow.write(actor, async (w) => {
        const moved = await ports.workflows.transition(w, taskWorkflow, {
          id,
          from: task.status as TaskStatus,
          event: 'cancel',
          expectedVersion: version,
          province: task.province,
          region: task.place_code,
        });
        if (!moved.ok) return moved;
        for (const s of await repo.signupsOfTask(w.trx, id)) {
          if (s.status !== 'signed_up' && s.status !== 'confirmed') continue;
          const c = await ports.workflows.transition(w, signupWorkflow, {
            id: s.id,
            from: s.status,
            event: 'cancel',
            expectedVersion: Number(s.version),
            province: s.province,
            region: s.place_code,
          });
          if (!c.ok) return c;
          await ports.timers.cancel(w.trx, s.id, TIMER_REMIND);
          w.send(
            NOTIFY_TOPIC,
            notice({
              kind: 'gig.cancelled',
              personId: s.person_id,
              refId: id,
              zh: `零工任务“${task.title}”（${task.start_date}）已取消`,
              en: `The gig "${task.title}" (${task.start_date}) was cancelled`,
            }),
          );
        }
        return ok(id);
      });
      if (!done.ok) return done;
      return this.get(actor, id);
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
