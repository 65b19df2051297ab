/**
 * The bank's instruction file of a payment batch (.xlsx through exceljs): one row per payment with
 * its readable number, the payee's name, masked ID number and bank account (decision 082), the
 * program and instalment in Chinese, the amount in yuan, and empty result columns for the bank.
 * Reading the bank's answer: reconcile-sheet.ts.
 */
import ExcelJS from 'exceljs';
import { programById } from '../../policy/index.js';

/** One row of the instruction file. */
export interface BatchLine {
  number: string;
  claimNumber: string;
  name: string;
  idNumberMasked: string;
  bankAccountMasked: string;
  programId: string;
  instalment: string;
  amountFen: number;
}

/** The headers the bank sees; the reconciliation reader finds its columns by the first and the last two. */
export const BATCH_HEADERS = [
  '付款编号',
  '申请编号',
  '姓名',
  '身份证号（脱敏）',
  '银行账号（脱敏）',
  '补贴项目',
  '期次',
  '金额（元）',
  '结果（成功/失败/退回）',
  '银行流水号',
] as const;

/** A program's Chinese name (the id when the catalogue does not know it). */
export function programNameZh(programId: string): string {
  return programById(programId)?.name.zh ?? programId;
}

/** An instalment in Chinese: 首期（预拨）, 余额, 一次性, or a month as 2026年3月. */
export function instalmentZh(instalment: string): string {
  if (instalment === 'advance') return '首期（预拨）';
  if (instalment === 'balance') return '余额';
  if (instalment === 'once') return '一次性';
  const month = /^(\d{4})-(\d{2})$/.exec(instalment);
  return month ? `${month[1]}年${Number(month[2])}月` : instalment;
}

/** The instruction workbook: a title row, the header row, one row per entry. */
export async function batchWorkbook(batch: { number: string; createdAtLocal: string }, lines: readonly BatchLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('付款批次');
  sheet.addRow([`付款批次 ${batch.number}（${batch.createdAtLocal}，共${lines.length}笔）`]);
  sheet.addRow([...BATCH_HEADERS]);
  for (const l of lines) {
    sheet.addRow([
      l.number,
      l.claimNumber,
      l.name,
      l.idNumberMasked,
      l.bankAccountMasked,
      programNameZh(l.programId),
      instalmentZh(l.instalment),
      l.amountFen / 100,
      '',
      '',
    ]);
  }
  sheet.columns.forEach((c) => {
    c.width = 22;
  });
  sheet.getColumn(8).numFmt = '0.00';
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}
