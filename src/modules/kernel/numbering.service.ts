/**
 * Readable numbers handed out inside the caller's unit of work (decision 170): per kind, printed
 * place and year, without duplicates and without gaps among committed records — the counter is
 * incremented in the same transaction as the record that carries the number, so a write that rolls
 * back gives its number back, and a concurrent write waits for the counter row.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { formatNumber, numberingPlace, numberingYear, placeLabel } from './numbering.js';
import * as repo from './numbering.repository.js';

export interface NumberRequest {
  /** What is numbered (claim, payment, payment_batch, complaint …): one counter per kind. */
  kind: string;
  /** A one-character mark printed before the sequence ('' for claims, 付 for payments …). */
  mark?: string;
  /** The division code of the office that handles the record (its county names the number). */
  region: string;
  /** The business date (Beijing) of the record: its year is printed. */
  on: string;
}

export interface NumberingOptions {
  /** The name of a division code (the regions module's divisionName), undefined when unknown. */
  placeName(code: string): string | undefined;
}

export interface Numbering {
  /** The next number, taken inside the caller's transaction (`w.trx` of a unit of work). */
  allocate(trx: Transaction<Database>, request: NumberRequest): Promise<string>;
  /** The printed place of a region (都安), as the number shows it. */
  label(region: string): string;
}

export function createNumbering(options: NumberingOptions): Numbering {
  const label = (region: string) => placeLabel(numberingPlace(region), options.placeName);
  return {
    label,
    async allocate(trx, request) {
      const scope = label(request.region);
      const year = numberingYear(request.on);
      const n = await repo.nextInSequence(trx, { kind: request.kind, scope, year });
      return formatNumber(scope, year, request.mark ?? '', n);
    },
  };
}
