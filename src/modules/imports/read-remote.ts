/**
 * The reader thread, seen from the main thread (decision 240): the main thread hands it the file's
 * bytes as it asks for them (the reader's own stream sets the pace), and takes back parsed chunks in
 * file order, acknowledging each so the reader never runs more than `ahead` chunks in front of the
 * writer. Decoding, CSV and .xlsx reading, the header check, the template's example row and parsing
 * all happen off the main thread, which is left to write.
 */
import type { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { RefusalError, type Refusal } from '../../core/result.js';
import type { ImportColumn } from './importer.js';
import type { FileKind } from './read-rows.js';
import { startImportThread, type ParsedRow, type WorkerInit } from './parse-pool.js';
import { XlsxRefusedError } from './xlsx-limits.js';

/** What the reader thread is started with. */
export interface ReadInit extends WorkerInit {
  kind: FileKind;
  columns: ImportColumn[];
  chunkSize: number;
  /** Parse threads the reader starts (0: it parses itself). */
  parsers: number;
  /** Chunks it may hand over before the main thread has taken them. */
  ahead: number;
}

/** Messages to the reader. */
export type ToReader = { t: 'bytes'; b: Uint8Array } | { t: 'eof' } | { t: 'fail'; message: string } | { t: 'ack' };

/** Messages from the reader. */
export type FromReader =
  | { t: 'want' }
  | { t: 'header'; missing: ImportColumn[] | null }
  | { t: 'read'; rows: number; done: boolean }
  | { t: 'chunk'; rows: ParsedRow[] }
  | { t: 'end' }
  | { t: 'error'; message: string; refusal: Refusal | null; xlsx: boolean };

/** An error as it can cross a thread: refusals keep their reason (an .xlsx refusal its kind too). */
export function errorMessageOf(err: unknown): Extract<FromReader, { t: 'error' }> {
  const message = err instanceof Error ? err.message : String(err);
  return { t: 'error', message, refusal: err instanceof RefusalError ? err.reason : null, xlsx: err instanceof XlsxRefusedError };
}

/** The error again on the main thread: an .xlsx refusal as itself, another refusal with its reason. */
export function reviveError(m: Extract<FromReader, { t: 'error' }>): Error {
  const first = m.refusal?.errors?.[0];
  if (m.xlsx && m.refusal && first && (m.refusal.code === 'import_xlsx_limit' || m.refusal.code === 'import_format'))
    return new XlsxRefusedError(m.refusal.code, first.message, first.path);
  if (m.refusal) {
    const e = new RefusalError(m.refusal);
    e.message = m.message;
    return e;
  }
  return new Error(m.message);
}

export interface RemoteRead {
  /** The header's missing required columns, or null when it has them all; rejects when reading fails first. */
  missing: Promise<ImportColumn[] | null>;
  chunks: AsyncGenerator<ParsedRow[]>;
  close: () => Promise<void>;
}

/** Starts a reader thread over `source`; `onRows` hears how many rows it has read. */
export function readInWorker(init: ReadInit, source: Readable, onRows: (rows: number, done: boolean) => void): RemoteRead {
  // The reader holds a few chunks and the file's decoder; .xlsx shared strings are capped by the settings.
  const worker: Worker = startImportThread('read.worker', init, { maxYoungGenerationSizeMb: 32 });
  const post = (m: ToReader) => worker.postMessage(m);
  const bytes = source[Symbol.asyncIterator]();
  const inbox: Array<ParsedRow[] | null> = [];
  let failure: Error | null = null;
  let waiter: (() => void) | null = null;
  let header: { resolve: (m: ImportColumn[] | null) => void; reject: (e: Error) => void } = { resolve: () => {}, reject: () => {} };
  const missing = new Promise<ImportColumn[] | null>((resolve, reject) => (header = { resolve, reject }));
  missing.catch(() => {}); // the caller awaits it; this keeps an early failure from being reported as unhandled
  const wake = () => {
    const w = waiter;
    waiter = null;
    w?.();
  };
  const fail = (err: Error) => {
    failure = failure ?? err;
    header.reject(failure);
    wake();
  };
  // A source ended from outside (the job interrupted) fails the read at once, whether or not the
  // reader is asking for bytes at that moment; the reader is told to stop.
  source.on('error', (err) => {
    post({ t: 'fail', message: err.message });
    fail(err);
  });
  const pump = () => {
    bytes.next().then(
      (r: IteratorResult<unknown>) => {
        if (r.done) post({ t: 'eof' });
        else if (r.value instanceof Uint8Array) post({ t: 'bytes', b: r.value });
        else post({ t: 'bytes', b: Buffer.from(String(r.value)) });
      },
      (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err));
        post({ t: 'fail', message: e.message });
        fail(e);
      },
    );
  };
  worker.on('message', (m: FromReader) => {
    if (m.t === 'want') pump();
    else if (m.t === 'header') header.resolve(m.missing);
    else if (m.t === 'read') onRows(m.rows, m.done);
    else if (m.t === 'chunk' || m.t === 'end') {
      inbox.push(m.t === 'chunk' ? m.rows : null);
      wake();
    } else fail(reviveError(m));
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => fail(new Error(`import reader thread exited with code ${code}`)));

  async function* chunks(): AsyncGenerator<ParsedRow[]> {
    for (;;) {
      if (failure) throw failure;
      const next = inbox.shift();
      if (next === null) return;
      if (next) {
        post({ t: 'ack' });
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => (waiter = resolve));
    }
  }

  return {
    missing,
    chunks: chunks(),
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
      await bytes.return?.();
    },
  };
}
