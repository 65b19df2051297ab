/**
 * Header mapping and cell checks shared by the .xlsx and .csv readers. A header cell names a
 * column by its Chinese or English text, or both as the template writes them ("姓名\nName",
 * "姓名 Name"); matching ignores case, whitespace and a required-marker asterisk.
 */
import type { FieldError } from '../../core/result.js';
import { fieldError } from '../../core/result.js';
import type { ImportColumn } from './importer.js';

/** Where each column key sits in the file's rows (0-based cell index). */
export type HeaderMap = Array<{ key: string; index: number }>;

function norm(s: string): string {
  return s.replace(/[\s*＊]+/g, '').toLowerCase();
}

/** Maps a header row to column keys; lists the required columns it lacks. */
export function mapHeader(cells: string[], columns: ImportColumn[]): { ok: true; map: HeaderMap } | { ok: false; missing: ImportColumn[] } {
  const byText = new Map<string, string>();
  for (const c of columns) {
    for (const t of [c.zh, c.en, `${c.zh}${c.en}`, `${c.en}${c.zh}`]) byText.set(norm(t), c.key);
  }
  const map: HeaderMap = [];
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const key = byText.get(norm(cell));
    if (key !== undefined && !seen.has(key)) {
      seen.add(key);
      map.push({ key, index });
    }
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.key));
  return missing.length ? { ok: false, missing } : { ok: true, map };
}

/** The bilingual list of missing headers for the `import_header` refusal. */
export function missingHeaderMessage(missing: ImportColumn[]): { zh: string; en: string } {
  return {
    zh: `缺少必填列：${missing.map((c) => c.zh).join('、')}`,
    en: `Missing required columns: ${missing.map((c) => c.en).join(', ')}`,
  };
}

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

/**
 * The refusal for a text column whose value arrived as a number: an ID number stored by a
 * spreadsheet as 4.5122E+17 has lost its last digits and cannot be recovered.
 */
export function numericTextError(column: ImportColumn): FieldError {
  const idLike = /id|证/i.test(column.key) || /身份证/.test(column.zh);
  return idLike
    ? fieldError(column.key, 'id_number_scientific')
    : fieldError(column.key, 'import_cell_numeric', {
        zh: `“${column.zh}”列须为文本格式，该单元格被存成了数字`,
        en: `The "${column.en}" column must be text; this cell was stored as a number`,
      });
}

/** True when a text value looks like a spreadsheet's scientific notation (4.5122E+17). */
export function looksScientific(value: string): boolean {
  return SCIENTIFIC.test(value);
}

/** One data row as the readers deliver it. */
export interface RawRow {
  /** 1-based row number in the file (the header is row 1). */
  rowNumber: number;
  /** Trimmed cells keyed by column key; absent columns are ''. */
  cells: Record<string, string>;
  /** Errors found while reading (numeric text cells); the row is reported, not parsed. */
  errors: FieldError[];
}

/** Builds a row's cells from values in file order, checking text columns for scientific notation. */
export function rowFromValues(
  rowNumber: number,
  values: string[],
  map: HeaderMap,
  columns: Map<string, ImportColumn>,
  numericKeys: ReadonlySet<string> = new Set(),
): RawRow {
  const cells: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const { key, index } of map) {
    const v = (values[index] ?? '').trim();
    cells[key] = v;
    const col = columns.get(key);
    if (col?.text && v !== '' && (numericKeys.has(key) || looksScientific(v))) errors.push(numericTextError(col));
  }
  for (const key of columns.keys()) if (!(key in cells)) cells[key] = '';
  return { rowNumber, cells, errors };
}

/** True when every value of a row is empty (trailing blank rows are skipped). */
export function isBlankRow(values: string[]): boolean {
  return values.every((v) => v.trim() === '');
}
