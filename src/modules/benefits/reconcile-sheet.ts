/**
 * Reading a bank's result file as banks send it (decision 172): the result in Chinese or English
 * (成功, 失败, 退回, 已退回, paid, failed, returned …), columns found by a mapping (a column letter or
 * a header text) chosen on upload, or by our own headers; every problem told in plain words with
 * its row number.
 */
import './benefits.errors.js';
import ExcelJS from 'exceljs';
import { ok, refuse, type Result } from '../../core/result.js';

/** Which columns hold the payment number, the result and the bank's reference: a letter (A) or a header text. */
export interface ColumnMapping {
  number: string;
  result: string;
  reference?: string | undefined;
}

export type BankResult = 'paid' | 'failed' | 'returned';

/** True for a stored mapping (the remembered setting is JSON). */
export function isMapping(v: unknown): v is ColumnMapping {
  return (
    typeof v === 'object' && v !== null && typeof Reflect.get(v, 'number') === 'string' && typeof Reflect.get(v, 'result') === 'string'
  );
}

/** One result line from the bank. */
export interface ResultLine {
  /** Our payment number (都安-2026-付000045) or the entry id. */
  key: string;
  result: BankResult;
  /** The bank's word as written (kept as the status note). */
  word: string;
  bankReference: string | null;
  row: number;
}

const WORDS: Record<BankResult, readonly string[]> = {
  paid: [
    '成功',
    '已成功',
    '交易成功',
    '支付成功',
    '付款成功',
    '代发成功',
    '处理成功',
    '已支付',
    '已付款',
    '已入账',
    '入账成功',
    '已发放',
    'paid',
    'success',
    'successful',
    'succeeded',
    'ok',
    'completed',
  ],
  failed: [
    '失败',
    '交易失败',
    '支付失败',
    '付款失败',
    '代发失败',
    '处理失败',
    '未成功',
    '拒绝',
    '已拒绝',
    'failed',
    'fail',
    'failure',
    'rejected',
    'error',
  ],
  returned: ['退回', '已退回', '被退回', '退票', '退汇', '已退汇', '退款', 'returned', 'return', 'refunded', 'bounced'],
};

/** The result a bank's word means, or null when it is not one we know. */
export function parseResultWord(word: string): BankResult | null {
  const w = word.replace(/\s+/g, '').toLowerCase();
  for (const [result, words] of Object.entries(WORDS) as Array<[BankResult, readonly string[]]>) {
    if (words.includes(w)) return result;
  }
  return null;
}

/** Headers we recognise when no mapping is given (our own instruction file's first). */
const NUMBER_HEADERS = ['付款编号', '付款号', '编号', '业务编号', 'entryid', 'paymentnumber', 'number'];
const RESULT_HEADERS = ['结果（成功/失败/退回）', '结果', '处理结果', '交易结果', '交易状态', '状态', 'result', 'status'];
const REFERENCE_HEADERS = ['银行流水号', '流水号', '交易流水号', '银行参考号', 'bankreference', 'reference'];

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v && Array.isArray(v.richText))
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim();
  if (typeof v === 'object' && 'result' in v && v.result !== undefined) return cellText(v.result);
  return '';
}

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Column index (0-based) of a letter such as A or AB; null when the text is not a column letter. */
export function columnIndex(letter: string): number | null {
  if (!/^[A-Za-z]{1,2}$/.test(letter)) return null;
  return (
    letter
      .toUpperCase()
      .split('')
      .reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1
  );
}

