/**
 * Who sees which event, and how much of it (decision 175). An event belongs to the county where it
 * happens: staff of that area see all of it. Staff of a listed worker's home county, or of an area
 * holding one of its tasks, see the event with only their own workers and their own areas' tasks.
 * The employer of the enterprise sees its report and the enterprise's tasks, never the workers.
 * Anyone else gets 404, whichever id they try.
 */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { actsFor, isTaskDepartment } from './response.js';
import type { RapidResponseEventRow, RapidResponseTaskRow } from './response.table.js';
import './response.permissions.js';

export type Access = 'full' | 'partial' | 'enterprise';

export async function eventAccess(
  actor: Actor,
  event: Pick<RapidResponseEventRow, 'region' | 'enterprise_id'>,
  touchesScope: () => Promise<boolean>,
): Promise<Access | null> {
  if (actor.role === 'employer') return actor.enterpriseId !== null && actor.enterpriseId === event.enterprise_id ? 'enterprise' : null;
  if (!can(actor, 'rapid_response.read')) return null;
  if (inScope(actor.jurisdiction, [event.region])) return 'full';
  return (await touchesScope()) ? 'partial' : null;
}

/** True when the actor sees the task (its area, or the employer's own enterprise task). */
export function seesTask(actor: Actor, task: Pick<RapidResponseTaskRow, 'region' | 'department'>, eventEnterprise: string | null): boolean {
  if (actor.role === 'employer')
    return task.department === 'enterprise' && actor.enterpriseId !== null && actor.enterpriseId === eventEnterprise;
  return can(actor, 'rapid_response.read') && inScope(actor.jurisdiction, [task.region]);
}

/** True when the actor may move the task (sees it, and acts for its department). */
export function mayActOnTask(
  actor: Actor,
  task: Pick<RapidResponseTaskRow, 'region' | 'department'>,
  eventEnterprise: string | null,
): boolean {
  if (!seesTask(actor, task, eventEnterprise) || !isTaskDepartment(task.department)) return false;
  if (actor.role !== 'employer' && !can(actor, 'rapid_response.tasks')) return false;
  return actsFor(actor, task.department);
}

/** True when the actor may record offers for a listed worker: an officer of the event's area or of the worker's home. */
export function mayServeWorker(actor: Actor, eventRegion: string, homeRegion: string): boolean {
  return can(actor, 'rapid_response.manage') && inScope(actor.jurisdiction, [eventRegion, homeRegion]);
}
