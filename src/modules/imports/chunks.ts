/**
 * An import's rows as parsed chunks in file order: read on the calling thread and parsed there or in
 * parse threads (the default), or read and parsed in a reader thread (read-remote.ts) so that the
 * main thread does nothing but write (decision 240; an option, as it measured slower on two cores).
 */
import type { Readable } from 'node:stream';
import type { Actor } from '../actor.js';
import type { Config } from '../../config.js';
import type { Importer, ImportColumn } from './importer.js';
import type { RawRow } from './headers.js';
import { openRows, type FileKind } from './read-rows.js';
import { inlinePool, workerPool, type ParsedRow, type ParsePool } from './parse-pool.js';
import { isTemplateExample } from './template.js';
import { readInWorker } from './read-remote.js';

/** Rows read so far, and whether the whole file has been read. */
export type OnRows = (rows: number, done: boolean) => void;

export type OpenedChunks =
  { ok: true; chunks: AsyncGenerator<ParsedRow[]>; close: () => Promise<void> } | { ok: false; missing: ImportColumn[] };

export interface ChunkOptions {
  kind: FileKind;
  source: Readable;
  importer: Importer<unknown>;
  actor: Actor;
  config: Config;
  /** The clock reading a reader thread's parser keeps for the whole import. */
  now: string;
  chunkSize: number;
  /** Parse threads (0: parse here). With `reader`, 1 means the reader parses itself, more are parse threads under it. */
  threads: number;
  /** Read in a reader thread (decision 240; slower than reading here on two cores, so not the default). */
  reader: boolean;
  /** Parsed chunks read ahead of the writer (handed over by a reader thread, or held here). */
  ahead: number;
  onRows: OnRows;
}

/**
 * Skips the template's example row, cuts the rows into chunks and yields each chunk parsed, in the
 * order read; up to `depth` chunks are in the parse pool at once, so parsers work while the consumer
 * is busy. Reports the rows read as it goes (after each chunk, and once at the end).
 */
export async function* parsedChunks(
  rows: AsyncIterable<RawRow>,
  columns: ImportColumn[],
  pool: ParsePool,
  chunkSize: number,
  depth: number,
  onRows: OnRows,
): AsyncGenerator<ParsedRow[]> {
  const queue: Array<Promise<ParsedRow[]>> = [];
  const submit = (chunk: RawRow[]) => {
    const p = pool.parse(chunk);
    p.catch(() => {}); // awaited in order below; this only keeps a rejection from being reported as unhandled
    queue.push(p);
  };
  let read = 0;
  let chunk: RawRow[] = [];
  for await (const row of rows) {
    if (isTemplateExample(row.cells, columns)) continue;
    read++;
    chunk.push(row);
    if (chunk.length < chunkSize) continue;
    submit(chunk);
    chunk = [];
    onRows(read, false);
    const head = queue.length >= depth ? queue.shift() : undefined;
    if (head) yield await head;
  }
  if (chunk.length) submit(chunk);
  onRows(read, true);
  for (let head = queue.shift(); head; head = queue.shift()) yield await head;
}

/** Reads the header and, when it holds every required column, the rows as parsed chunks. */
export async function openChunks(o: ChunkOptions): Promise<OpenedChunks> {
  const { importer } = o;
  if (o.reader && o.threads > 0 && importer.parser) {
    const remote = readInWorker(
      {
        parserUrl: importer.parser.url,
        config: o.config,
        actor: o.actor,
        now: o.now,
        kind: o.kind,
        columns: importer.columns,
        chunkSize: o.chunkSize,
        parsers: o.threads > 1 ? o.threads : 0,
        ahead: o.ahead,
      },
      o.source,
      o.onRows,
    );
    const missing = await remote.missing.catch(async (err: unknown) => {
      await remote.close();
      throw err;
    });
    if (missing) {
      await remote.close();
      return { ok: false, missing };
    }
    return { ok: true, chunks: remote.chunks, close: remote.close };
  }
  const opened = await openRows(o.kind, o.source, importer.columns, o.config);
  if (!opened.ok) return opened;
  const pool =
    o.threads > 0 && importer.parser
      ? workerPool(o.threads, { parserUrl: importer.parser.url, config: o.config, actor: o.actor, now: o.now })
      : inlinePool(importer, o.actor);
  const chunks = parsedChunks(opened.rows, importer.columns, pool, o.chunkSize, o.ahead, o.onRows);
  return { ok: true, chunks, close: () => pool.close() };
}
