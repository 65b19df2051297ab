/**
 * Streams the first worksheet of an .xlsx file with exceljs's streaming reader (constant memory).
 * Each row comes back as display strings plus the indexes of cells stored as numbers, so the
 * caller can refuse numbers in text columns (an ID number saved as 4.5122E+17 has lost digits).
 * The bytes pass through a guard first (XlsxGuard): a file that would unpack beyond the caps of
 * xlsx-limits.ts is refused with its reason before exceljs holds it (decision 118).
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsx-limits.js';
import { XlsxGuard } from './xlsx-guard.js';

export interface XlsxRow {
  rowNumber: number;
  values: string[];
  /** 0-based indexes of cells holding numbers (or formulas yielding numbers). */
  numeric: Set<number>;
}

function dateText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The text and number-ness of one cell value as exceljs delivers it. */
export function cellText(v: unknown): { text: string; numeric: boolean } {
  if (v === null || v === undefined) return { text: '', numeric: false };
  if (typeof v === 'number') return { text: String(v), numeric: true };
  if (typeof v === 'string') return { text: v, numeric: false };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', numeric: false };
  if (v instanceof Date) return { text: dateText(v), numeric: false };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) {
      return {
        text: v.richText
          .map((p: unknown) => (p && typeof p === 'object' && 'text' in p && typeof p.text === 'string' ? p.text : ''))
          .join(''),
        numeric: false,
      };
    }
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('error' in v && typeof v.error === 'string') return { text: v.error, numeric: false };
  }
  return { text: String(v), numeric: false };
}

/**
 * Streams the rows of the first worksheet. A file beyond the caps throws XlsxRefusedError (a
 * refusal with code import_xlsx_limit, or import_format for a damaged zip) before exceljs holds it.
 */
export async function* xlsxRows(source: Readable | string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): AsyncGenerator<XlsxRow> {
  const input = typeof source === 'string' ? fs.createReadStream(source) : source;
  const guard = new XlsxGuard(limits);
  // pipe() does not pass errors on: a failing source fails the guard, and with it the reader.
  const onError = (err: Error) => guard.destroy(err);
  input.on('error', onError);
  input.pipe(guard);
  // A refusal ends the read at once: exceljs may never settle on the file cut short (decision 241).
  const refused = new Promise<never>((_resolve, reject) => guard.once('refused', reject));
  refused.catch(() => {}); // raced below; this only keeps an unraced refusal from being reported as unhandled
  const rows = sheetRows(guard);
  // While a next() is unsettled the rows cannot be returned (the return would wait behind it).
  let settled = true;
  try {
    for (;;) {
      settled = false;
      const next = await Promise.race([rows.next(), refused]);
      settled = true;
      if (next.done) break;
      yield next.value;
    }
  } catch (err) {
    throw guard.refusal ?? err;
  } finally {
    // A reader that stops early (the header check at upload) lets exceljs close its streams.
    if (settled) await rows.return(undefined);
    input.off('error', onError);
    input.unpipe(guard);
    guard.destroy();
    if (typeof source === 'string') input.destroy();
  }
  // A refusal after the first worksheet was read (exceljs stops there) still refuses the file.
  if (guard.refusal) throw guard.refusal;
}

async function* sheetRows(source: Readable): AsyncGenerator<XlsxRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // exceljs 4.4 reads a worksheet at once when the shared strings and relationships came first in
  // the zip, and then looks up sheet names in `model`, which only xl/workbook.xml sets: files whose
  // workbook.xml comes later (exceljs itself writes such files now and then) crashed the reader.
  // An empty model until workbook.xml is read makes the lookup find nothing instead of throwing.
  Reflect.set(reader, 'model', { sheets: [] });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const raw: unknown = row.values;
      const cells: unknown[] = Array.isArray(raw) ? raw.slice(1) : [];
      const values: string[] = [];
      const numeric = new Set<number>();
      for (let i = 0; i < cells.length; i++) {
        const c = cellText(cells[i]);
        values.push(c.text);
        if (c.numeric) numeric.add(i);
      }
      yield { rowNumber: row.number, values, numeric };
    }
    // Only the first worksheet holds data (the template's second sheet is instructions).
    break;
  }
}