/** The letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

interface Located {
  headerRow: number;
  number: number;
  result: number;
  reference: number | null;
}

const fileProblem = (zh: string, en: string) => refuse('reconciliation_file', { zh, en });

/** Finds the columns: by the mapping (letters, or header texts in the first 20 rows), else by our headers, else A/B/C. */
function locate(rows: Array<{ n: number; cells: string[] }>, mapping: ColumnMapping | undefined): Result<Located> {
  const head = rows.slice(0, 20);
  const byHeader = (names: readonly string[]): { row: number; col: number } | null => {
    const wanted = names.map(norm);
    for (const r of head) {
      const col = r.cells.findIndex((c) => c !== '' && wanted.includes(norm(c)));
      if (col >= 0) return { row: r.n, col };
    }
    return null;
  };
  if (mapping) {
    const out: Partial<Located> = { headerRow: 0 };
    for (const key of ['number', 'result', 'reference'] as const) {
      const spec = mapping[key]?.trim() ?? '';
      if (spec === '') continue;
      const letter = columnIndex(spec);
      if (letter !== null) {
        out[key] = letter;
        continue;
      }
      const found = byHeader([spec]);
      const what = key === 'number' ? '付款编号' : key === 'result' ? '结果' : '银行流水号';
      if (!found) return fileProblem(`文件中找不到“${spec}”这一列（${what}）`, `No column headed "${spec}" was found (${key})`);
      out[key] = found.col;
      out.headerRow = Math.max(out.headerRow ?? 0, found.row);
    }
    if (out.number === undefined || out.result === undefined)
      return fileProblem('请指明付款编号和结果在哪一列', 'Say which columns hold the payment number and the result');
    return ok({ headerRow: out.headerRow ?? 0, number: out.number, result: out.result, reference: out.reference ?? null });
  }
  const number = byHeader(NUMBER_HEADERS);
  const result = byHeader(RESULT_HEADERS);
  if (number && result) {
    const reference = byHeader(REFERENCE_HEADERS);
    return ok({ headerRow: Math.max(number.row, result.row), number: number.col, result: result.col, reference: reference?.col ?? null });
  }
  return ok({ headerRow: 0, number: 0, result: 1, reference: 2 });
}

/** At most this many problems are listed in one answer. */
const MAX_LISTED = 10;

/**
 * Reads the bank's result file. Blank rows and rows above the header are skipped; a row whose
 * number cell is filled but whose result is empty or unknown is a problem named by its row number.
 */
export async function readResults(data: Buffer, mapping?: ColumnMapping): Promise<Result<{ lines: ResultLine[]; mapping: ColumnMapping }>> {
  const wb = new ExcelJS.Workbook();
  try {
    const bytes = new Uint8Array(data.byteLength);
    bytes.set(data);
    await wb.xlsx.load(bytes.buffer);
  } catch {
    return fileProblem(
      '无法读取对账文件，请上传银行返回的 .xlsx 文件',
      'The reconciliation file could not be read: upload the .xlsx file the bank returned',
    );
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return fileProblem('对账文件中没有工作表', 'The file has no sheet');
  const rows: Array<{ n: number; cells: string[] }> = [];
  sheet.eachRow((row, n) => {
    const values = Array.isArray(row.values) ? row.values.slice(1).map((v) => cellText(v ?? null)) : [];
    rows.push({ n, cells: values });
  });
  const at = locate(rows, mapping);
  if (!at.ok) return at;
  const { headerRow, number, result, reference } = at.value;
  const lines: ResultLine[] = [];
  const problems: Array<{ zh: string; en: string }> = [];
  for (const r of rows) {
    if (r.n <= headerRow) continue;
    const key = r.cells[number] ?? '';
    if (key === '') continue;
    const word = r.cells[result] ?? '';
    if (word === '') {
      problems.push({ zh: `第${r.n}行（${key}）没有填写结果`, en: `Row ${r.n} (${key}): the result is empty` });
      continue;
    }
    const parsed = parseResultWord(word);
    if (parsed === null) {
      problems.push({
        zh: `第${r.n}行（${key}）的结果“${word}”无法识别，请填写 成功、失败 或 退回`,
        en: `Row ${r.n} (${key}): the result "${word}" is not known; write paid, failed or returned`,
      });
      continue;
    }
    const ref = reference === null ? '' : (r.cells[reference] ?? '');
    lines.push({ key, result: parsed, word, bankReference: ref === '' ? null : ref.slice(0, 100), row: r.n });
  }
  if (problems.length > 0) {
    const more = problems.length > MAX_LISTED ? problems.length - MAX_LISTED : 0;
    const listed = problems.slice(0, MAX_LISTED);
    return fileProblem(
      `对账文件有${problems.length}处问题，未做任何更改：${listed.map((p) => p.zh).join('；')}${more ? `；另有${more}处` : ''}`,
      `The file has ${problems.length} problem(s); nothing was changed: ${listed.map((p) => p.en).join('; ')}${more ? `; and ${more} more` : ''}`,
    );
  }
  if (lines.length === 0) return fileProblem('对账文件中没有付款记录', 'The file holds no payment rows');
  const used: ColumnMapping = {
    number: columnLetter(number),
    result: columnLetter(result),
    ...(reference !== null ? { reference: columnLetter(reference) } : {}),
  };
  return ok({ lines, mapping: used });
}
