/**
 * (c) An import with good and bad rows: upload a generated .xlsx, watch the progress finish,
 * download the error report and check it lists exactly the bad rows with their reasons.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { TestContext } from './run.js';
import { DEMO_PASSWORD, checkCharacter, expect, freshSequence, signIn, withWrongCheck } from './helpers.js';
import { resultsDir } from './harness.js';
import { personColumns } from '../src/modules/people/person.import-parser.js';
import { headerText } from '../src/modules/imports/template.js';

function idNumber(birth: string, offset: number): string {
  const first17 = `451228${birth}${freshSequence(offset)}`;
  return first17 + checkCharacter(first17);
}

async function writeWorkbook(file: string, rows: Array<Record<string, string>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('数据 Data');
  sheet.addRow(personColumns.map(headerText));
  for (const r of rows) sheet.addRow(personColumns.map((c) => r[c.key] ?? ''));
  await wb.xlsx.writeFile(file);
}

function cellText(v: ExcelJS.CellValue): string {
  return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export async function importWithBadRowsReportsThem({ page, baseUrl }: TestContext): Promise<void> {
  const rows: Array<Record<string, string>> = [
    { name: '蓝导一', idNumber: idNumber('19910101', 11), hukouCode: '451228100', phone: '13800001111' },
    { name: '蓝导二', idNumber: withWrongCheck(idNumber('19920202', 12)), hukouCode: '451228100' },
    { name: '蓝导三', idNumber: idNumber('19930303', 13), hukouCode: '451228100' },
    { name: '蓝导四', idNumber: idNumber('19940404', 14), hukouCode: '451228100', phone: '12345' },
    { name: '蓝导五', idNumber: idNumber('19950505', 15), hukouCode: '451228' },
  ];
  const file = path.join(resultsDir, 'import-bad-rows.xlsx');
  await writeWorkbook(file, rows);

  await signIn(page, baseUrl, 'duan_county', DEMO_PASSWORD);
  await page.goto(`${baseUrl}/imports`);
  await page.locator('input[type=file]').setInputFiles(file);
  const progress = page.getByTestId('import-progress');
  await progress.and(page.locator('[data-status=done]')).waitFor({ timeout: 60_000 });
  const created = await page.getByTestId('import-created').innerText();
  const errors = await page.getByTestId('import-errors').innerText();
  expect(created.endsWith(' 3'), `expected 3 created, got "${created}"`);
  expect(errors.endsWith(' 2'), `expected 2 errors, got "${errors}"`);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-report').click()]);
  const saved = path.join(resultsDir, 'import-bad-rows.errors.xlsx');
  await download.saveAs(saved);
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(saved);
  const sheet = report.worksheets[0];
  expect(sheet !== undefined, 'the report has no sheet');
  const lines: string[][] = [];
  sheet.eachRow((row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => values.push(cellText(cell.value)));
    lines.push(values);
  });
  const body = lines.slice(1);
  expect(body.length === 2, `expected 2 report rows, got ${body.length}: ${JSON.stringify(body)}`);
  const byRow = new Map(body.map((l) => [l[0], l.join(' | ')]));
  expect(byRow.get('3')?.includes('校验位') ?? false, `row 3 should be refused for its check character: ${byRow.get('3') ?? 'missing'}`);
  expect(byRow.get('5')?.includes('手机号码') ?? false, `row 5 should be refused for its phone: ${byRow.get('5') ?? 'missing'}`);
  fs.rmSync(file, { force: true });
}
