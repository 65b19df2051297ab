/**
 * Rapid response (快速响应, O61-3.1), pure: the kinds of event, the departments that act on one, the
 * default task templates per kind (decision 174), the task and offer workflows, and when a task is
 * overdue. Nothing here touches the database.
 */
import { defineWorkflow } from '../kernel/index.js';
import { departments, type Department } from '../actor.js';
import './response.errors.js';
import { beijingDayOver } from '../../core/clock.js';

/** 规模裁员, 企业关停, 疫情, 灾害. */
export const eventKinds = ['layoff', 'closure', 'epidemic', 'disaster'] as const;
export type EventKind = (typeof eventKinds)[number];

export function isEventKind(s: string): s is EventKind {
  return (eventKinds as readonly string[]).includes(s);
}

/** Who acts on a task: the employment bureau (officers), the enterprise (its employer account) or a department. */
export const taskDepartments = ['employment_bureau', 'enterprise', ...departments] as const;
export type TaskDepartment = (typeof taskDepartments)[number];

export function isTaskDepartment(s: string): s is TaskDepartment {
  return (taskDepartments as readonly string[]).includes(s);
}

/**
 * A default task: who, what (a stable key the pages show as a label) and how many working days
 * after the event is recorded it is due. `home` tasks go to the county a listed worker comes from.
 */
export interface TaskTemplate {
  key: string;
  department: TaskDepartment;
  days: number;
}

const bureau: TaskTemplate = { key: 'register_and_serve', department: 'employment_bureau', days: 3 };
const enterpriseList: TaskTemplate = { key: 'worker_list_and_wages', department: 'enterprise', days: 5 };
const legalAid: TaskTemplate = { key: 'legal_aid', department: 'justice', days: 10 };
const relief: TaskTemplate = { key: 'temporary_relief', department: 'civil_affairs', days: 10 };
const poorLabour: TaskTemplate = { key: 'poor_labourers', department: 'poverty_office', days: 5 };
const returnTransport: TaskTemplate = { key: 'return_transport', department: 'transport', days: 5 };

/** The tasks an event creates in its own county, by kind (decision 174). */
export const eventTemplates: Record<EventKind, readonly TaskTemplate[]> = {
  layoff: [bureau, enterpriseList, legalAid, relief, returnTransport],
  closure: [bureau, enterpriseList, legalAid, relief, returnTransport],
  epidemic: [{ ...bureau, days: 2 }, { ...returnTransport, key: 'point_to_point', days: 2 }, relief],
  disaster: [
    bureau,
    { ...relief, days: 2 },
    { ...returnTransport, days: 3 },
    { key: 'work_for_relief', department: 'development_reform', days: 10 },
  ],
};

/** The tasks each home county of listed workers receives (once per county and event), by kind. */
export const homeTemplates: Record<EventKind, readonly TaskTemplate[]> = {
  layoff: [{ key: 'follow_up_returnees', department: 'employment_bureau', days: 5 }, relief, poorLabour],
  closure: [{ key: 'follow_up_returnees', department: 'employment_bureau', days: 5 }, relief, poorLabour],
  epidemic: [{ key: 'follow_up_returnees', department: 'employment_bureau', days: 5 }, poorLabour],
  disaster: [{ key: 'follow_up_returnees', department: 'employment_bureau', days: 5 }, relief, poorLabour],
};

/** The templates of an event: the enterprise's task only when an enterprise is named. */
export function templatesFor(kind: EventKind, withEnterprise: boolean): TaskTemplate[] {
  return eventTemplates[kind].filter((t) => withEnterprise || t.department !== 'enterprise');
}

export const taskStates = ['open', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof taskStates)[number];

export const taskWorkflow = defineWorkflow({
  entityType: 'rapid_response_task',
  table: 'rapid_response_tasks',
  states: taskStates,
  conflictCode: 'rapid_response_task_changed',
  rules: [
    { event: 'start', from: 'open', to: 'in_progress' },
    { event: 'complete', from: ['open', 'in_progress'], to: 'done' },
  ],
});

export const offerKinds = ['registration', 'referral', 'relief'] as const;
export type OfferKind = (typeof offerKinds)[number];
export const offerStates = ['offered', 'taken_up', 'declined'] as const;
export type OfferStatus = (typeof offerStates)[number];

export const offerWorkflow = defineWorkflow({
  entityType: 'rapid_response_offer',
  table: 'rapid_response_offers',
  states: offerStates,
  conflictCode: 'rapid_response_offer_closed',
  rules: [
    { event: 'take_up', from: 'offered', to: 'taken_up' },
    { event: 'decline', from: 'offered', to: 'declined' },
  ],
});

/** A task is overdue from the day after its due date (Beijing) until it is done; on the due day it is not. */
export function isOverdue(task: { status: string; due_on: string }, today: string): boolean {
  return task.status !== 'done' && today > task.due_on;
}

/** The instant the overdue timer fires: the start (00:00 Beijing) of the day after the due date. */
export function overdueInstant(dueOn: string): Date {
  return new Date(beijingDayOver(dueOn));
}

/** The county (6 digits) of a division code; shorter codes stand for themselves. */
export function countyOf(code: string): string {
  return code.length > 6 ? code.slice(0, 6) : code;
}

/** The home of a listed worker: the household registration, else the first place the registry knows. */
export function homeOf(codes: ReadonlyArray<string | null>): string | null {
  return codes.find((c): c is string => typeof c === 'string' && c !== '') ?? null;
}

/** A department user acts on the tasks of their department; officers on the bureau's and (coordinating) all others of their area. */
export function actsFor(actor: { role: string; department: Department | null }, department: TaskDepartment): boolean {
  if (actor.role === 'department') return actor.department === department;
  if (actor.role === 'employer') return department === 'enterprise';
  return actor.role === 'county_officer' || actor.role === 'township_officer' || actor.role === 'admin';
}
