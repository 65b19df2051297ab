/**
 * Jobs that cannot be orphaned (issue 11, point 1; docs/decisions/150). A running import holds a
 * lease in its row (owner = the process's runner id, expiry = now + the lease time) that the
 * process renews while it works. When a process stops without ending its job (SIGKILL, a power
 * cut, a lost connection) the lease lapses, and the background runner of any server marks the job
 * `interrupted` with its progress and the advice to import the same file again — safe, because
 * rows already in come back unchanged. A process that stops on purpose ends its own jobs the same
 * way at once (see `interruptMessage`).
 */
import type { Db } from '../../db/database.js';
import type { Clock } from '../../core/clock.js';
import { isoInstant } from '../../core/clock.js';
import type { UnitOfWork } from '../kernel/index.js';
import type { Selectable } from 'kysely';
import { systemActor, type Actor } from '../actor.js';
import { ok, refuse, type Result } from '../../core/result.js';
import * as repo from './import.repository.js';
import type { ImportJobRow } from './import.table.js';
import { jobOf, type ImportJob } from './import-job.js';

/** How a job ended without finishing: its process stopped (on purpose or not). */
export function interruptMessage(processed: number, cause: 'stopped' | 'lapsed'): string {
  const zh =
    cause === 'stopped'
      ? `导入因程序停止而中断，已处理 ${processed} 行。请重新导入同一文件：已导入的行不会重复，也不会改变。`
      : `导入中断：运行它的程序已停止响应，已处理 ${processed} 行。请重新导入同一文件：已导入的行不会重复，也不会改变。`;
  const en =
    cause === 'stopped'
      ? `The import was interrupted when its process stopped, after ${processed} row(s). Import the same file again: rows already imported stay as they are and are not duplicated.`
      : `The import was interrupted: the process running it stopped responding after ${processed} row(s). Import the same file again: rows already imported stay as they are and are not duplicated.`;
  return `${zh} / ${en}`;
}

export interface LeaseDeps {
  db: Db;
  clock: Clock;
  uow: UnitOfWork;
}

/** The lease's expiry from now. */
export function leaseUntil(clock: Clock, leaseMs: number): string {
  return isoInstant(new Date(clock.now().getTime() + leaseMs));
}

/**
 * Renews a job's lease every third of the lease time until stopped; `onLost` is told when another
 * server has meanwhile marked the job interrupted (the process was too slow to renew).
 */
export function keepLease(deps: LeaseDeps, jobId: string, owner: string, leaseMs: number, onLost: () => void): { stop(): void } {
  const every = Math.max(50, Math.floor(leaseMs / 3));
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    repo
      .renewLease(deps.db.kysely, jobId, owner, leaseUntil(deps.clock, leaseMs))
      .then((held) => {
        if (!held) {
          clearInterval(timer);
          onLost();
        }
      })
      .catch(() => {}) // a database hiccup: the next renewal tries again, well within the lease
      .finally(() => (busy = false));
  }, every);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Marks every job whose lease lapsed before now `interrupted` (one audited unit of work each);
 * returns how many. Safe on every server at once: the guarded update lets one of them win.
 */
export async function interruptLapsed(deps: LeaseDeps): Promise<number> {
  const actor = systemActor('job-lease');
  let count = 0;
  for (;;) {
    const now = isoInstant(deps.clock.now());
    const jobs = await repo.listLapsed(deps.db.kysely, now, 100);
    let progressed = false;
    for (const job of jobs) {
      const r = await deps.uow.write(actor, async (w) => {
        const patch = { status: 'interrupted', finished_at: now, error_message: interruptMessage(job.processed, 'lapsed') };
        if (!(await repo.endUnfinished(w.trx, job.id, patch, { lapsedBefore: now }))) return refuse('conflict');
        await w.audit({
          province: job.province,
          region: job.jurisdiction || null,
          action: 'import.interrupted',
          entityType: 'import_job',
          entityId: job.id,
          details: {
            previousStatus: job.status,
            processed: job.processed,
            leaseOwner: job.lease_owner,
            leaseExpiredAt: job.lease_expires_at,
          },
        });
        return ok(null);
      });
      if (r.ok) {
        count++;
        progressed = true;
      }
    }
    if (jobs.length < 100 || !progressed) return count;
  }
}

/** Marks an interrupted or failed job dealt with, in one audited unit of work (the caller checked who may). */
export async function dismissJob(deps: LeaseDeps, actor: Actor, row: Selectable<ImportJobRow>): Promise<Result<ImportJob>> {
  const r = await deps.uow.write(actor, async (w) => {
    if (!(await repo.dismissJob(w.trx, row.id, isoInstant(deps.clock.now()))))
      return refuse('conflict', {
        zh: '只有已中断或失败、且尚未处理的导入任务可以标记为已处理',
        en: 'Only an interrupted or failed import not yet dismissed can be dismissed',
      });
    await w.audit({
      province: row.province,
      region: row.jurisdiction || null,
      action: 'import.dismissed',
      entityType: 'import_job',
      entityId: row.id,
      details: { status: row.status },
    });
    return ok(null);
  });
  if (!r.ok) return r;
  const after = await repo.findJob(deps.db.kysely, row.id);
  return after ? ok(jobOf(after)) : refuse('not_found');
}
