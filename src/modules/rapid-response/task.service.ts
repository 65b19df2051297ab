/**
 * The tasks of rapid-response events: created from the templates with deadlines in working days
 * (kernel calendar), each with its overdue timer (kernel timers: fires once, survives restarts);
 * started and completed through the task workflow; listed per department (decisions 174, 176).
 */
import type { Deps } from '../deps.js';
import { provinceOf, type Actor } from '../actor.js';
import type { TimersService, TimerWork, UnitOfWork, Work, WorkflowEngine } from '../kernel/index.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { overdueInstant, taskWorkflow, type TaskTemplate } from './response.js';
import { mayActOnTask, seesTask } from './response.policy.js';
import { toTaskView, type TaskView } from './response.view.js';
import type { ResponseUsers } from './response.port.js';
import type { RapidResponseEventRow, RapidResponseTaskRow } from './response.table.js';
import * as repo from './response.repository.js';

export const TIMER_TASK_OVERDUE = 'rapid_response.task_overdue';

/** A template with its due date. */
export interface PlannedTask {
  template: TaskTemplate;
  dueOn: string;
}

export interface TaskPorts {
  uow: UnitOfWork;
  workflows: WorkflowEngine;
  timers: Pick<TimersService, 'on' | 'schedule'>;
  calendar: { addWorkingDays(date: string, n: number): Promise<string> };
  users: ResponseUsers;
}

export function createTaskService(deps: Deps, ports: TaskPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  ports.timers.on(TIMER_TASK_OVERDUE, async (w: TimerWork, timer) => {
    const row = await repo.findTask(w.trx, timer.subjectId);
    if (!row) return;
    // A task done before its deadline, or already marked, is left alone; the mark is set once.
    if (!(await repo.markOverdue(w.trx, row.id, isoInstant(clock.now()), today()))) return;
    await w.audit({
      province: row.province,
      region: row.region,
      action: 'rapid_response_task.overdue',
      entityType: 'rapid_response_task',
      entityId: row.id,
      details: { department: row.department, template: row.template, dueOn: row.due_on },
    });
  });

  async function views(actor: Actor, rows: RapidResponseTaskRow[], events: Map<string, RapidResponseEventRow>): Promise<TaskView[]> {
    const names = await ports.users.displayNames(rows.flatMap((r) => (r.owner_user_id ? [r.owner_user_id] : [])));
    const day = today();
    return rows.map((r) => {
      const e = events.get(r.event_id);
      return toTaskView(r, {
        eventNumber: e?.number ?? '',
        today: day,
        ownerName: r.owner_user_id ? (names[r.owner_user_id] ?? null) : null,
        mayAct: r.status !== 'done' && mayActOnTask(actor, r, e?.enterprise_id ?? null),
      });
    });
  }

  async function eventsOf(rows: RapidResponseTaskRow[]): Promise<Map<string, RapidResponseEventRow>> {
    const ids = [...new Set(rows.map((r) => r.event_id))];
    const found = await Promise.all(ids.map((id) => repo.findEvent(db.kysely, id)));
    return new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  }

  /** One step on a task the actor may act on. */
  async function step(
    actor: Actor,
    id: string,
    s: { event: 'start' | 'complete'; version: number; note?: string | undefined },
  ): Promise<Result<TaskView>> {
    const row = await repo.findTask(db.kysely, id);
    const event = row ? await repo.findEvent(db.kysely, row.event_id) : undefined;
    if (!row || !event || !seesTask(actor, row, event.enterprise_id)) return refuse('out_of_jurisdiction');
    if (!mayActOnTask(actor, row, event.enterprise_id)) return refuse('forbidden');
    const note = s.note?.trim().slice(0, 1000) || null;
    const patch =
      s.event === 'start'
        ? { owner_user_id: actor.userId }
        : { done_on: today(), note, ...(row.owner_user_id === null ? { owner_user_id: actor.userId } : {}) };
    const done = await ports.uow.write(actor, async (w) => {
      const moved = await ports.workflows.transition(w, taskWorkflow, {
        id: row.id,
        from: row.status as (typeof taskWorkflow.states)[number],
        event: s.event,
        expectedVersion: s.version,
        province: row.province,
        region: row.region,
        patch,
        details: { eventId: row.event_id, department: row.department, template: row.template },
      });
      return moved.ok ? ok(row.id) : moved;
    });
    if (!done.ok) return done;
    const fresh = await repo.findTask(db.kysely, row.id);
    if (!fresh) return refuse('not_found');
    const [view] = await views(actor, [fresh], new Map([[event.id, event]]));
    return view ? ok(view) : refuse('not_found');
  }

  return {
    /**
     * The templates with their due dates, N working days after `from` (read before the write: the
     * calendar reads the database, which a unit of work holds on SQLite).
     */
    async plan(templates: readonly TaskTemplate[], from: string): Promise<PlannedTask[]> {
      return Promise.all(templates.map(async (t) => ({ template: t, dueOn: await ports.calendar.addWorkingDays(from, t.days) })));
    },

    /**
     * Creates planned tasks for one area of an event inside the caller's unit of work (a task the
     * event already has for that area is skipped), each with its overdue timer. Returns how many.
     */
    async createTasks(w: Work, event: RapidResponseEventRow, planned: readonly PlannedTask[], region: string): Promise<number> {
      const at = isoInstant(clock.now());
      let created = 0;
      for (const { template: t, dueOn } of planned) {
        const id = newId();
        const inserted = await repo.insertTaskOnce(w.trx, {
          id,
          event_id: event.id,
          province: provinceOf(region),
          region,
          department: t.department,
          template: t.key,
          due_on: dueOn,
          status: 'open',
          owner_user_id: null,
          note: null,
          done_on: null,
          overdue_at: null,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        if (!inserted) continue;
        created++;
        await ports.timers.schedule(w.trx, TIMER_TASK_OVERDUE, id, overdueInstant(dueOn), { eventId: event.id });
      }
      return created;
    },

    views,

    /** The caller's task list: a department user's department, an employer's enterprise, an officer's area. */
    async list(
      actor: Actor,
      q: { department?: string | undefined; status?: string | undefined; page: number; pageSize: number },
    ): Promise<Result<{ items: TaskView[]; total: number }>> {
      if (actor.role === 'employer') {
        if (!actor.enterpriseId) return refuse('forbidden');
        const rows = (await repo.enterpriseTasks(db.kysely, actor.enterpriseId)).filter((r) => !q.status || r.status === q.status);
        return ok({ items: await views(actor, rows, await eventsOf(rows)), total: rows.length });
      }
      if (!can(actor, 'rapid_response.read')) return refuse('forbidden');
      const department = actor.role === 'department' ? (actor.department ?? '') : (q.department ?? null);
      const { rows, total } = await repo.tasksInScope(db.kysely, actor.jurisdiction, {
        department,
        status: q.status,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return ok({ items: await views(actor, rows, await eventsOf(rows)), total });
    },

    start: (actor: Actor, id: string, s: { version: number }) => step(actor, id, { event: 'start', version: s.version }),

    complete: (actor: Actor, id: string, s: { version: number; note?: string | undefined }) => step(actor, id, { event: 'complete', ...s }),
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
