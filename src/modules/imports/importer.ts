/**
 * The contract between the import engine (this module) and an importable entity (people,
 * enterprises). The engine streams rows from .xlsx/.csv, maps headers to column keys, asks the
 * entity to parse and validate each row, and hands it batches of good rows to apply inside one
 * transaction each. The entity decides, per row, whether it was created, unchanged, updated or a
 * conflict; re-importing the same row must be 'unchanged' (exactly once).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../actor.js';
import type { FieldError } from '../../core/result.js';

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

export type RowOutcome =
  | { kind: 'created'; id: string }
  | { kind: 'unchanged'; id: string }
  | { kind: 'updated'; id: string }
  | { kind: 'conflict'; message: { zh: string; en: string } };

export interface Importer<T> {
  entity: 'people' | 'enterprises';
  columns: ImportColumn[];
  /** Validates one row (cells keyed by column key, trimmed strings); returns the input or field errors. */
  parse(cells: Record<string, string>, actor: Actor): { ok: true; value: T } | { ok: false; errors: FieldError[] };
  /** The natural key that makes a row unique within a file (ID number, credit code). */
  naturalKey(input: T): string;
  /** Applies good rows in one transaction; returns one outcome per input, in order. Writes the audit rows it needs. */
  applyBatch(trx: Transaction<Database>, actor: Actor, inputs: T[], mode: ImportMode, batchId: string): Promise<RowOutcome[]>;
}
