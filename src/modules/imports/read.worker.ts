/**
 * The reader thread of an import (decision 240): reads the file's bytes, which it asks the main
 * thread for one piece at a time, as rows (CSV or .xlsx, the header checked), skips the template's
 * example row, parses the rows in chunks (itself, or through parse threads of its own), and hands the
 * parsed chunks back in file order, never more than `ahead` beyond what the main thread has taken.
 * No database, no HTTP.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { openRows } from './read-rows.js';
import { inlinePool, workerPool } from './parse-pool.js';
import { parsedChunks } from './chunks.js';
import { errorMessageOf, type FromReader, type ReadInit, type ToReader } from './read-remote.js';
import { isWorkerInit, loadWorkerParser } from './worker-parser.js';

/** Bytes of the file the reader asks for ahead of what it has read (about 80,000 CSV rows). */
const BYTES_AHEAD = 8 * 1024 * 1024;

function isReadInit(v: unknown): v is ReadInit {
  return isWorkerInit(v) && 'kind' in v && 'columns' in v && 'chunkSize' in v && 'parsers' in v && 'ahead' in v;
}

async function main(): Promise<void> {
  const port = parentPort;
  const init: unknown = workerData;
  if (!port || !isReadInit(init)) throw new Error('import reader started without its init data');
  const post = (m: FromReader) => port.postMessage(m);
  let credits = init.ahead;
  let waiting: (() => void) | null = null;
  // The main thread answers a request for bytes only between its writes (a batch is written in one
  // synchronous transaction), so the reader keeps several MiB in hand to read on through a write.
  const source = new Readable({ highWaterMark: BYTES_AHEAD, read: () => post({ t: 'want' }) });
  port.on('message', (m: ToReader) => {
    if (m.t === 'bytes') source.push(Buffer.from(m.b.buffer, m.b.byteOffset, m.b.byteLength));
    else if (m.t === 'eof') source.push(null);
    else if (m.t === 'fail') source.destroy(new Error(m.message));
    else {
      credits++;
      const w = waiting;
      waiting = null;
      w?.();
    }
  });
  try {
    const opened = await openRows(init.kind, source, init.columns, init.config);
    post({ t: 'header', missing: opened.ok ? null : opened.missing });
    if (!opened.ok) return;
    const pool = init.parsers > 0 ? workerPool(init.parsers, init) : inlinePool(await loadWorkerParser(init), init.actor);
    try {
      const depth = Math.max(1, init.parsers * 2);
      const onRows = (rows: number, done: boolean) => post({ t: 'read', rows, done });
      for await (const rows of parsedChunks(opened.rows, init.columns, pool, init.chunkSize, depth, onRows)) {
        while (credits === 0) await new Promise<void>((resolve) => (waiting = resolve));
        credits--;
        post({ t: 'chunk', rows });
      }
      post({ t: 'end' });
    } finally {
      await pool.close();
    }
  } catch (err) {
    post(errorMessageOf(err));
  }
}

main().catch((err: unknown) => {
  // An uncaught error ends the thread; the main thread turns the 'error' event into a failed import.
  throw err;
});
