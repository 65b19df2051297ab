/**
 * One entry point for both file kinds: checks the header against the importer's columns and
 * streams the data rows as {rowNumber, cells, errors}, skipping blank rows.
 */
import type { Readable } from 'node:stream';
import type { ImportColumn } from './importer.js';
import { csvRecords } from './read-csv.js';
import { xlsxRows, type XlsxRow } from './read-xlsx.js';
import { DEFAULT_XLSX_LIMITS, xlsxLimitsOf, type XlsxLimits } from './xlsx-limits.js';
import type { Config } from '../../config.js';
import { isBlankRow, mapHeader, rowFromValues, type RawRow } from './headers.js';
import { fieldError } from '../../core/result.js';
import { escapeInvalidCharacters, findInvalidCharacter, invalidCharacterMessage } from '../../core/text.js';

export type FileKind = 'xlsx' | 'csv';

/** The file kind from its name (.xlsx / .csv), or null when unsupported. */
export function fileKindOf(fileName: string): FileKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

export type OpenedRows = { ok: true; rows: AsyncGenerator<RawRow> } | { ok: false; missing: ImportColumn[] };

async function* csvAsRows(source: Readable): AsyncGenerator<XlsxRow> {
  let n = 0;
  const none = new Set<number>();
  for await (const values of csvRecords(source)) yield { rowNumber: ++n, values, numeric: none };
}

/**
 * A cell holding a character no text field may hold (src/core/text.ts: NUL, a lone surrogate, a
 * bidirectional control) makes its row an error, as the edge guard refuses such text in requests
 * (decision 115); in the report the character is written as \uXXXX so the report stays readable.
 */
function refuseInvalidText(row: RawRow): RawRow {
  for (const [key, value] of Object.entries(row.cells)) {
    const found = findInvalidCharacter(value);
    if (!found) continue;
    row.errors.push(fieldError(key, 'text_invalid_character', invalidCharacterMessage(found)));
    row.cells[key] = escapeInvalidCharacters(value);
  }
  return row;
}

/** The .xlsx caps as settings (WUGONG_XLSX_*) or in full. */
export type XlsxCaps = XlsxLimits | Pick<Config, 'xlsxMaxSharedStrings' | 'xlsxMaxSharedStringsMiB' | 'xlsxMaxUnpackedMiB'>;

/**
 * Reads the header row; on success returns the remaining rows as a stream. An .xlsx beyond the caps
 * throws XlsxRefusedError (a RefusalError with its reason) while the header or the rows are read.
 */
export async function openRows(
  kind: FileKind,
  source: Readable,
  columns: ImportColumn[],
  caps: XlsxCaps = DEFAULT_XLSX_LIMITS,
): Promise<OpenedRows> {
  const limits = 'maxRowBytes' in caps ? caps : xlsxLimitsOf(caps);
  const it = kind === 'xlsx' ? xlsxRows(source, limits) : csvAsRows(source);
  let first = await it.next();
  while (!first.done && isBlankRow(first.value.values)) first = await it.next();
  const header = mapHeader(first.done ? [] : first.value.values, columns);
  if (!header.ok) {
    await it.return(undefined);
    return { ok: false, missing: header.missing };
  }
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const map = header.map;
  async function* rows(): AsyncGenerator<RawRow> {
    for await (const r of it) {
      if (isBlankRow(r.values)) continue;
      const numericKeys = new Set<string>();
      for (const { key, index } of map) if (r.numeric.has(index)) numericKeys.add(key);
      yield refuseInvalidText(rowFromValues(r.rowNumber, r.values, map, byKey, numericKeys));
    }
  }
  return { ok: true, rows: rows() };
}
