/**
 * The import engine: one path for the API, the CLI and the benchmark. It streams rows from the file,
 * parses them in chunks (in parse threads when the importer offers a worker parser; optionally read
 * in a reader thread too, chunks.ts), drops later duplicates of a natural key, and applies each batch
 * of good rows in its own transaction together
 * with the job's progress counters, so a batch and its counts commit or vanish together. A run that
 * stops anywhere can be repeated on the same file: committed rows come back 'unchanged'.
 */
import { Transform, type Readable } from 'node:stream';
import type { BlobRef } from '../blobs/index.js';
import { newId } from '../../core/ids.js';
import { fieldError, type FieldError } from '../../core/result.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import type { Importer, ImportMode, RowOutcome } from './importer.js';
import type { FileKind } from './read-rows.js';
import { createReportWriter, type ReportBlobs, type ReportWriter } from './report.js';
import type { ParsedRow } from './parse-pool.js';
import { openChunks } from './chunks.js';
import * as repo from './import.repository.js';
import { deferIndexesOfEmptyTable, sqliteTableHasRows } from './bulk-indexes.js';
import { pinPostgres } from '../../db/pg-copy.js';

export interface Counts {
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  updated: number;
  conflicts: number;
  errors: number;
}

export interface EngineOptions {
  /**
   * Rows per transaction (default 10,000; 50,000 into a SQLite table that already holds rows, decision
   * 237): each commit writes every page its rows touched, so with random index keys small transactions
   * rewrite the same pages again and again (docs/decisions/092).
   */
  batchSize?: number;
  /** Rows per parsed chunk (default 1,000, at most batchSize). */
  chunkSize?: number;
  /** Parse worker threads; 0 parses on this thread (default 0; the service and CLI pass their own). */
  workers?: number;
  /**
   * Read the file in a reader thread, so this thread only writes (decision 240; default false: on two
   * cores it measured slower than reading here). With it, `workers` 1 means the reader also parses.
   */
  readerThread?: boolean;
  /**
   * Chunks read and parsed ahead of the writer (default: one transaction's worth plus two per worker,
   * at least two), so parsers keep working while the writer commits; this bounds the rows held in memory.
   */
  maxInFlight?: number;
  /** SQLite page cache in KiB for the import's duration (default 65,536 = 64 MiB, 262,144 into a table holding rows; 0 leaves it). */
  sqliteCacheKiB?: number;
  /**
   * A first load into an empty SQLite table drops the table's non-unique indexes and builds them
   * after the rows (default true; decision 161); false keeps them throughout.
   */
  deferIndexes?: boolean;
  /** Test hook: throw inside the transaction of the batch that reaches this many processed rows. */
  failAfterRows?: number;
  /** Called after every committed batch. */
  onProgress?: (p: Counts & { bytes: number }) => void;
  /** Called as rows are read (each chunk), and once with done: true when the whole file has been read. */
  onRead?: (p: { rows: number; bytes: number; done: boolean }) => void;
}

export interface EngineInput {
  deps: Deps;
  importer: Importer<unknown>;
  actor: Actor;
  mode: ImportMode;
  jobId: string;
  kind: FileKind;
  source: Readable;
  /** Stores a version of the error report (the blob store's put: encrypted, never plaintext on disk). */
  storeReport: (s: Readable) => Promise<BlobRef>;
}

export type EngineResult =
  { ok: true; counts: Counts; reportRows: number; report: ReportBlobs | null } | { ok: false; missing: Importer<unknown>['columns'] };

/** A failure injected by a test through `failAfterRows`. */
export class InjectedFailure extends Error {}

function duplicateError(firstRow: number): FieldError {
  return fieldError('', 'import_duplicate_row', {
    zh: `与本文件第${firstRow}行重复（同一身份证号码或代码），已跳过`,
    en: `Duplicate of row ${firstRow} in this file (same ID number or code); skipped`,
  });
}

function conflictError(message: { zh: string; en: string }): FieldError {
  return fieldError('', 'import_conflict', message);
}

function countingStream(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
}

