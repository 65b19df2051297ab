/**
 * Import templates generated from an importer's columns: an .xlsx with a bilingual header row
 * ("姓名\nName"), text-formatted ID/phone/code columns so spreadsheets keep every digit, an example
 * row and an instructions sheet; and a UTF-8 CSV with a byte-order mark (so Excel opens it as UTF-8).
 * The readers accept exactly what these produce. The example row passes every check of its importer
 * and is skipped on import (`isTemplateExample`): left in place it imports nothing (issue 11, point 9).
 */
import ExcelJS from 'exceljs';
import type { ImportColumn, ImportEntity } from './importer.js';

const TITLES: Record<ImportEntity, { zh: string; en: string }> = {
  people: { zh: '劳动力信息导入模板', en: 'Worker registry import template' },
  enterprises: { zh: '用人单位信息导入模板', en: 'Employer import template' },
};

/** The header text of a column in the .xlsx template (Chinese with English beneath). */
export function headerText(c: ImportColumn): string {
  return `${c.zh}\n${c.en}`;
}

/** Each column list's example values, by column key (only columns that have one). */
const examples = new WeakMap<ImportColumn[], Array<[string, string]>>();

/**
 * True when a row is the template's example row: every column holds exactly its example value (a
 * blank where the example is blank). The importer skips it, so a template filled in below its
 * example imports only the rows entered. Cheap: the first differing column ends the check.
 */
export function isTemplateExample(cells: Readonly<Record<string, string | undefined>>, columns: ImportColumn[]): boolean {
  let pairs = examples.get(columns);
  if (!pairs) {
    pairs = columns.map((c): [string, string] => [c.key, c.example]);
    examples.set(columns, pairs);
  }
  for (const [key, example] of pairs) if ((cells[key] ?? '') !== example) return false;
  return pairs.some(([, example]) => example !== '');
}

const EXAMPLE_NOTE = '示例行：导入时自动跳过，可保留、覆盖或删除。Example row: skipped on import; keep, overwrite or delete it.';

function instructions(columns: ImportColumn[]): string[][] {
  return [
    ['说明', 'Instructions'],
    [
      '第一个工作表的第一行是表头，请勿修改；从第二行起每行一条记录。第二行是示例行（灰色斜体），导入时自动跳过。',
      'Row 1 of the first sheet is the header: do not change it. Enter one record per row from row 2. Row 2 is the example row (grey italics): it is skipped on import.',
    ],
    [
      '身份证号码、手机号码和各类代码列已设为文本格式；请勿改为数字，否则末尾数字会丢失（如 4.5122E+17）。',
      'ID-number, phone and code columns are formatted as text; do not change them to numbers or the last digits are lost (e.g. 4.5122E+17).',
    ],
    ['日期请写成 YYYY-MM-DD，如 1990-01-01。', 'Write dates as YYYY-MM-DD, e.g. 1990-01-01.'],
    ['也可保存为 CSV（UTF-8 或 GBK 编码）后上传。', 'You may also save as CSV (UTF-8 or GBK) and upload that.'],
    [
      '导入后可下载错误报告：每行错误的原因写在该行旁边，改正后只需重新导入这些行；已导入的行再次导入不会重复。',
      'After an import, download the error report: each bad row carries its reason beside it. Fix and re-import those rows; rows already imported are never duplicated.',
    ],
    [],
    ['列 Column', '必填 Required', '格式 Format'],
    ...columns.map((c) => [`${c.zh} ${c.en}`, c.required ? '是 Yes' : '否 No', c.text ? '文本 Text' : '']),
  ];
}

/** The .xlsx template for an entity. */
export async function templateXlsx(entity: ImportEntity, columns: ImportColumn[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wugong';
  const sheet = wb.addWorksheet('数据 Data');
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: Math.max(14, c.zh.length * 2 + 4, c.en.length + 4),
    style: c.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerText(c);
    cell.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : { argb: 'FF000000' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  header.height = 32;
  const example = sheet.getRow(2);
  columns.forEach((c, i) => {
    const cell = example.getCell(i + 1);
    cell.value = c.example;
    cell.font = { italic: true, color: { argb: 'FF808080' } };
    if (c.text) cell.numFmt = '@';
  });
  example.getCell(1).note = EXAMPLE_NOTE;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('说明 Instructions');
  help.addRow([TITLES[entity].zh, TITLES[entity].en]);
  for (const line of instructions(columns)) help.addRow(line);
  help.getColumn(1).width = 60;
  help.getColumn(2).width = 60;
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV template: UTF-8 with BOM, header "姓名 Name", one example row. */
export function templateCsv(columns: ImportColumn[]): Buffer {
  const lines = [columns.map((c) => csvField(`${c.zh} ${c.en}`)).join(','), columns.map((c) => csvField(c.example)).join(',')];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
