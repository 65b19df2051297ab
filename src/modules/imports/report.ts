/**
 * The error report of an import, written as rows fail (streaming, constant memory): the cells of
 * each bad row, its row number, and the reasons in Chinese and English beside it. Two versions are
 * written side by side straight into the blob store (encrypted; nothing in plaintext on disk):
 * - masked: every personal value (ID number, phone, bank account) masked, the failing ones too —
 *   what every user who may see the job downloads;
 * - reveal: the same, except the one value that failed in each row is shown as given, so it can be
 *   corrected — only for users allowed to reveal personal data, and every download is audited.
 * A row that fails as a whole (a duplicate, a conflict) shows no value in clear in either version.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FieldError } from '../../core/result.js';
import { maskBankAccount, maskIdNumber, maskPhone } from '../../crypto/mask.js';
import { redactPersonalData } from '../../crypto/redact.js';
import type { BlobRef } from '../blobs/index.js';
import type { ImportColumn } from './importer.js';

export interface ReportLine {
  rowNumber: number;
  cells: Record<string, string>;
  /** Field errors, or one row-level message (conflict, duplicate). */
  errors: FieldError[];
}

/** The two stored versions of a report. */
export interface ReportBlobs {
  masked: BlobRef;
  reveal: BlobRef;
}

export interface ReportWriter {
  add(line: ReportLine): void;
  readonly count: number;
  /** Finishes and stores both versions; null when no row was reported (nothing is stored). */
  close(): Promise<ReportBlobs | null>;
  /** Drops a report cut short by a failure (nothing is kept). */
  abort(): Promise<void>;
}

/** Column headers of the report, after the data columns. */
export const REPORT_TAIL = ['原因 Reason (中文)', 'Reason (English)', '代码 Code'];

/** Columns of the importers that hold personal numbers, by column key. */
const PERSONAL: Readonly<Record<string, (v: string) => string>> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  contactPhone: maskPhone,
  bankAccount: maskBankAccount,
};

function reasons(errors: FieldError[], byKey: Map<string, ImportColumn>): { zh: string; en: string; codes: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const e of errors) {
    const col = byKey.get(e.path);
    zh.push(col ? `${col.zh}：${e.message.zh}` : e.message.zh);
    en.push(col ? `${col.en}: ${e.message.en}` : e.message.en);
  }
  return {
    zh: redactPersonalData(zh.join('；')),
    en: redactPersonalData(en.join('; ')),
    codes: [...new Set(errors.map((e) => e.code))].join(','),
  };
}

/** A cell as every user sees it: personal columns masked, personal numbers elsewhere redacted. */
export function maskedCell(key: string, value: string): string {
  if (value === '') return value;
  const mask = PERSONAL[key];
  return mask ? mask(value) : redactPersonalData(value);
}

interface Sheet {
  addRow(values: Array<string | number>): void;
  finish(): Promise<BlobRef>;
  abort(): void;
}

function openSheet(store: (s: Readable) => Promise<BlobRef>, header: string[]): Sheet {
  const out = new PassThrough();
  const stored = store(out);
  stored.catch(() => {}); // awaited in finish(); this only keeps an abort from being reported as unhandled
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = wb.addWorksheet('错误 Errors');
  sheet.addRow(header).commit();
  return {
    addRow: (values) => sheet.addRow(values).commit(),
    async finish() {
      sheet.commit();
      await wb.commit();
      return stored;
    },
    abort: () => out.destroy(new Error('import report aborted')),
  };
}

/** Opens a streaming report pair that stores itself through `store` (the blob store's put). */
export function createReportWriter(columns: ImportColumn[], store: (s: Readable) => Promise<BlobRef>): ReportWriter {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const header = ['行号 Row', ...columns.map((c) => `${c.zh} ${c.en}`), ...REPORT_TAIL];
  let sheets: { masked: Sheet; reveal: Sheet } | null = null;
  let count = 0;
  return {
    add(line) {
      sheets ??= { masked: openSheet(store, header), reveal: openSheet(store, header) };
      const r = reasons(line.errors, byKey);
      const failing = new Set(line.errors.map((e) => e.path).filter((p) => p !== ''));
      const masked = columns.map((c) => maskedCell(c.key, line.cells[c.key] ?? ''));
      const reveal = columns.map((c, i) => (failing.has(c.key) ? (line.cells[c.key] ?? '') : (masked[i] ?? '')));
      sheets.masked.addRow([line.rowNumber, ...masked, r.zh, r.en, r.codes]);
      sheets.reveal.addRow([line.rowNumber, ...reveal, r.zh, r.en, r.codes]);
      count++;
    },
    get count() {
      return count;
    },
    async close() {
      if (!sheets) return null;
      const [masked, reveal] = await Promise.all([sheets.masked.finish(), sheets.reveal.finish()]);
      return { masked, reveal };
    },
    async abort() {
      sheets?.masked.abort();
      sheets?.reveal.abort();
      sheets = null;
    },
  };
}
