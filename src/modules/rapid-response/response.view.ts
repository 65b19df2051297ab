/** What rapid response shows: events, tasks, listed workers and their offers (rows never leave the module). */
import type { Access } from './response.policy.js';
import { isOverdue, type EventKind, type OfferKind, type OfferStatus, type TaskDepartment, type TaskStatus } from './response.js';
import type { RapidResponseEventRow, RapidResponseOfferRow, RapidResponseTaskRow } from './response.table.js';

export interface TaskView {
  id: string;
  eventId: string;
  eventNumber: string;
  region: string;
  department: TaskDepartment;
  template: string;
  dueOn: string;
  status: TaskStatus;
  /** Not done and past its due date (Beijing), whether or not the timer has marked it yet. */
  overdue: boolean;
  /** When the overdue timer marked it (once). */
  overdueMarkedAt: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  note: string | null;
  doneOn: string | null;
  version: number;
  /** The caller may start or complete it. */
  mayAct: boolean;
}

export interface OfferView {
  id: string;
  workerId: string;
  kind: OfferKind;
  ref: string;
  label: { zh: string; en: string };
  amountFen: number | null;
  status: OfferStatus;
  offeredOn: string;
  closedOn: string | null;
  note: string | null;
  version: number;
}

export interface WorkerView {
  id: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  homeRegion: string;
  addedVia: 'picked' | 'imported';
  offers: OfferView[];
}

export interface DepartmentProgress {
  department: TaskDepartment;
  total: number;
  done: number;
  overdue: number;
}

export interface EventSummary {
  id: string;
  number: string;
  kind: EventKind;
  enterpriseId: string | null;
  enterpriseName: string | null;
  region: string;
  occurredOn: string;
  description: string;
  workersAffected: number;
  reportedVia: 'employer' | 'officer';
  recordedOn: string;
  createdAt: string;
}

export interface EventView extends EventSummary {
  /** How much of the event the caller sees (decision 175). */
  access: Access;
  /** Workers listed on the event in all (a count; the list holds only those the caller may see). */
  workersListed: number;
  tasks: TaskView[];
  workers: WorkerView[];
  progress: DepartmentProgress[];
  /** The caller may list workers (officers of the event's area). */
  mayManage: boolean;
}

export function toSummary(row: RapidResponseEventRow, enterpriseName: string | null): EventSummary {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind as EventKind,
    enterpriseId: row.enterprise_id,
    enterpriseName,
    region: row.region,
    occurredOn: row.occurred_on,
    description: row.description,
    workersAffected: Number(row.workers_affected),
    reportedVia: row.reported_via === 'employer' ? 'employer' : 'officer',
    recordedOn: row.recorded_on,
    createdAt: row.created_at,
  };
}

export function toTaskView(
  row: RapidResponseTaskRow,
  ctx: { eventNumber: string; today: string; ownerName: string | null; mayAct: boolean },
): TaskView {
  return {
    id: row.id,
    eventId: row.event_id,
    eventNumber: ctx.eventNumber,
    region: row.region,
    department: row.department as TaskDepartment,
    template: row.template,
    dueOn: row.due_on,
    status: row.status as TaskStatus,
    overdue: isOverdue(row, ctx.today),
    overdueMarkedAt: row.overdue_at,
    ownerUserId: row.owner_user_id,
    ownerName: ctx.ownerName,
    note: row.note,
    doneOn: row.done_on,
    version: Number(row.version),
    mayAct: ctx.mayAct,
  };
}

export function toOfferView(row: RapidResponseOfferRow): OfferView {
  return {
    id: row.id,
    workerId: row.worker_id,
    kind: row.kind as OfferKind,
    ref: row.ref,
    label: { zh: row.label_zh, en: row.label_en },
    amountFen: row.amount_fen === null ? null : Number(row.amount_fen),
    status: row.status as OfferStatus,
    offeredOn: row.offered_on,
    closedOn: row.closed_on,
    note: row.note,
    version: Number(row.version),
  };
}

/** Tasks by department: how many, how many done, how many overdue. */
export function progressOf(tasks: readonly TaskView[]): DepartmentProgress[] {
  const by = new Map<TaskDepartment, DepartmentProgress>();
  for (const t of tasks) {
    const p = by.get(t.department) ?? { department: t.department, total: 0, done: 0, overdue: 0 };
    p.total++;
    if (t.status === 'done') p.done++;
    if (t.overdue) p.overdue++;
    by.set(t.department, p);
  }
  return [...by.values()];
}
