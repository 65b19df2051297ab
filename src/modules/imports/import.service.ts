/**
 * Import jobs: store the uploaded file in the blob store, create the job, run it (after the HTTP
 * response, or in the foreground for the CLI and the benchmark), and serve progress, the error
 * report and the templates. The engine (engine.ts) does the row work; this file owns the job's life.
 * A job is seen under the jurisdiction rule (inside the reader's scope, a narrowed API token's
 * too); its uploaded file is deleted after the retention period (import-retention.ts). A job holds
 * a lease while it runs, so a job whose process stopped is marked interrupted (import-lease.ts).
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import type { BlobStore } from '../blobs/index.js';
import { newRunnerId, type UnitOfWork } from '../kernel/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { ok, refuse, RefusalError, type Result } from '../../core/result.js';
import { dismissJob, interruptLapsed, leaseUntil } from './import-lease.js';
import { createJobRunner, type ActiveJobs } from './import-run.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { inScope } from '../../db/scope.js';
import type { Importer, ImportEntity, ImportMode } from './importer.js';
import { fileKindOf, openRows } from './read-rows.js';
import { missingHeaderMessage } from './headers.js';
import type { EngineOptions } from './engine.js';
import { defaultWorkerCount } from './parse-pool.js';
import { jobOf, type ImportJob } from './import-job.js';
import { templateCsv, templateXlsx } from './template.js';
import * as repo from './import.repository.js';
import { purgeExpiredImportSources, type ImportBlobs } from './import-retention.js';
import { reportDownload } from './report-download.js';

export type { ImportBlobs } from './import-retention.js';

/** Where import sources and reports are stored: their own folder inside the blob folder. */
export function importBlobDir(blobDir: string): string {
  return path.join(blobDir, 'imports');
}

export type Importers = Partial<Record<ImportEntity, Importer<unknown>>>;

export interface StartOptions {
  /** Run before returning (CLI, benchmark); otherwise the job runs after the caller's response. */
  foreground?: boolean;
  engine?: EngineOptions;
}

export interface ReportOptions {
  /** Show each row's failing value (needs people.reveal; audited). Default: everything masked. */
  reveal?: boolean;
}

