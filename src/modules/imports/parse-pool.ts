/**
 * Runs an importer's `parse` + `naturalKey` over batches of rows, either on the calling thread or in
 * worker threads (validation, encryption and blind indexes are the bulk of an import's CPU). Batches
 * come back in the order they were sent, so the writer applies rows in file order.
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { FieldError } from '../../core/result.js';
import type { Actor } from '../actor.js';
import type { Config } from '../../config.js';
import type { ImportParser } from './importer.js';
import type { RawRow } from './headers.js';

export type ParsedRow =
  | { rowNumber: number; cells: Record<string, string>; ok: true; value: unknown; key: string }
  | { rowNumber: number; cells: Record<string, string>; ok: false; errors: FieldError[] };

export interface ParsePool {
  parse(rows: RawRow[]): Promise<ParsedRow[]>;
  close(): Promise<void>;
}

/** A parse outcome without the row's cells and number (what a worker sends back; the sender has those). */
export type ParseOutcome = { ok: true; value: unknown; key: string } | { ok: false; errors: FieldError[] };

/** Parses one batch with a parser on the current thread (also what each worker runs). */
export function parseOutcomes(parser: ImportParser<unknown>, actor: Actor, rows: RawRow[]): ParseOutcome[] {
  return rows.map((r): ParseOutcome => {
    if (r.errors.length) return { ok: false, errors: r.errors };
    const p = parser.parse(r.cells, actor);
    return p.ok ? { ok: true, value: p.value, key: parser.naturalKey(p.value) } : { ok: false, errors: p.errors };
  });
}

/** Joins outcomes back to the rows they came from (same order and length). */
function withRows(rows: RawRow[], outcomes: ParseOutcome[]): ParsedRow[] {
  if (outcomes.length !== rows.length) throw new Error(`import parser returned ${outcomes.length} results for ${rows.length} rows`);
  return outcomes.map((o, i): ParsedRow => {
    const r = rows[i];
    if (!r) throw new Error('import parser results out of range');
    return o.ok
      ? { rowNumber: r.rowNumber, cells: r.cells, ok: true, value: o.value, key: o.key }
      : { rowNumber: r.rowNumber, cells: r.cells, ok: false, errors: o.errors };
  });
}

/** Parses one batch on the current thread, keeping each row's number and cells. */
export function parseBatch(parser: ImportParser<unknown>, actor: Actor, rows: RawRow[]): ParsedRow[] {
  return withRows(rows, parseOutcomes(parser, actor, rows));
}

/** The same-thread pool: used when an importer has no worker parser or workers are turned off. */
export function inlinePool(parser: ImportParser<unknown>, actor: Actor): ParsePool {
  return {
    parse: async (rows) => parseBatch(parser, actor, rows),
    close: async () => {},
  };
}

/** What a worker thread is started with. */
export interface WorkerInit {
  parserUrl: string;
  config: Config;
  actor: Actor;
  /** The main thread's clock reading; the worker's clock stays at it for the whole import. */
  now: string;
}

export type WorkerReply = { id: number; rows: ParseOutcome[] } | { id: number; error: string };

function isReply(v: unknown): v is WorkerReply {
  return typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'number';
}

/** Number of parse workers to use by default: one per spare core, at least one. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

/** The worker threads of an import: the parsers, and the reader that also parses (read-remote.ts). */
export type ImportThread = 'parse.worker' | 'read.worker';

/**
 * Starts one import worker thread. From TypeScript sources (tsx, vitest) the worker cannot inherit the
 * loader on Node 20, so a small bootstrap imports the worker through tsx's API.
 */
export function startImportThread(name: ImportThread, workerData: unknown, resourceLimits: ResourceLimits): Worker {
  const self = import.meta.url;
  // Loaded through tsx (a thread started from the sources) the URL carries a query after `.ts`.
  if (!new URL(self).pathname.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, self), { workerData, resourceLimits });
  const api = pathToFileURL(
    createRequire(self)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const target = new URL(`./${name}.ts`, self).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(target)}, ${JSON.stringify(self)}))`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** Starts one parse worker. */
function startWorker(init: WorkerInit): Worker {
  // A parse worker holds one batch at a time: a small young generation keeps its garbage (and so
  // the process's peak memory) low; the old generation is capped far above what a batch needs.
  return startImportThread('parse.worker', init, { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 384 });
}

/** Starts `count` worker threads that load the importer's parser module. */
export function workerPool(count: number, init: WorkerInit): ParsePool {
  const workers = Array.from({ length: count }, () => startWorker(init));
  const pending = new Map<number, { rows: RawRow[]; resolve: (rows: ParsedRow[]) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure = failure ?? err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  for (const w of workers) {
    w.on('message', (msg: unknown) => {
      if (!isReply(msg)) return;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if ('error' in msg) p.reject(new Error(`import parser worker: ${msg.error}`));
      else {
        try {
          p.resolve(withRows(p.rows, msg.rows));
        } catch (err) {
          p.reject(err instanceof Error ? err : new Error(String(err)));
        }
      }
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`import parser worker exited with code ${code}`));
    });
  }
  let next = 0;
  return {
    parse(rows) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      const worker = workers[id % workers.length];
      if (!worker) return Promise.reject(new Error('no parse workers'));
      return new Promise<ParsedRow[]>((resolve, reject) => {
        pending.set(id, { rows, resolve, reject });
        // Results come back without the rows' cells (half the copying); they are joined back here.
        worker.postMessage({ id, rows });
      });
    },
    async close() {
      for (const w of workers) w.removeAllListeners('exit');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