/** Runs one import to the end (or to its first infrastructure failure, which it rethrows). */
export async function runImport(input: EngineInput, opts: EngineOptions = {}): Promise<EngineResult> {
  const { deps, importer, actor, mode, jobId } = input;
  // Into a SQLite table that already holds rows its indexes stay, and larger commits with a larger page
  // cache rewrite fewer random index pages (decision 237); a first load keeps 10,000 and 64 MiB (233).
  const intoRows = await sqliteTableHasRows(deps.db, importer.entity);
  const batchSize = Math.max(1, opts.batchSize ?? (intoRows ? 50_000 : 10_000));
  const chunkSize = Math.max(1, Math.min(batchSize, opts.chunkSize ?? 1000));
  const workers = opts.workers ?? 0;
  let bytes = 0;
  const counter = countingStream((n) => (bytes += n));
  // pipe() does not pass errors on: a source that fails (a blob refused on reading) ends the reader.
  input.source.on('error', (err) => counter.destroy(err));
  const source = input.source.pipe(counter);
  const counts: Counts = { total: 0, processed: 0, created: 0, unchanged: 0, updated: 0, conflicts: 0, errors: 0 };
  const opened = await openChunks({
    kind: input.kind,
    source,
    importer,
    actor,
    config: deps.config,
    now: deps.clock.now().toISOString(),
    chunkSize,
    threads: workers,
    reader: opts.readerThread === true,
    ahead: opts.maxInFlight ?? Math.ceil(batchSize / chunkSize) + Math.max(2, workers * 2),
    onRows: (rows, done) => {
      counts.total = rows;
      opts.onRead?.({ rows, bytes, done });
    },
  });
  if (!opened.ok) {
    input.source.destroy();
    return { ok: false, missing: opened.missing };
  }
  const report: ReportWriter = createReportWriter(importer.columns, input.storeReport);
  const seen = new Map<string, number>();

  async function write(parsed: ParsedRow[]): Promise<void> {
    const good: Array<Extract<ParsedRow, { ok: true }>> = [];
    let errors = 0;
    for (const r of parsed) {
      if (!r.ok) {
        report.add({ rowNumber: r.rowNumber, cells: r.cells, errors: r.errors });
        errors++;
        continue;
      }
      const first = seen.get(r.key);
      if (first !== undefined) {
        report.add({ rowNumber: r.rowNumber, cells: r.cells, errors: [duplicateError(first)] });
        errors++;
        continue;
      }
      seen.set(r.key, r.rowNumber);
      good.push(r);
    }
    const d = { processed: parsed.length, created: 0, unchanged: 0, updated: 0, conflicts: 0, errors };
    const conflicts: Array<{ row: ParsedRow; message: { zh: string; en: string } }> = [];
    await writer.transaction().execute(async (trx) => {
      const outcomes: RowOutcome[] = good.length
        ? await importer.applyBatch(
            trx,
            actor,
            good.map((g) => g.value),
            mode,
            newId(),
            pinned,
          )
        : [];
      if (outcomes.length !== good.length)
        throw new Error(`${importer.entity} importer returned ${outcomes.length} outcomes for ${good.length} rows`);
      outcomes.forEach((o, i) => {
        const row = good[i];
        if (o.kind === 'conflict') {
          d.conflicts++;
          if (row) conflicts.push({ row, message: o.message });
        } else d[o.kind]++;
      });
      await repo.addProgress(trx, jobId, d);
      if (opts.failAfterRows !== undefined && counts.processed + d.processed >= opts.failAfterRows) {
        throw new InjectedFailure(`injected failure after ${opts.failAfterRows} rows`);
      }
    });
    for (const c of conflicts) report.add({ rowNumber: c.row.rowNumber, cells: c.row.cells, errors: [conflictError(c.message)] });
    for (const k of ['processed', 'created', 'unchanged', 'updated', 'conflicts', 'errors'] as const) counts[k] += d[k];
    opts.onProgress?.({ ...counts, bytes });
  }

  // Parsed chunks collect here until they make one transaction.
  let parsed: ParsedRow[] = [];
  const restoreCache = repo.widenSqliteCache(deps.db, opts.sqliteCacheKiB ?? (intoRows ? 262_144 : 65_536));
  // A first load into an empty table builds the table's secondary indexes after the rows (decision 161).
  const rebuildIndexes =
    opts.deferIndexes === false ? async () => {} : await deferIndexesOfEmptyTable(deps.db, importer.entity, deps.clock.now().toISOString());
  // PostgreSQL: one held connection for the whole run, so each batch can COPY inside its transaction.
  const pinned = await pinPostgres(deps.db);
  const writer = pinned?.kysely ?? deps.db.kysely;
  let finished = false;
  try {
    for await (const chunk of opened.chunks) {
      for (const r of chunk) parsed.push(r);
      if (parsed.length < batchSize) continue;
      const rows = parsed;
      parsed = [];
      await write(rows);
    }
    if (parsed.length) await write(parsed);
    finished = true;
  } finally {
    await rebuildIndexes();
    restoreCache();
    await pinned?.release();
    await opened.close();
    input.source.destroy();
    if (!finished) await report.abort();
  }
  return { ok: true, counts, reportRows: report.count, report: await report.close() };
}
