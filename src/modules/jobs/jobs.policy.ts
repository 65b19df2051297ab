/** Who may see and change which postings and applications (permissions in jobs.permissions.ts). */
import type { Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { inScope } from '../../db/scope.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { JobApplicationRow, JobPostingRow } from './jobs.table.js';
import './jobs.permissions.js';

/** An employer its own postings; staff with the permission inside their jurisdiction (work place or employer's address). */
export function mayManagePosting(actor: Actor, p: Pick<JobPostingRow, 'enterprise_id' | 'work_code' | 'enterprise_code'>): Result<true> {
  if (!can(actor, 'jobs.post')) return refuse('forbidden');
  if (actor.role === 'employer') return actor.enterpriseId === p.enterprise_id ? ok(true) : refuse('out_of_jurisdiction');
  return inScope(actor.jurisdiction, [p.work_code, p.enterprise_code]) ? ok(true) : refuse('out_of_jurisdiction');
}

/** Anyone signed in sees an open posting; other states only those who manage it or screen it. */
export function mayReadPosting(
  actor: Actor,
  p: Pick<JobPostingRow, 'status' | 'enterprise_id' | 'work_code' | 'enterprise_code'>,
): Result<true> {
  if (p.status === 'open') return ok(true);
  if (actor.role === 'employer' || actor.role === 'worker') {
    return actor.role === 'employer' && actor.enterpriseId === p.enterprise_id ? ok(true) : refuse('out_of_jurisdiction');
  }
  return (can(actor, 'jobs.screen') || can(actor, 'jobs.reserve')) && inScope(actor.jurisdiction, [p.work_code, p.enterprise_code])
    ? ok(true)
    : refuse('out_of_jurisdiction');
}

/** The worker their own application; the posting's employer; staff over the work place or the person's registration. */
export function mayReadApplication(actor: Actor, a: JobApplicationRow, enterpriseId: string): Result<true> {
  if (actor.role === 'worker') return actor.personId === a.person_id ? ok(true) : refuse('out_of_jurisdiction');
  if (actor.role === 'employer') return actor.enterpriseId === enterpriseId ? ok(true) : refuse('out_of_jurisdiction');
  if (!can(actor, 'jobs.answer') && !can(actor, 'jobs.reserve')) return refuse('forbidden');
  return inScope(actor.jurisdiction, [a.work_code, a.person_code]) ? ok(true) : refuse('out_of_jurisdiction');
}

/** Steps on an application: the employer of the posting, or an officer over its work place. */
export function mayAnswer(actor: Actor, a: JobApplicationRow, enterpriseId: string): Result<true> {
  if (!can(actor, 'jobs.answer')) return refuse('forbidden');
  if (actor.role === 'employer') return actor.enterpriseId === enterpriseId ? ok(true) : refuse('out_of_jurisdiction');
  return inScope(actor.jurisdiction, [a.work_code]) ? ok(true) : refuse('out_of_jurisdiction');
}
