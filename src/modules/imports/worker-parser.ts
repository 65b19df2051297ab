/**
 * Loads an importer's database-free parser inside a worker thread (the parse workers and the reader):
 * the module named by `parserUrl`, with the data key and the main thread's clock reading.
 */
import { createPii, loadOrCreateMasterKey } from '../../crypto/pii.js';
import { fixedClock } from '../../core/clock.js';
import type { ImportParser, ImportParserContext } from './importer.js';
import type { WorkerInit } from './parse-pool.js';

export function isWorkerInit(v: unknown): v is WorkerInit {
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

export async function loadWorkerParser(init: WorkerInit): Promise<ImportParser<unknown>> {
  const mod: Record<string, unknown> = await import(init.parserUrl);
  const factory = mod.createImportParser;
  if (typeof factory !== 'function') throw new Error(`${init.parserUrl} does not export createImportParser`);
  const ctx: ImportParserContext = { pii: createPii(loadOrCreateMasterKey(init.config).key), clock: fixedClock(init.now) };
  const parser: unknown = factory(ctx);
  if (!isParser(parser)) throw new Error('createImportParser did not return a parser');
  return parser;
}