export function createImportService(deps: Deps, audit: AuditService, uow: UnitOfWork, stores: ImportBlobs, importers: () => Importers) {
  const { db, clock } = deps;
  const blobs: BlobStore = stores.own;
  /** Jobs from before the imports folder kept their files in the shared store: read there too. */
  const getBlob = async (hash: string): Promise<Readable | null> => (await blobs.get(hash)) ?? stores.shared.get(hash);
  const now = () => isoInstant(clock.now());
  const running = new Map<string, Promise<ImportJob>>();
  /** This process's lease owner name, and the jobs it runs now (to interrupt them on shutdown). */
  const owner = newRunnerId();
  const leaseMs = deps.config.jobLeaseSeconds * 1000;
  const active: ActiveJobs = new Map();
  /** Set by interruptOwn (shutdown): a job that starts running afterwards is interrupted at once. */
  let stopping = false;

  function importerFor(entity: string): Importer<unknown> | undefined {
    const all = importers();
    return entity === 'people' || entity === 'enterprises' ? all[entity] : undefined;
  }

  const run = createJobRunner({ deps, uow, blobs, getBlob, importerFor, owner, leaseMs, active, stopping: () => stopping });

  /**
   * A job is seen by whoever's scope holds the jurisdiction it was started under — its own starter
   * included, so an API token narrowed to one township does not see the user's other jobs.
   */
  function visible(actor: Actor, job: { jurisdiction: string }): boolean {
    return inScope(actor.jurisdiction, [job.jurisdiction]);
  }

  return {
    /** Stores the file, creates the job and runs it (see StartOptions). Header problems are refused at once. */
    async start(
      actor: Actor,
      entity: string,
      file: { name: string; data: Buffer | Readable },
      mode: ImportMode,
      opts: StartOptions = {},
    ): Promise<Result<ImportJob>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const importer = importerFor(entity);
      if (!importer) return refuse('import_unknown_entity');
      const kind = fileKindOf(file.name);
      if (!kind)
        return refuse('unsupported_media_type', { zh: '只能导入 .xlsx 或 .csv 文件', en: 'Only .xlsx and .csv files can be imported' });
      const stored = await blobs.put(file.data);
      const probe = await getBlob(stored.hash);
      if (!probe) throw new Error('blob store lost a file it just stored');
      let header;
      try {
        header = await openRows(kind, probe, importer.columns, deps.config);
        if (header.ok) await header.rows.return(undefined);
      } catch (err) {
        // A file the reader refuses with a reason (an .xlsx beyond the caps) says why; others are malformed.
        return err instanceof RefusalError ? { ok: false, reason: err.reason } : refuse('import_format');
      } finally {
        probe.destroy();
      }
      if (!header.ok) {
        return refuse('import_header', {
          ...missingHeaderMessage(header.missing),
          errors: header.missing.map((c) => ({
            path: c.key,
            code: 'import_header',
            message: { zh: `缺少“${c.zh}”列`, en: `Missing column "${c.en}"` },
          })),
        });
      }
      const id = newId();
      const written = await uow.write(actor, async (w) => {
        await repo.insertJob(w.trx, {
          id,
          entity: importer.entity,
          mode,
          file_name: path.basename(file.name),
          file_hash: stored.hash,
          file_size: stored.size,
          status: 'queued',
          total: 0,
          processed: 0,
          created: 0,
          unchanged: 0,
          updated: 0,
          conflicts: 0,
          errors: 0,
          report_hash: null,
          actor_id: actor.userId,
          jurisdiction: actor.jurisdiction,
          province: provinceOf(actor.jurisdiction),
          created_at: now(),
          started_at: null,
          finished_at: null,
          error_message: null,
          // Held from the start, so no runner takes a queued job for an orphan before it runs.
          lease_owner: owner,
          lease_expires_at: leaseUntil(clock, leaseMs),
        });
        await w.audit({
          province: provinceOf(actor.jurisdiction),
          region: actor.jurisdiction || null,
          action: 'import.started',
          entityType: 'import_job',
          entityId: id,
          details: { entity: importer.entity, mode, fileName: path.basename(file.name), fileHash: stored.hash, size: stored.size },
        });
        return ok(null);
      });
      if (!written.ok) return written;
      const engine: EngineOptions = { workers: defaultWorkerCount(), ...opts.engine };
      if (opts.foreground) return ok(await run(id, actor, engine));
      const p = new Promise<ImportJob>((resolve, reject) => setImmediate(() => run(id, actor, engine).then(resolve, reject)));
      running.set(id, p);
      void p.finally(() => running.delete(id)).catch(() => {});
      const row = await repo.findJob(db.kysely, id);
      return row ? ok(jobOf(row)) : refuse('internal');
    },

    /**
     * Marks every job whose lease has lapsed `interrupted`, with its progress and the advice to
     * import the same file again; returns how many. The background runner of every server calls it
     * each round, the server at start, `wugong import status` before it reads.
     */
    interruptLapsed: (): Promise<number> => interruptLapsed({ db, clock, uow }),

    /**
     * Interrupts every job this process runs (shutdown): each stops after the batch under way and
     * is marked interrupted; resolves when all have ended. Returns how many there were.
     */
    async interruptOwn(): Promise<number> {
      stopping = true;
      const jobs = [...active.values()];
      for (const j of jobs) j.interrupt();
      const queued = [...running.entries()].filter(([id]) => !active.has(id)).map(([, p]) => p.catch(() => null));
      await Promise.all([...jobs.map((j) => j.done), ...queued]);
      return jobs.length + queued.length;
    },

    /** Marks an interrupted or failed job seen (audited); it then no longer asks for attention. */
    async dismiss(actor: Actor, id: string): Promise<Result<ImportJob>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const row = await repo.findJob(db.kysely, id);
      if (!row || !visible(actor, row)) return refuse('not_found');
      return dismissJob({ db, clock, uow }, actor, row);
    },

    /** Resolves when a background job started by this process has finished (tests, shutdown). */
    async settled(id: string): Promise<void> {
      await running.get(id)?.catch(() => {});
    },

    async get(actor: Actor, id: string): Promise<Result<ImportJob>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const row = await repo.findJob(db.kysely, id);
      return row && visible(actor, row) ? ok(jobOf(row)) : refuse('not_found');
    },

    /** Every job started within the actor's jurisdiction (their own included only when inside it). */
    async list(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: ImportJob[]; total: number }>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const { rows, total } = await repo.listJobs(db.kysely, actor.jurisdiction, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.map(jobOf), total });
    },

    /**
     * The error report of a finished job as an .xlsx stream: masked by default; with `reveal`, each
     * row's failing value in clear, for an actor allowed to reveal personal data, audited.
     */
    async report(actor: Actor, id: string, opts: ReportOptions = {}): Promise<Result<{ fileName: string; stream: Readable }>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const row = await repo.findJob(db.kysely, id);
      if (!row || !visible(actor, row)) return refuse('not_found');
      return reportDownload({ uow, getBlob }, actor, row, opts.reveal === true);
    },

    /**
     * Deletes the uploaded file (and the revealing report) of every job finished at least the
     * retention period (WUGONG_IMPORT_RETENTION_DAYS, default 30) before `now`; returns how many jobs.
     * The server calls it at start and the timer runner daily.
     */
    async purgeExpiredImportSources(now: Date): Promise<number> {
      return purgeExpiredImportSources({ db, uow, blobs, retentionDays: deps.config.importRetentionDays }, now);
    },

    /** The import template of an entity (.xlsx or .csv). */
    async template(entity: string, format: 'xlsx' | 'csv'): Promise<Result<{ fileName: string; body: Buffer }>> {
      const importer = importerFor(entity);
      if (!importer) return refuse('import_unknown_entity');
      const body = format === 'csv' ? templateCsv(importer.columns) : await templateXlsx(importer.entity, importer.columns);
      return ok({ fileName: `wugong-${importer.entity}-template.${format}`, body });
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
