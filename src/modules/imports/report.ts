/**
 * The error report of an import, written as rows fail (streaming, constant memory): the original
 * cells of each bad row, its row number, and the reasons in Chinese and English beside it.
 */
import ExcelJS from 'exceljs';
import type { FieldError } from '../../core/result.js';
import type { ImportColumn } from './importer.js';

export interface ReportLine {
  rowNumber: number;
  cells: Record<string, string>;
  /** Field errors, or one row-level message (conflict, duplicate). */
  errors: FieldError[];
}

export interface ReportWriter {
  add(line: ReportLine): void;
  readonly count: number;
  /** Finishes the file; returns the number of rows written. */
  close(): Promise<number>;
}

/** Column headers of the report, after the data columns. */
export const REPORT_TAIL = ['原因 Reason (中文)', 'Reason (English)', '代码 Code'];

function reasons(errors: FieldError[], byKey: Map<string, ImportColumn>): { zh: string; en: string; codes: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const e of errors) {
    const col = byKey.get(e.path);
    zh.push(col ? `${col.zh}：${e.message.zh}` : e.message.zh);
    en.push(col ? `${col.en}: ${e.message.en}` : e.message.en);
  }
  return { zh: zh.join('；'), en: en.join('; '), codes: [...new Set(errors.map((e) => e.code))].join(',') };
}

/** Opens a streaming report at a file path. */
export function createReportWriter(file: string, columns: ImportColumn[]): ReportWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = wb.addWorksheet('错误 Errors');
  const byKey = new Map(columns.map((c) => [c.key, c]));
  sheet.addRow(['行号 Row', ...columns.map((c) => `${c.zh} ${c.en}`), ...REPORT_TAIL]).commit();
  let count = 0;
  return {
    add(line) {
      const r = reasons(line.errors, byKey);
      sheet.addRow([line.rowNumber, ...columns.map((c) => line.cells[c.key] ?? ''), r.zh, r.en, r.codes]).commit();
      count++;
    },
    get count() {
      return count;
    },
    async close() {
      sheet.commit();
      await wb.commit();
      return count;
    },
  };
}
