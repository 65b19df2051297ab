import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { importVia, multipart } from './helpers/upload.js';
import { withCheckChar } from '../src/modules/enterprises/credit-code.js';
import { systemActor } from '../src/modules/actor.js';

const code = (i: number) => withCheckChar(`91441900MA${String(i).padStart(7, '0')}`);
const header = '统一社会信用代码,单位名称,行业代码,所在地代码,详细地址,联系电话';
const line = (i: number, name = `东莞测试企业${i}号`) =>
  `${code(i)},${name},39,441900113,大朗镇${i}号,1380000${String(i).padStart(4, '0')}`;
const csv = (rows: string[]) => Buffer.from(`${header}\n${rows.join('\n')}\n`, 'utf8');

async function enterpriseCount(
  ctx: () => { rt: { db: { kysely: import('kysely').Kysely<import('../src/db/schema.js').Database> } } },
): Promise<number> {
  const r = await ctx()
    .rt.db.kysely.selectFrom('enterprises')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachDb('imports: enterprises', (ctx) => {
  it('round-trips the .xlsx template: download, fill with exceljs, upload', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const t = await app.inject({ method: 'GET', url: '/api/v1/imports/templates/enterprises', headers });
    expect(t.statusCode).toBe(200);
    expect(t.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from([t.rawPayload]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['数据 Data', '说明 Instructions']);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('统一社会信用代码\ncreditCode');
    expect(sheet.getColumn(1).numFmt).toBe('@');
    sheet.getRow(2).values = [code(1), '模板企业一', '39', '441900113', '', '', '', ''];
    sheet.getRow(3).values = [code(2), '模板企业二', '39', '441900113', '', '小型', '', '13800001234'];
    const job = await importVia(app, rt, headers, 'enterprises', '模板.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({ status: 'done', total: 2, created: 2, errors: 0, hasReport: false });
  });

  it('imports UTF-8 and GBK CSV files, and a re-import is all unchanged', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const before = await enterpriseCount(ctx);
    const utf = await importVia(app, rt, headers, 'enterprises', 'a.csv', csv([10, 11, 12].map((i) => line(i))));
    expect(utf).toMatchObject({ status: 'done', created: 3 });
    const gbk = await importVia(
      app,
      rt,
      headers,
      'enterprises',
      'b.csv',
      iconv.encode(`${header}\r\n${[13, 14].map((i) => line(i)).join('\r\n')}\r\n`, 'gbk'),
    );
    expect(gbk).toMatchObject({ status: 'done', created: 2, errors: 0 });
    const again = await importVia(
      app,
      rt,
      headers,
      'enterprises',
      'b.csv',
      iconv.encode(`${header}\r\n${[13, 14].map((i) => line(i)).join('\r\n')}\r\n`, 'gbk'),
    );
    expect(again).toMatchObject({ status: 'done', created: 0, unchanged: 2 });
    expect(await enterpriseCount(ctx)).toBe(before + 5);
  });

  it('reports bad rows in a real .xlsx report and keeps the good rows exactly once', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const badCode = code(21).slice(0, 17) + (code(21).endsWith('0') ? '1' : '0');
    const rows = [
      line(20),
      `${badCode},坏代码企业,39,441900113,,`,
      line(22),
      line(20, '重复行企业'),
      `${code(23)},越权企业,39,451228100,,`,
    ];
    const job = await importVia(app, rt, headers, 'enterprises', 'bad.csv', csv(rows));
    expect(job).toMatchObject({ status: 'done', total: 5, created: 2, errors: 3, hasReport: true });
    const rep = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers });
    expect(rep.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from([rep.rawPayload]));
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const zhCol = head.indexOf('原因 Reason (中文)') + 1;
    const codeCol = head.indexOf('代码 Code') + 1;
    const byRow = new Map<number, { zh: string; code: string; credit: string }>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      byRow.set(Number(row.getCell(1).value), {
        zh: String(row.getCell(zhCol).value),
        code: String(row.getCell(codeCol).value),
        credit: String(row.getCell(2).value),
      });
    }
    expect([...byRow.keys()].sort()).toEqual([3, 5, 6]);
    expect(byRow.get(3)?.code).toContain('credit_code');
    expect(byRow.get(3)?.credit).toBe(badCode);
    expect(byRow.get(5)).toMatchObject({ code: 'import_duplicate_row' });
    expect(byRow.get(5)?.zh).toContain('第2行');
    expect(byRow.get(6)?.code).toBe('out_of_jurisdiction');
    const again = await importVia(app, rt, headers, 'enterprises', 'bad.csv', csv(rows));
    expect(again).toMatchObject({ created: 0, unchanged: 2, errors: 3 });
  });

  it('reports a changed row as a conflict in insert mode and updates it in update mode', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    await importVia(app, rt, headers, 'enterprises', 'c.csv', csv([line(30), line(31)]));
    const changed = csv([line(30, '改名后的企业'), line(31)]);
    const conflict = await importVia(app, rt, headers, 'enterprises', 'c2.csv', changed);
    expect(conflict).toMatchObject({ conflicts: 1, unchanged: 1, updated: 0, hasReport: true });
    const update = await importVia(app, rt, headers, 'enterprises', 'c2.csv', changed, 'update');
    expect(update).toMatchObject({ conflicts: 0, unchanged: 1, updated: 1 });
  });

  it('refuses a numeric phone cell in .xlsx with its reason', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('d');
    ws.addRow(header.split(','));
    ws.addRow([code(40), '数字电话企业', '39', '441900113', '', 13800001234]);
    const job = await importVia(app, rt, headers, 'enterprises', 'n.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({ created: 0, errors: 1 });
  });

  it('loses and duplicates nothing when a run fails after N rows and is run again', async () => {
    const { rt } = ctx();
    const actor = { ...systemActor(), jurisdiction: '441900' };
    const before = await enterpriseCount(ctx);
    const file = csv(Array.from({ length: 23 }, (_, i) => line(100 + i)));
    const failed = await rt.services.imports.start(actor, 'enterprises', { name: 'f.csv', data: file }, 'insert', {
      foreground: true,
      engine: { batchSize: 4, failAfterRows: 10, workers: 0 },
    });
    if (!failed.ok) throw new Error(failed.reason.code);
    expect(failed.value).toMatchObject({ status: 'failed', processed: 8, created: 8 });
    expect(failed.value.errorMessage).toContain('injected failure');
    expect(await enterpriseCount(ctx)).toBe(before + 8);
    const rerun = await rt.services.imports.start(actor, 'enterprises', { name: 'f.csv', data: file }, 'insert', {
      foreground: true,
      engine: { batchSize: 4, workers: 1 },
    });
    if (!rerun.ok) throw new Error(rerun.reason.code);
    expect(rerun.value).toMatchObject({ status: 'done', total: 23, unchanged: 8, created: 15 });
    expect(await enterpriseCount(ctx)).toBe(before + 23);
  });

  it('refuses other file types and files without the required headers', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const txt = multipart('x.txt', Buffer.from('hello'));
    const r1 = await app.inject({
      method: 'POST',
      url: '/api/v1/imports/enterprises',
      headers: { ...headers, 'content-type': txt.contentType },
      payload: txt.body,
    });
    expect(r1.statusCode).toBe(415);
    expect(r1.json().code).toBe('unsupported_media_type');
    const bad = multipart('x.csv', Buffer.from('单位名称,行业代码\n某企业,39\n'));
    const r2 = await app.inject({
      method: 'POST',
      url: '/api/v1/imports/enterprises',
      headers: { ...headers, 'content-type': bad.contentType },
      payload: bad.body,
    });
    expect(r2.statusCode).toBe(400);
    expect(r2.json()).toMatchObject({ code: 'import_header' });
    expect(r2.json().message.zh).toContain('统一社会信用代码');
    const list = await app.inject({ method: 'GET', url: '/api/v1/imports', headers });
    expect(list.json().total).toBeGreaterThan(0);
    const elsewhere = await userSession(app, rt, 'county_officer', '451228');
    const none = await app.inject({ method: 'GET', url: '/api/v1/imports', headers: elsewhere.headers });
    expect(none.json().total).toBe(0);
    const other = list.json().items[0].id;
    expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${other}`, headers: elsewhere.headers })).statusCode).toBe(404);
    const worker = await userSession(app, rt, 'worker', '441900');
    const r3 = await app.inject({ method: 'GET', url: '/api/v1/imports', headers: worker.headers });
    expect(r3.statusCode).toBe(403);
  });

  it('exports enterprises as .xlsx with the contact phone masked, audited', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '441900');
    const res = await app.inject({ method: 'GET', url: '/api/v1/enterprises/export?name=东莞测试企业', headers });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from([res.rawPayload]));
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBeGreaterThan(1);
    const phones: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) phones.push(String(row.getCell(8).value ?? ''));
    });
    expect(phones.filter((p) => p !== '').every((p) => /^\d{3}\*{4}\d{4}$/.test(p))).toBe(true);
    const audits = await rt.services.audit.search(systemActor(), { action: 'enterprise.exported' }, 1, 10);
    expect(audits.items[0]?.details).toMatchObject({ rows: sheet.rowCount - 1, filters: { name: '东莞测试企业' } });
  });
});
