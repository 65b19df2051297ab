/**
 * Retention of uploaded import files (issue 6, point 10; docs/decisions/132). A job's uploaded file
 * and its revealing error report hold personal data in the form it was given; once the job has
 * been finished for the retention period they are deleted. The masked report stays, so the job
 * still explains what failed. Import blobs live in their own folder, so a file is deleted only when
 * no other import job still holds the same bytes — evidence and other modules' files are never
 * touched. Each purge is one unit of work with its audit entry; the files go after the commit.
 */
import type { Db } from '../../db/database.js';
import type { BlobStore } from '../blobs/index.js';
import type { UnitOfWork } from '../kernel/index.js';
import { systemActor } from '../actor.js';
import { ok, refuse } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import * as repo from './import.repository.js';

/** The import service's stores: its own folder, and the shared one older jobs used. */
export interface ImportBlobs {
  own: BlobStore;
  shared: BlobStore;
}

const DAY_MS = 86_400_000;
const BATCH = 200;

export interface RetentionDeps {
  db: Db;
  uow: UnitOfWork;
  /** The imports' own store: only there is anything deleted. */
  blobs: BlobStore;
  retentionDays: number;
}

/**
 * Purges every job finished at or before `now` − retention (a job finished exactly 30 days before
 * is purged; one millisecond later, not yet). Unfinished jobs are never touched. Returns the number
 * of jobs purged; running it again finds nothing new.
 */
export async function purgeExpiredImportSources(deps: RetentionDeps, now: Date): Promise<number> {
  const cutoff = isoInstant(new Date(now.getTime() - deps.retentionDays * DAY_MS));
  const at = isoInstant(now);
  const actor = systemActor('retention');
  let purged = 0;
  for (;;) {
    const jobs = await repo.listExpired(deps.db.kysely, cutoff, BATCH);
    let progressed = false;
    for (const job of jobs) {
      const done = await deps.uow.write(actor, async (w) => {
        if (!(await repo.markSourcePurged(w.trx, job.id, at))) return refuse('conflict');
        await w.audit({
          province: job.province,
          region: job.jurisdiction || null,
          action: 'import.source_purged',
          entityType: 'import_job',
          entityId: job.id,
          details: { file: job.file_hash, revealReport: job.report_reveal_hash, retentionDays: deps.retentionDays },
        });
        return ok(true);
      });
      if (!done.ok) continue; // another sweep purged it first
      progressed = true;
      purged++;
      for (const hash of [job.file_hash, job.report_reveal_hash]) {
        if (hash && !(await repo.blobInUse(deps.db.kysely, hash))) await deps.blobs.delete(hash);
      }
    }
    if (jobs.length < BATCH || !progressed) return purged;
  }
}
