/**
 * The contract between the import engine (this module) and an importable entity (people,
 * enterprises). The engine streams rows from .xlsx/.csv, maps headers to column keys, asks the
 * entity to parse and validate each row, and hands it batches of good rows to apply inside one
 * transaction each. The entity decides, per row, whether it was created, unchanged, updated or a
 * conflict; re-importing the same row must be 'unchanged' (exactly once).
 *
 * Refinement (imports engineer, backward compatible — every addition is optional):
 * - `parser`: lets the engine run `parse` + `naturalKey` in worker threads (the bulk of the CPU:
 *   validation, encryption, blind indexes). Point it at a module that exports
 *   `createImportParser(ctx: ImportParserContext): ImportParser<T>`; that module must not import the
 *   database, Kysely or fastify, and the values it returns must be structured-cloneable (plain
 *   objects, strings, numbers, booleans, null — no class instances, no functions). Without
 *   `parser` the engine calls `importer.parse` on the main thread; results are identical.
 *   Example: `parser: { url: new URL('./person.import-parser.js', import.meta.url).href }`.
 * - `applyBatch` is called with rows in file order; the engine has already removed later duplicates
 *   of a natural key within the same file (reported as `import_duplicate_row`).
 * - The engine writes the job's progress in the same transaction as `applyBatch`, so a batch and
 *   its counts commit together; the importer must not commit or open its own transaction.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { FieldError } from '../../core/result.js';
import type { Pii } from '../../crypto/pii.js';
import type { Clock } from '../../core/clock.js';

export interface ImportColumn {
  key: string;
  /** Header text in the template; either language is accepted on import. */
  zh: string;
  en: string;
  required: boolean;
  /** Text columns (ID numbers, phones, codes) are formatted as text in the .xlsx template. */
  text: boolean;
  /** An example value for the template's second row. */
  example: string;
}

export type ImportMode = 'insert' | 'update';

export type ImportEntity = 'people' | 'enterprises';

export type RowOutcome =
  | { kind: 'created'; id: string }
  | { kind: 'unchanged'; id: string }
  | { kind: 'updated'; id: string }
  | { kind: 'conflict'; message: { zh: string; en: string } };

/**
 * COPY on the connection of the batch's transaction (PostgreSQL, src/db/pg-copy.ts): runs
 * `copy … from stdin` in text format with `data`; returns the rows loaded.
 */
export interface BulkLoad {
  copyIn(statement: string, data: string): Promise<number>;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The database-free half of an importer: what may run in a worker thread. */
export interface ImportParser<T> {
  /** Validates one row (cells keyed by column key, trimmed strings); returns the input or field errors. */
  parse(cells: Record<string, string>, actor: Actor): ParseResult<T>;
  /** The natural key that makes a row unique within a file (ID number, credit code). */
  naturalKey(input: T): string;
}

/** What a worker thread gives `createImportParser`: the cipher and clock of the running process. */
export interface ImportParserContext {
  pii: Pii;
  clock: Clock;
}

export interface Importer<T> extends ImportParser<T> {
  entity: ImportEntity;
  columns: ImportColumn[];
  /**
   * Applies good rows in one transaction; returns one outcome per input, in order. Writes the audit
   * rows it needs. `bulk`, when given (PostgreSQL), loads rows with COPY inside that transaction.
   */
  applyBatch(
    trx: Transaction<Database>,
    actor: Actor,
    inputs: T[],
    mode: ImportMode,
    batchId: string,
    bulk?: BulkLoad,
  ): Promise<RowOutcome[]>;
  /** Optional: a module exporting `createImportParser(ctx: ImportParserContext): ImportParser<T>` for worker threads. */
  parser?: { url: string };
}
