/**
 * Running one stored import job to its end (import.service.ts creates the job): the job holds a
 * lease while it runs (import-lease.ts), its progress and result are written on the job row, and
 * its end is audited. Failures are recorded on the job, never thrown.
 */
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import type { BlobStore } from '../blobs/index.js';
import type { UnitOfWork } from '../kernel/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { ok } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { redactPersonalData } from '../../crypto/redact.js';
import { interruptMessage, keepLease, leaseUntil } from './import-lease.js';
import type { Importer } from './importer.js';
import { fileKindOf } from './read-rows.js';
import { missingHeaderMessage } from './headers.js';
import { runImport, type EngineOptions } from './engine.js';
import { jobOf, type ImportJob } from './import-job.js';
import * as repo from './import.repository.js';

/** The jobs a process runs now, to interrupt them on shutdown. */
export type ActiveJobs = Map<string, { interrupt(): void; done: Promise<unknown> }>;

export interface RunContext {
  deps: Deps;
  uow: UnitOfWork;
  blobs: BlobStore;
  getBlob(hash: string): Promise<Readable | null>;
  importerFor(entity: string): Importer<unknown> | undefined;
  /** This process's lease owner name and the lease time. */
  owner: string;
  leaseMs: number;
  active: ActiveJobs;
  /** True once the process is shutting down: a job that starts running then is interrupted at once. */
  stopping(): boolean;
}

/** The function that runs a stored job to the end (see the file's comment). */
export function createJobRunner(ctx: RunContext): (jobId: string, actor: Actor, opts: EngineOptions) => Promise<ImportJob> {
  const { deps, uow, blobs, getBlob, importerFor, owner, leaseMs, active } = ctx;
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());

  async function finish(
    jobId: string,
    actor: Actor,
    patch: repo.JobPatch,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await uow.write(actor, async (w) => {
      await repo.updateJob(w.trx, jobId, { ...patch, finished_at: now(), lease_owner: null, lease_expires_at: null });
      await w.audit({
        province: provinceOf(actor.jurisdiction),
        region: actor.jurisdiction || null,
        action,
        entityType: 'import_job',
        entityId: jobId,
        details,
      });
      return ok(null);
    });
  }

  /** Runs a stored job to the end; failures are recorded on the job, never thrown. */
  async function run(jobId: string, actor: Actor, opts: EngineOptions): Promise<ImportJob> {
    const row = await repo.findJob(db.kysely, jobId);
    if (!row) throw new Error(`import job ${jobId} vanished`);
    const importer = importerFor(row.entity);
    const kind = fileKindOf(row.file_name);
    const source = await getBlob(row.file_hash).catch(() => null);
    await repo.updateJob(db.kysely, jobId, {
      status: 'running',
      started_at: now(),
      lease_owner: owner,
      lease_expires_at: leaseUntil(clock, leaseMs),
    });
    // Stopping (shutdown, a lost lease) ends the file's stream: the engine stops after the batch under way.
    let interrupted = false;
    const interrupt = () => {
      interrupted = true;
      source?.destroy(new Error('import interrupted'));
    };
    const lease = keepLease({ db, clock, uow }, jobId, owner, leaseMs, interrupt);
    let settle = () => {};
    let totalSaved: Promise<void> = Promise.resolve();
    active.set(jobId, { interrupt, done: new Promise<void>((resolve) => (settle = resolve)) });
    if (ctx.stopping()) interrupt();
    try {
      if (!importer || !kind || !source) throw new Error('the job has no importer, file kind or stored file');
      const storeReport = async (s: Readable) => blobs.put(s);
      const onRead = (p: { rows: number; bytes: number; done: boolean }) => {
        opts.onRead?.(p);
        // The row total, as soon as the whole file has been read (the API shows a percentage).
        if (p.done) totalSaved = repo.updateJob(db.kysely, jobId, { total: p.rows }).catch(() => {});
      };
      const r = await runImport(
        { deps, importer, actor, mode: row.mode === 'update' ? 'update' : 'insert', jobId, kind, source, storeReport },
        { ...opts, onRead },
      );
      await totalSaved;
      if (!r.ok) {
        const m = missingHeaderMessage(r.missing);
        await finish(jobId, actor, { status: 'failed', error_message: `${m.zh} / ${m.en}` }, 'import.failed', { code: 'import_header' });
      } else {
        const c = r.counts;
        const report = { report_hash: r.report?.masked.hash ?? null, report_reveal_hash: r.report?.reveal.hash ?? null };
        await finish(jobId, actor, { status: 'done', total: c.total, ...report }, 'import.finished', { ...c, reportRows: r.reportRows });
      }
    } catch (err) {
      await totalSaved;
      if (interrupted) {
        const at = await repo.findJob(db.kysely, jobId);
        const message = interruptMessage(at?.processed ?? 0, 'stopped');
        await finish(jobId, actor, { status: 'interrupted', error_message: message }, 'import.interrupted', {
          processed: at?.processed ?? 0,
        });
      } else {
        // Driver and engine messages may quote a cell: never stored or audited unmasked.
        const message = redactPersonalData(err instanceof Error ? err.message : String(err));
        await finish(jobId, actor, { status: 'failed', error_message: message }, 'import.failed', { error: message.slice(0, 200) });
      }
    } finally {
      lease.stop();
      source?.destroy();
      active.delete(jobId);
      settle();
    }
    const done = await repo.findJob(db.kysely, jobId);
    if (!done) throw new Error(`import job ${jobId} vanished`);
    return jobOf(done);
  }

  return run;
}
