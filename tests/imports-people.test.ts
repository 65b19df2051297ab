import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession } from './helpers/session.js';
import { importVia } from './helpers/upload.js';
import { SYNTHETIC_CSV_HEADER, syntheticCsvLine, syntheticPeople } from '../src/demo/synthetic-people.js';
import { systemActor } from '../src/modules/actor.js';

const people = [...syntheticPeople(30, 7)];
const csvText = (from: number, to: number) => `${SYNTHETIC_CSV_HEADER}\r\n${people.slice(from, to).map(syntheticCsvLine).join('\r\n')}\r\n`;

async function sheetValues(payload: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.read(Readable.from([payload]));
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const v: unknown = row.values;
    rows.push(Array.isArray(v) ? v.slice(1).map((c) => (c === null || c === undefined ? '' : String(c))) : []);
  });
  return rows;
}

describeEachDb('imports: people', (ctx) => {
  it('imports a GBK CSV through worker threads; a re-import is all unchanged', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const file = iconv.encode(csvText(0, 20), 'gbk');
    const job = await importVia(app, rt, headers, 'people', '人员.csv', file);
    expect(job).toMatchObject({ status: 'done', total: 20, created: 20, errors: 0 });
    const again = await importVia(app, rt, headers, 'people', '人员.csv', file);
    expect(again).toMatchObject({ status: 'done', created: 0, unchanged: 20 });
    const n = await rt.db.kysely
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(20);
  });

  it('refuses an ID number stored as a number in .xlsx, with the reason in the report', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('d');
    ws.addRow(['姓名 Name', '身份证号码', '户籍地代码']);
    const p = people[25];
    if (!p) throw new Error('no person');
    ws.addRow([p.name, Number(p.idNumber.slice(0, 17)) * 10, p.hukouCode]);
    const job = await importVia(app, rt, headers, 'people', 'sci.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({ status: 'done', created: 0, errors: 1, hasReport: true });
    const rep = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers });
    const rows = await sheetValues(rep.rawPayload);
    const head = rows[0] ?? [];
    expect(rows[1]?.[head.indexOf('代码 Code')]).toBe('id_number_scientific');
    expect(rows[1]?.[head.indexOf('原因 Reason (中文)')]).toContain('4.5122E+17');
  });

  it('round-trips the people template (.csv with BOM)', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const t = await app.inject({ method: 'GET', url: '/api/v1/imports/templates/people?format=csv', headers });
    expect(t.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const headerLine = t.rawPayload.toString('utf8').split('\r\n')[0] ?? '';
    const keys = headerLine.replace('\ufeff', '').split(',');
    expect(keys[0]).toBe('姓名 name');
    const p = people[26];
    if (!p) throw new Error('no person');
    const row = keys.map((k) =>
      k.startsWith('姓名') ? p.name : k.startsWith('身份证') ? p.idNumber : k.startsWith('户籍地') ? p.hukouCode : '',
    );
    const job = await importVia(
      app,
      rt,
      headers,
      'people',
      't.csv',
      Buffer.concat([Buffer.from(`\ufeff${headerLine.replace('\ufeff', '')}\r\n${row.join(',')}\r\n`, 'utf8')]),
    );
    expect(job).toMatchObject({ status: 'done', created: 1 });
  });

  it('exports people masked, with one audit record', async () => {
    const { app, rt } = ctx();
    const { headers } = await userSession(app, rt, 'county_officer', '451228');
    const res = await app.inject({ method: 'GET', url: '/api/v1/people/export', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetValues(res.rawPayload);
    expect(rows.length).toBe(22);
    const text = rows.flat().join('|');
    for (const p of people) expect(text).not.toContain(p.idNumber);
    const idCol = (rows[0] ?? []).indexOf('身份证号码 ID number');
    expect(rows[1]?.[idCol]).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const audits = await rt.services.audit.search(systemActor(), { action: 'person.exported' }, 1, 10);
    expect(audits.items[0]?.details).toMatchObject({ rows: 21 });
    const worker = await userSession(app, rt, 'worker', '451228');
    expect((await app.inject({ method: 'GET', url: '/api/v1/people/export', headers: worker.headers })).statusCode).toBe(403);
  });
});
