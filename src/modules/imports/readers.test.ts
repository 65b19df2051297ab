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
import { DEFAULT_XLSX_LIMITS, XlsxRefusedError, type XlsxLimits } from './xlsx-limits.js';
import {
  craftXlsx,
  inChunks,
  inlineCell,
  lieAboutSize,
  sharedCell,
  sharedStringsXml,
  sheetXml,
} from '../../../tests/helpers/xlsx-craft.js';
import { createPii } from '../../crypto/pii.js';

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

  it('reads a CSV file with mixed line endings (\\r\\n, \\n and a lone \\r) row by row', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-csv-'));
    try {
      const file = path.join(dir, 'mixed.csv');
      // Windows, Unix and old-Mac endings in one file, a quoted field holding a line break, and a
      // last row ended by a lone \r; read from disk in 5-byte chunks so \r\n is split between chunks.
      const text =
        '姓名,身份证号码,手机号码\r\n韦一,45122819900101001X,13800000001\n韦二,451228199001020025,13800000002\r"韦\r\n三",451228199001030033,13800000003\r\n韦四,451228199001040041,13800000004\r';
      fs.writeFileSync(file, text);
      const r = await openRows('csv', fs.createReadStream(file, { highWaterMark: 5 }), columns);
      if (!r.ok) throw new Error('header not found');
      const rows: RawRow[] = [];
      for await (const row of r.rows) rows.push(row);
      expect(rows.map((x) => [x.rowNumber, x.cells.name, x.cells.idNumber, x.cells.phone])).toEqual([
        [2, '韦一', '45122819900101001X', '13800000001'],
        [3, '韦二', '451228199001020025', '13800000002'],
        [4, '韦\r\n三', '451228199001030033', '13800000003'],
        [5, '韦四', '451228199001040041', '13800000004'],
      ]);
      expect(rows.every((x) => x.errors.length === 0)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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

describe('xlsx limits (files built by hand)', () => {
  const KiB = 1024;
  const limits: XlsxLimits = {
    maxSharedStrings: 1000,
    maxSharedStringsBytes: 64 * KiB,
    maxPartBytes: 32 * KiB,
    maxUnpackedBytes: 1024 * KiB,
    maxRowBytes: 16 * KiB,
  };
  const header = ['姓名', '身份证号码', '手机号码'];
  const person = ['韦小宝', '45122819900101123X', '13800001234'];
  /** Shared strings: the header, one person, then filler up to `n` strings in all. */
  const strings = (n: number) => [...header, ...person, ...Array.from({ length: n - 6 }, (_, i) => `填充${i}`)];
  const twoRows = sheetXml([
    [sharedCell('A1', 0), sharedCell('B1', 1), sharedCell('C1', 2)],
    [sharedCell('A2', 3), sharedCell('B2', 4), sharedCell('C2', 5)],
  ]);

  /** Reads every row from the bytes in 1 KB chunks; the refusal when the reader refuses the file. */
  async function read(bytes: Buffer, caps: XlsxLimits = limits): Promise<RawRow[] | XlsxRefusedError> {
    try {
      const r = await openRows('xlsx', Readable.from(inChunks(bytes, 1024)), columns, caps);
      if (!r.ok) throw new Error('header not found');
      const out: RawRow[] = [];
      for await (const row of r.rows) out.push(row);
      return out;
    } catch (err) {
      if (err instanceof XlsxRefusedError) return err;
      throw err;
    }
  }

  function refusal(r: RawRow[] | XlsxRefusedError): { code: string; part: string | undefined; en: string } {
    if (!(r instanceof XlsxRefusedError)) throw new Error(`read ${r.length} rows instead of refusing`);
    return { code: r.reason.code, part: r.reason.errors?.[0]?.path, en: r.reason.message.en };
  }

  it('reads a file exactly at every cap, with sizes in the headers or in data descriptors', async () => {
    for (const streamFiles of [false, true]) {
      const rows = await read(await craftXlsx(sharedStringsXml(strings(1000)), twoRows, { streamFiles }));
      expect(rows).toEqual([{ rowNumber: 2, cells: { name: '韦小宝', idNumber: '45122819900101123X', phone: '13800001234' }, errors: [] }]);
    }
  });

  it('refuses one shared string over the cap, counted in the file, whatever the order of the parts', async () => {
    // The table declares only 6 strings: the count in the file is what decides.
    for (const opts of [{}, { streamFiles: true }, { sheetFirst: true }]) {
      const r = refusal(await read(await craftXlsx(sharedStringsXml(strings(1001), 6), twoRows, opts)));
      expect(r).toEqual({
        code: 'import_xlsx_limit',
        part: 'xl/sharedStrings.xml',
        en: expect.stringContaining('more than 1000 shared strings'),
      });
    }
    // Rich-text runs are cached one object each: 995 strings with 6 runs in one of them make 1001.
    const rich = sharedStringsXml(strings(995), 6).replace('<si><t>填充0</t></si>', `<si>${'<r><t>a</t></r>'.repeat(6)}</si>`);
    expect(refusal(await read(await craftXlsx(rich, twoRows))).en).toContain('more than 1000 shared strings');
  });

  it('refuses a shared-string table that declares more strings than the cap', async () => {
    const r = refusal(await read(await craftXlsx(sharedStringsXml(strings(10), 1001), twoRows)));
    expect(r).toEqual({ code: 'import_xlsx_limit', part: 'xl/sharedStrings.xml', en: expect.stringContaining('declares 1001 strings') });
    expect(await read(await craftXlsx(sharedStringsXml(strings(10), 1000), twoRows))).toHaveLength(1);
  });

  it('refuses shared strings that unpack past the byte cap, even when the header says they are small', async () => {
    // 6 strings of 11,000 characters: about 66 KB unpacked, a few hundred bytes packed.
    const long = sharedStringsXml([...header, ...person, ...Array.from({ length: 6 }, (_, i) => String(i).repeat(11_000))]);
    expect(Buffer.byteLength(long)).toBeGreaterThan(64 * KiB);
    const honest = await craftXlsx(long, twoRows);
    expect(refusal(await read(honest))).toEqual({
      code: 'import_xlsx_limit',
      part: 'xl/sharedStrings.xml',
      en: expect.stringContaining('declares'),
    });
    const lying = lieAboutSize(honest, 'xl/sharedStrings.xml', 100);
    expect(refusal(await read(lying))).toEqual({
      code: 'import_xlsx_limit',
      part: 'xl/sharedStrings.xml',
      en: expect.stringContaining('unpacks to more than 0.1 MB'),
    });
    expect(refusal(await read(await craftXlsx(long, twoRows, { streamFiles: true }))).en).toContain(
      'xl/sharedStrings.xml unpacks to more than',
    );
  });

  it('refuses a worksheet row past the row cap and reads one just under it', async () => {
    const row = (text: string) =>
      sheetXml([
        [sharedCell('A1', 0), sharedCell('B1', 1), sharedCell('C1', 2)],
        [sharedCell('A2', 3), sharedCell('B2', 4), sharedCell('C2', 5), inlineCell('D2', text)],
      ]);
    const short = row('x'.repeat(16 * KiB - 200));
    expect(await read(await craftXlsx(sharedStringsXml(strings(6)), short))).toHaveLength(1);
    const r = refusal(await read(await craftXlsx(sharedStringsXml(strings(6)), row('x'.repeat(16 * KiB)), { streamFiles: true })));
    expect(r).toEqual({
      code: 'import_xlsx_limit',
      part: 'xl/worksheets/sheet1.xml',
      en: expect.stringContaining('row 2 of xl/worksheets/sheet1.xml unpacks to more than 16 KB'),
    });
  });

  it('refuses CDATA in a worksheet (it could hide rows from the count), an oversized styles part and a file past the total cap', async () => {
    const cdata = twoRows.replace('<v>5</v>', '<v><![CDATA[5]]></v>');
    expect(refusal(await read(await craftXlsx(sharedStringsXml(strings(6)), cdata))).en).toContain('CDATA');
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<numFmts count="0"/>'.repeat(2000)}</styleSheet>`;
    expect(refusal(await read(await craftXlsx(sharedStringsXml(strings(6)), twoRows, { extra: { 'xl/styles.xml': styles } }))).part).toBe(
      'xl/styles.xml',
    );
    // With the worksheet first (Excel's order) exceljs reads every part before the rows: all of it is counted.
    const big = { 'docProps/custom.xml': `<?xml version="1.0"?><x>${'y'.repeat(1100 * KiB)}</x>` };
    expect(
      refusal(await read(await craftXlsx(sharedStringsXml(strings(6)), twoRows, { extra: big, streamFiles: true, sheetFirst: true }))).en,
    ).toContain('the file unpacks to more than 1 MB');
  });

  it('keeps its message in both languages for the failed job, and defaults that read ordinary files', async () => {
    const r = await read(await craftXlsx(sharedStringsXml(strings(1001), 6), twoRows));
    if (!(r instanceof XlsxRefusedError)) throw new Error('not refused');
    expect(r.message).toBe(`${r.reason.message.zh} / ${r.reason.message.en}`);
    expect(r.reason.message.zh).toContain('共享字符串（含富文本片段）超过 1000 个');
    expect(await read(await templateXlsx('people', columns), DEFAULT_XLSX_LIMITS)).toHaveLength(1);
  });
});

describe('local blob store', () => {
  it('stores by content hash, idempotently', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-blobs-'));
    try {
      const store = createLocalBlobStore(dir, createPii(Buffer.alloc(32, 7)));
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
