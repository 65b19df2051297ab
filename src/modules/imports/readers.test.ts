import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { ImportColumn } from './importer.js';
import { openRows } from './read-rows.js';
import { detectEncoding } from './read-csv.js';
import { templateCsv, templateXlsx } from './template.js';
import type { RawRow } from './headers.js';
import { createLocalBlobStore } from '../blobs/blob-store.js';

const columns: ImportColumn[] = [
  { key: 'name', zh: '姓名', en: 'Name', required: true, text: false, example: '韦小宝' },
  { key: 'idNumber', zh: '身份证号码', en: 'ID number', required: true, text: true, example: '45122819900101123X' },
  { key: 'phone', zh: '手机号码', en: 'Mobile phone', required: false, text: true, example: '13800001234' },
];

async function all(kind: 'xlsx' | 'csv', bytes: Buffer): Promise<RawRow[]> {
  const r = await openRows(kind, Readable.from([bytes]), columns);
  if (!r.ok) throw new Error(`missing ${r.missing.map((c) => c.key).join(',')}`);
  const out: RawRow[] = [];
  for await (const row of r.rows) out.push(row);
  return out;
}

describe('import readers', () => {
  it('detects UTF-8 with and without BOM, and GBK', () => {
    expect(detectEncoding(Buffer.from('\ufeff姓名', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('姓名,身份证号码', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(iconv.encode('姓名,身份证号码', 'gbk'))).toBe('gbk');
  });

  it('reads a GBK CSV with English headers in any case and order', async () => {
    const text = 'mobile PHONE, id number ,NAME\r\n13800001234,45122819900101123X, 韦小宝 \r\n,,\r\n';
    const rows = await all('csv', iconv.encode(text, 'gbk'));
    expect(rows).toEqual([{ rowNumber: 2, cells: { phone: '13800001234', idNumber: '45122819900101123X', name: '韦小宝' }, errors: [] }]);
  });

  it('refuses scientific notation in a text column of a CSV', async () => {
    const rows = await all('csv', Buffer.from('姓名,身份证号码\n张三,4.5122E+17\n', 'utf8'));
    expect(rows[0]?.errors.map((e) => e.code)).toEqual(['id_number_scientific']);
  });

  it('lists missing required headers', async () => {
    const r = await openRows('csv', Readable.from([Buffer.from('姓名,电话\n')]), columns);
    expect(r.ok ? [] : r.missing.map((c) => c.key)).toEqual(['idNumber']);
  });

  it('reads its own templates back (xlsx and csv)', async () => {
    const x = await all('xlsx', await templateXlsx('people', columns));
    expect(x).toEqual([{ rowNumber: 2, cells: { name: '韦小宝', idNumber: '45122819900101123X', phone: '13800001234' }, errors: [] }]);
    const c = await all('csv', templateCsv(columns));
    expect(c[0]?.cells).toEqual(x[0]?.cells);
  });

  it('reads an xlsx whose worksheets come before workbook.xml in the zip', async () => {
    const original = await JSZip.loadAsync(await templateXlsx('people', columns));
    const reordered = new JSZip();
    const names = Object.keys(original.files).filter((n) => !original.files[n]?.dir);
    // Relationships and shared strings first, then the worksheets, workbook.xml last: the streaming
    // reader then parses a worksheet before it knows the workbook's sheet list.
    const first = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'].filter((n) => names.includes(n));
    expect(first).toHaveLength(2);
    const middle = names.filter((n) => !first.includes(n) && n !== 'xl/workbook.xml');
    for (const name of [...first, ...middle, 'xl/workbook.xml']) {
      const file = original.file(name);
      if (file) reordered.file(name, await file.async('uint8array'));
    }
    const bytes = await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).at(-1)).toBe('xl/workbook.xml');
    const rows = await all('xlsx', bytes);
    expect(rows[0]?.cells).toEqual({ name: '韦小宝', idNumber: '45122819900101123X', phone: '13800001234' });
  });

  it('refuses a numeric cell in an xlsx text column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('d');
    ws.addRow(['姓名 Name', '身份证号码 ID number', '手机号码']);
    ws.addRow(['李四', 451228199001011000, 13800001234]);
    const rows = await all('xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows[0]?.errors.map((e) => e.code).sort()).toEqual(['id_number_scientific', 'import_cell_numeric']);
  });
});

describe('local blob store', () => {
  it('stores by content hash, idempotently', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-blobs-'));
    try {
      const store = createLocalBlobStore(dir);
      const a = await store.put(Buffer.from('hello'));
      const b = await store.put(Readable.from([Buffer.from('hel'), Buffer.from('lo')]));
      expect(a).toEqual(b);
      expect(a.hash).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
      expect(await store.has(a.hash)).toBe(true);
      expect(await store.has('../etc/passwd')).toBe(false);
      const s = await store.get(a.hash);
      const chunks: Buffer[] = [];
      for await (const c of s ?? []) chunks.push(Buffer.from(c));
      expect(Buffer.concat(chunks).toString()).toBe('hello');
      expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
