/**
 * Point 10 of issue 6: an import's error report masks every personal value (ID number, phone, bank
 * account) except the one that failed, and that one only for a user allowed to reveal it, who asks
 * for it (audited). The CLI writes the masked report beside the input unless --reveal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, type JobJson } from './helpers/upload.js';
import { systemActor } from '../src/modules/actor.js';
import { runFileImport } from '../src/modules/imports/import-file.js';
import { writeImportReport } from '../src/cli/import.js';

// Hand-computed: 45122819850601011 → weighted sum 280, 280 mod 11 = 5 → check character 7.
const ID1 = '451228198506010117';
const ID3 = '451228198506010133';
const BAD_ID = '451228198506010126'; // the check character should be 5
const PHONE1 = '13907781201';
const BAD_PHONE = '1390778120'; // ten digits
const PHONE4 = '13907781204';
const PHONE5 = '13907781205';
const BANK1 = '6217003320012340001';
const BANK3 = '6217003320012340003';
const BANK4 = '6217003320012340004';
const BAD_BANK = '62170033200'; // eleven digits: too short

const csv = [
  '姓名,身份证号码,手机号码,户籍地代码,银行账号',
  `韦好,${ID1},${PHONE1},451228100,${BANK1}`, // row 2: good
  `韦坏电话,${ID3},${BAD_PHONE},451228100,${BANK3}`, // row 3: the phone fails
  `韦坏号,${BAD_ID},${PHONE4},451228100,${BANK4}`, // row 4: the ID number fails
  `韦重复,${ID1},${PHONE5},451228100,${BAD_BANK}`, // row 5: the bank account fails
  `韦重复二,${ID1},${PHONE5},451228100,${BANK1}`, // row 6: duplicate of row 2 (a row-level error)
].join('\n');

type Rows = Map<number, Record<string, string>>;

async function reportRows(bytes: Buffer): Promise<Rows> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.read(Readable.from([bytes]));
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Rows = new Map();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells: Record<string, string> = {};
    head.forEach((h, i) => {
      const v = sheet.getRow(r).getCell(i + 1).value;
      cells[h.split(' ')[0] ?? h] = v === null || v === undefined ? '' : String(v);
    });
    out.set(Number(cells['行号']), cells);
  }
  return out;
}

const every = [ID1, ID3, BAD_ID, PHONE1, BAD_PHONE, PHONE4, PHONE5, BANK1, BANK3, BANK4, BAD_BANK];

describeEachDb('import error reports mask personal values', (ctx) => {
  let county: SessionHeaders;
  let job: JobJson;

  beforeAll(async () => {
    const { app, rt } = ctx();
    ({ headers: county } = await userSession(app, rt, 'county_officer', '451228'));
    job = await importVia(app, rt, county, 'people', 'mask.csv', Buffer.from(`${csv}\n`, 'utf8'));
  });

  it('imports the good row and reports four', () => {
    expect(job).toMatchObject({ status: 'done', total: 5, created: 1, errors: 4, hasReport: true });
  });

  it('masks every personal value in the report by default, the failing ones too', async () => {
    const { app } = ctx();
    const res = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers: county });
    expect(res.statusCode).toBe(200);
    const rows = await reportRows(res.rawPayload);
    expect([...rows.keys()]).toEqual([3, 4, 5, 6]);
    expect(rows.get(3)).toMatchObject({
      身份证号码: '4512**********0133',
      手机号码: '139***8120',
      银行账号: '6217***********0003',
      姓名: '韦坏电话',
    });
    expect(rows.get(4)).toMatchObject({ 身份证号码: '4512**********0126', 手机号码: '139****1204', 银行账号: '6217***********0004' });
    expect(rows.get(5)).toMatchObject({ 身份证号码: '4512**********0117', 手机号码: '139****1205', 银行账号: '6217***3200' });
    expect(rows.get(6)).toMatchObject({ 身份证号码: '4512**********0117', 手机号码: '139****1205', 银行账号: '6217***********0001' });
    const text = JSON.stringify([...rows.values()]);
    for (const v of every) expect(text).not.toContain(v);
    const history = await ctx().rt.services.audit.history('import_job', job.id);
    expect(history.map((e) => e.action)).not.toContain('import.report_revealed');
  });

  it('shows the failing value, and only it, to an officer who asks to reveal; the reveal is audited', async () => {
    const { app, rt } = ctx();
    const res = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report?reveal=true`, headers: county });
    expect(res.statusCode).toBe(200);
    const rows = await reportRows(res.rawPayload);
    expect(rows.get(3)).toMatchObject({ 身份证号码: '4512**********0133', 手机号码: BAD_PHONE, 银行账号: '6217***********0003' });
    expect(rows.get(4)).toMatchObject({ 身份证号码: BAD_ID, 手机号码: '139****1204', 银行账号: '6217***********0004' });
    expect(rows.get(5)).toMatchObject({ 身份证号码: '4512**********0117', 手机号码: '139****1205', 银行账号: BAD_BANK });
    // A duplicate row fails as a whole, not by one value: everything stays masked.
    expect(rows.get(6)).toMatchObject({ 身份证号码: '4512**********0117', 手机号码: '139****1205', 银行账号: '6217***********0001' });
    const text = JSON.stringify([...rows.values()]);
    for (const v of [ID1, ID3, PHONE1, PHONE4, PHONE5, BANK1, BANK3, BANK4]) expect(text).not.toContain(v);
    const history = await rt.services.audit.history('import_job', job.id);
    expect(history.filter((e) => e.action === 'import.report_revealed')).toHaveLength(1);
  });

  it('the CLI writes the masked report beside the input, and the revealed one only with --reveal (audited)', async () => {
    const { rt } = ctx();
    const input = path.join(rt.dir, 'cli-mask.csv');
    fs.writeFileSync(input, `${csv.replace(/451228100/g, '451228101')}\n`, 'utf8');
    const r = await runFileImport(rt.services.imports, systemActor(), 'people', input, 'insert');
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value).toMatchObject({ status: 'done', errors: 4 });
    const masked = await writeImportReport(rt.services.imports, r.value.id, input, { reveal: false });
    expect(masked).toBe(`${input}.errors.xlsx`);
    const rows = await reportRows(fs.readFileSync(`${input}.errors.xlsx`));
    expect(rows.get(3)).toMatchObject({ 手机号码: '139***8120', 身份证号码: '4512**********0133' });
    expect(rows.get(4)).toMatchObject({ 身份证号码: '4512**********0126' });
    const before = await rt.services.audit.history('import_job', r.value.id);
    expect(before.map((e) => e.action)).not.toContain('import.report_revealed');
    await writeImportReport(rt.services.imports, r.value.id, input, { reveal: true });
    const revealed = await reportRows(fs.readFileSync(`${input}.errors.xlsx`));
    expect(revealed.get(3)).toMatchObject({ 手机号码: BAD_PHONE, 身份证号码: '4512**********0133' });
    expect(revealed.get(4)).toMatchObject({ 身份证号码: BAD_ID, 手机号码: '139****1204' });
    const after = await rt.services.audit.history('import_job', r.value.id);
    expect(after.filter((e) => e.action === 'import.report_revealed')).toHaveLength(1);
  });
});
