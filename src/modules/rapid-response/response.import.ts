/**
 * Reading a list of affected workers from an .xlsx (the imports module's reader: header check, caps,
 * blank rows, numeric ID cells): one ID number and one name per row. Every bad row is reported with
 * its row number and why. Whether the registry knows the person, and whether a row repeats an
 * earlier good one (reported as a duplicate, so each person is kept exactly once), is decided after.
 */
import { Readable } from 'node:stream';
import type { Config } from '../../config.js';
import { fileKindOf, missingHeaderMessage, openRows, type ImportColumn } from '../imports/index.js';
import { parseIdNumber } from '../people/index.js';
import { messageFor, type ErrorCode } from '../../core/errors.js';
import { ok, refuse, RefusalError, type Result } from '../../core/result.js';

export const workerColumns: ImportColumn[] = [
  { key: 'idNumber', zh: '身份证号码', en: 'ID number', required: true, text: true, example: '451228199001011234' },
  { key: 'name', zh: '姓名', en: 'Name', required: true, text: true, example: '韦某某' },
];

export interface RowProblem {
  rowNumber: number;
  code: string;
  message: { zh: string; en: string };
}

export interface ReadWorkers {
  rows: Array<{ rowNumber: number; idNumber: string; name: string }>;
  problems: RowProblem[];
}

export function problem(rowNumber: number, code: ErrorCode): RowProblem {
  return { rowNumber, code, message: messageFor(code) };
}

/** Reads the rows of an uploaded list (.xlsx only: the form offers a template of that kind). */
export async function readWorkerList(fileName: string, data: Buffer, today: string, caps: Config): Promise<Result<ReadWorkers>> {
  if (fileKindOf(fileName) !== 'xlsx') return refuse('import_format', { zh: '请上传 .xlsx 文件', en: 'Upload an .xlsx file' });
  const out: ReadWorkers = { rows: [], problems: [] };
  try {
    const opened = await openRows('xlsx', Readable.from(data), workerColumns, caps);
    if (!opened.ok) return refuse('import_header', missingHeaderMessage(opened.missing));
    for await (const row of opened.rows) {
      const first = row.errors[0];
      if (first) {
        out.problems.push({ rowNumber: row.rowNumber, code: first.code, message: first.message });
        continue;
      }
      const name = (row.cells.name ?? '').trim();
      const parsed = parseIdNumber(row.cells.idNumber ?? '', { today, isPlausibleAddressCode: (c) => /^[1-9]\d{5}$/.test(c) });
      if (!parsed.ok) {
        out.problems.push(problem(row.rowNumber, parsed.code));
        continue;
      }
      if (name === '' || name.length > 50) {
        out.problems.push(problem(row.rowNumber, 'validation_failed'));
        continue;
      }
      out.rows.push({ rowNumber: row.rowNumber, idNumber: parsed.value.idNumber, name });
    }
  } catch (err) {
    return err instanceof RefusalError ? { ok: false, reason: err.reason } : refuse('import_format');
  }
  return ok(out);
}
