/**
 * A parse worker thread: loads the importer's database-free parser module and parses the batches
 * the main thread (or the reader thread) sends, in order. No database, no HTTP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseOutcomes } from './parse-pool.js';
import type { RawRow } from './headers.js';
import { isWorkerInit, loadWorkerParser } from './worker-parser.js';

async function main(): Promise<void> {
  const port = parentPort;
  const init: unknown = workerData;
  if (!port || !isWorkerInit(init)) throw new Error('parse worker started without its init data');
  const parser = await loadWorkerParser(init);
  port.on('message', (msg: { id: number; rows: RawRow[] }) => {
    try {
      port.postMessage({ id: msg.id, rows: parseOutcomes(parser, init.actor, msg.rows) });
    } catch (err) {
      port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
}

main().catch((err: unknown) => {
  // An uncaught error ends the worker; the pool turns the 'error' event into a failed import.
  throw err;
});
