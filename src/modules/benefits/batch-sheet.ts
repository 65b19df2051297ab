/**
 * The bank files of a payment batch (.xlsx through exceljs): the instruction list sent to the bank
 * (personal numbers masked, see docs/decisions/082) and the reconciliation file the bank returns
 * (entry id, paid|failed, bank reference).
 */
import ExcelJS from 'exceljs';
import { fieldError, ok, refuse, type FieldError, type Result } from '../../core/result.js';

/** One row of the instruction file. */
export interface BatchLine {
  entryId: string;
  claimId: string;
  name: string;
  idNumberMasked: string;
  bankAccountMasked: string;
  programId: string;
  instalment: string;
  amountFen: number;
}

const HEADERS = [
  '付款编号 Entry id',
  '申请编号 Claim id',
  '姓名 Name',
  '身份证号(脱敏) ID (masked)',
  '银行账号(脱敏) Account (masked)',
  '项目 Program',
  '期次 Instalment',
  '金额(元) Amount (CNY)',
  '结果 Result (paid/failed)',
  '银行流水号 Bank reference',
];

/** The instruction workbook: one row per entry, and empty result columns for the bank to fill. */
export async function batchWorkbook(batchId: string, lines: readonly BatchLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('付款批次 batch');
  sheet.addRow([`批次 Batch ${batchId}`]);
  sheet.addRow(HEADERS);
  for (const l of lines) {
    sheet.addRow([
      l.entryId,
      l.claimId,
      l.name,
      l.idNumberMasked,
      l.bankAccountMasked,
      l.programId,
      l.instalment,
      l.amountFen / 100,
      '',
      '',
    ]);
  }
  sheet.columns.forEach((c) => {
    c.width = 22;
  });
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}

/** One result line from the bank. */
export interface ResultLine {
  entryId: string;
  result: 'paid' | 'failed';
  bankReference: string | null;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim();
  if (typeof v === 'object' && 'result' in v && v.result !== undefined) return cellText(v.result);
  return '';
}

const ENTRY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the bank's result file: either our instruction file with the result columns filled, or a
 * plain sheet of (entry id, paid|failed, bank reference). Rows whose first cell is not an entry id
 * are headings and skipped; a bad result value is a field error.
 */
export async function readResults(data: Buffer): Promise<Result<ResultLine[]>> {
  const wb = new ExcelJS.Workbook();
  try {
    const bytes = new Uint8Array(data.byteLength);
    bytes.set(data);
    await wb.xlsx.load(bytes.buffer);
  } catch {
    return refuse('reconciliation_file', {
      zh: '无法读取对账文件（须为.xlsx）',
      en: 'The reconciliation file could not be read (it must be .xlsx)',
    });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return refuse('reconciliation_file');
  const lines: ResultLine[] = [];
  const errors: FieldError[] = [];
  sheet.eachRow((row, n) => {
    const values = Array.isArray(row.values) ? row.values.slice(1).map((v) => cellText(v ?? null)) : [];
    const id = values[0] ?? '';
    if (!ENTRY_ID.test(id)) return;
    const wide = values.length >= 9;
    const result = (wide ? values[8] : values[1])?.toLowerCase() ?? '';
    const reference = (wide ? values[9] : values[2]) ?? '';
    if (result !== 'paid' && result !== 'failed') {
      errors.push(
        fieldError(`/rows/${n}`, 'reconciliation_file', {
          zh: `第${n}行的结果须为 paid 或 failed`,
          en: `Row ${n}: the result must be paid or failed`,
        }),
      );
      return;
    }
    lines.push({ entryId: id.toLowerCase(), result, bankReference: reference === '' ? null : reference.slice(0, 100) });
  });
  if (errors.length) return refuse('reconciliation_file', { errors });
  if (lines.length === 0) return refuse('reconciliation_file', { zh: '对账文件中没有付款记录', en: 'The file holds no payment rows' });
  return ok(lines);
}
