/**
 * Import jobs: store the uploaded file in the blob store, create the job, run it (after the HTTP
 * response, or in the foreground for the CLI and the benchmark), and serve progress, the error
 * report and the templates. The engine (engine.ts) does the row work; this file owns the job's life.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/audit.service.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { provinceOf, type Actor } from '../actor.js';
import { can } from '../accounts/permissions.js';
import { ok, refuse, RefusalError, type Result } from '../../core/result.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { Importer, ImportEntity, ImportMode } from './importer.js';
import { fileKindOf, openRows } from './read-rows.js';
import { missingHeaderMessage } from './headers.js';
import { runImport, type EngineOptions } from './engine.js';
import { defaultWorkerCount } from './parse-pool.js';
import { jobOf, type ImportJob } from './import-job.js';
import { templateCsv, templateXlsx } from './template.js';
import * as repo from './import.repository.js';

export type Importers = Partial<Record<ImportEntity, Importer<unknown>>>;

export interface StartOptions {
  /** Run before returning (CLI, benchmark); otherwise the job runs after the caller's response. */
  foreground?: boolean;
  engine?: EngineOptions;
}

export function createImportService(deps: Deps, audit: AuditService, blobs: BlobStore, importers: () => Importers) {
  const { db, clock } = deps;
  const now = () => isoInstant(clock.now());
  const running = new Map<string, Promise<ImportJob>>();

  function importerFor(entity: string): Importer<unknown> | undefined {
    const all = importers();
    return entity === 'people' || entity === 'enterprises' ? all[entity] : undefined;
  }

  async function finish(jobId: string, actor: Actor, patch: repo.JobPatch, action: string, details: Record<string, unknown>): Promise<void> {
    await db.kysely.transaction().execute(async (trx) => {
      await repo.updateJob(trx, jobId, { ...patch, finished_at: now() });
      await audit.record(trx, actor, { province: provinceOf(actor.jurisdiction), action, entityType: 'import_job', entityId: jobId, details });
    });
  }

  /** Runs a stored job to the end; failures are recorded on the job, never thrown. */
  async function run(jobId: string, actor: Actor, opts: EngineOptions): Promise<ImportJob> {
    const row = await repo.findJob(db.kysely, jobId);
    if (!row) throw new Error(`import job ${jobId} vanished`);
    const importer = importerFor(row.entity);
    const kind = fileKindOf(row.file_name);
    const source = await blobs.get(row.file_hash);
    await repo.updateJob(db.kysely, jobId, { status: 'running', started_at: now() });
    const reportFile = path.join(os.tmpdir(), `wugong-import-${jobId}.xlsx`);
    try {
      if (!importer || !kind || !source) throw new Error('the job has no importer, file kind or stored file');
      const r = await runImport({ deps, importer, actor, mode: row.mode === 'update' ? 'update' : 'insert', jobId, kind, source, reportFile }, opts);
      if (!r.ok) {
        const m = missingHeaderMessage(r.missing);
        await finish(jobId, actor, { status: 'failed', error_message: `${m.zh} / ${m.en}` }, 'import.failed', { code: 'import_header' });
      } else {
        const report = r.reportRows > 0 ? await blobs.put(fs.createReadStream(reportFile)) : null;
        const c = r.counts;
        await finish(jobId, actor, { status: 'done', total: c.total, report_hash: report?.hash ?? null }, 'import.finished', { ...c, reportRows: r.reportRows });
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await finish(jobId, actor, { status: 'failed', error_message: message }, 'import.failed', { error: message.slice(0, 200) });
    } finally {
      source?.destroy();
      await fs.promises.rm(reportFile, { force: true });
    }
    const done = await repo.findJob(db.kysely, jobId);
    if (!done) throw new Error(`import job ${jobId} vanished`);
    return jobOf(done);
  }

  function visible(actor: Actor, job: { actor_id: string | null; jurisdiction: string }): boolean {
    return job.actor_id === actor.userId || job.jurisdiction.startsWith(actor.jurisdiction);
  }

  return {
    /** Stores the file, creates the job and runs it (see StartOptions). Header problems are refused at once. */
    async start(actor: Actor, entity: string, file: { name: string; data: Buffer | Readable }, mode: ImportMode, opts: StartOptions = {}): Promise<Result<ImportJob>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const importer = importerFor(entity);
      if (!importer) return refuse('import_unknown_entity');
      const kind = fileKindOf(file.name);
      if (!kind) return refuse('unsupported_media_type', { zh: '只能导入 .xlsx 或 .csv 文件', en: 'Only .xlsx and .csv files can be imported' });
      const stored = await blobs.put(file.data);
      const probe = await blobs.get(stored.hash);
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
        return refuse('import_header', { ...missingHeaderMessage(header.missing), errors: header.missing.map((c) => ({ path: c.key, code: 'import_header', message: { zh: `缺少“${c.zh}”列`, en: `Missing column "${c.en}"` } })) });
      }
      const id = newId();
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertJob(trx, {
          id, entity: importer.entity, mode, file_name: path.basename(file.name), file_hash: stored.hash, file_size: stored.size, status: 'queued',
          total: 0, processed: 0, created: 0, unchanged: 0, updated: 0, conflicts: 0, errors: 0, report_hash: null,
          actor_id: actor.userId, jurisdiction: actor.jurisdiction, province: provinceOf(actor.jurisdiction), created_at: now(),
          started_at: null, finished_at: null, error_message: null,
        });
        await audit.record(trx, actor, { province: provinceOf(actor.jurisdiction), action: 'import.started', entityType: 'import_job', entityId: id, details: { entity: importer.entity, mode, fileName: path.basename(file.name), fileHash: stored.hash, size: stored.size } });
      });
      const engine: EngineOptions = { workers: defaultWorkerCount(), ...opts.engine };
      if (opts.foreground) return ok(await run(id, actor, engine));
      const p = new Promise<ImportJob>((resolve, reject) => setImmediate(() => run(id, actor, engine).then(resolve, reject)));
      running.set(id, p);
      void p.finally(() => running.delete(id)).catch(() => {});
      const row = await repo.findJob(db.kysely, id);
      return row ? ok(jobOf(row)) : refuse('internal');
    },

    /**
     * At start-up on SQLite (one process owns the file), jobs still queued or running were cut off by
     * a stop or crash: they are marked failed with a note to run the file again, which keeps every
     * good row exactly once. On PostgreSQL other servers may be running them, so nothing is touched.
     */
    async recoverInterrupted(actor: Actor): Promise<number> {
      if (db.dialect !== 'sqlite') return 0;
      const stale = await repo.listUnfinished(db.kysely);
      for (const job of stale) {
        await finish(job.id, actor, { status: 'failed', error_message: '导入因服务重启而中断，请重新导入同一文件（已导入的行不会重复）。 / Interrupted by a restart: import the same file again (rows already imported are not duplicated).' }, 'import.interrupted', { previousStatus: job.status });
      }
      return stale.length;
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

    /** The actor's own jobs, or for officers every job started within their jurisdiction. */
    async list(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: ImportJob[]; total: number }>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const { rows, total } = await repo.listJobs(db.kysely, { actorId: actor.userId, jurisdiction: actor.jurisdiction }, pageSize, (page - 1) * pageSize);
      return ok({ items: rows.map(jobOf), total });
    },

    /** The error report of a finished job as an .xlsx stream. */
    async report(actor: Actor, id: string): Promise<Result<{ fileName: string; stream: Readable }>> {
      if (!can(actor, 'imports.run')) return refuse('forbidden');
      const row = await repo.findJob(db.kysely, id);
      if (!row || !visible(actor, row)) return refuse('not_found');
      const stream = row.report_hash ? await blobs.get(row.report_hash) : null;
      if (!stream) return refuse('not_found', { zh: '该导入没有错误报告', en: 'This import has no error report' });
      return ok({ fileName: `${row.file_name.replace(/\.(xlsx|csv)$/i, '')}.errors.xlsx`, stream });
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
