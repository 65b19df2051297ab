/**
 * A parse worker thread: loads the importer's database-free parser module and parses the batches
 * the main thread sends, in order. No database, no HTTP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPii, loadOrCreateMasterKey } from '../../crypto/pii.js';
import { fixedClock } from '../../core/clock.js';
import type { ImportParser, ImportParserContext } from './importer.js';
import { parseOutcomes, type WorkerInit } from './parse-pool.js';
import type { RawRow } from './headers.js';

function isInit(v: unknown): v is WorkerInit {
  return typeof v === 'object' && v !== null && 'parserUrl' in v && 'config' in v && 'actor' in v && 'now' in v;
}

function isParser(v: unknown): v is ImportParser<unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    'parse' in v &&
    typeof v.parse === 'function' &&
    'naturalKey' in v &&
    typeof v.naturalKey === 'function'
  );
}

async function main(): Promise<void> {
  const port = parentPort;
  const init: unknown = workerData;
  if (!port || !isInit(init)) throw new Error('parse worker started without its init data');
  const mod: Record<string, unknown> = await import(init.parserUrl);
  const factory = mod.createImportParser;
  if (typeof factory !== 'function') throw new Error(`${init.parserUrl} does not export createImportParser`);
  const ctx: ImportParserContext = { pii: createPii(loadOrCreateMasterKey(init.config).key), clock: fixedClock(init.now) };
  const parser: unknown = factory(ctx);
  if (!isParser(parser)) throw new Error('createImportParser did not return a parser');
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
