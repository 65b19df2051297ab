/**
 * Issue 6, point 12 (input) through an import: a CSV with mixed line endings is read row by row,
 * and an .xlsx whose shared strings would exceed the cap is refused with its reason (code, zh, en)
 * before anything is written. The caps are lowered by configuration so the files stay small.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, multipart } from './helpers/upload.js';
import { craftXlsx, inlineCell, sharedStringsXml, sheetXml } from './helpers/xlsx-craft.js';
import { SYNTHETIC_CSV_HEADER, syntheticCsvLine, syntheticPeople } from '../src/demo/synthetic-people.js';

const people = [...syntheticPeople(10, 12)];
const CAP = 1000;

/** Column letters A, B, … for the template's columns. */
const col = (i: number) => String.fromCharCode(65 + i);

/**
 * A people import file as a hand-built .xlsx: header and rows inline, and `fillers` unused shared
 * strings in a table that declares `declared` of them (default: the truth).
 */
async function peopleXlsx(rows: string[], fillers: number, opts: { streamFiles?: boolean; declared?: number } = {}): Promise<Buffer> {
  const lines = [SYNTHETIC_CSV_HEADER, ...rows].map((line, r) => line.split(',').map((v, c) => inlineCell(`${col(c)}${r + 1}`, v)));
  const shared = sharedStringsXml(
    Array.from({ length: fillers }, (_, i) => `备注${i}`),
    opts.declared,
  );
  return craftXlsx(shared, sheetXml(lines), opts);
}

describeEachDb(
  'imports: input limits',
  (ctx) => {
    let headers: SessionHeaders;
    beforeAll(async () => {
      const { app, rt } = ctx();
      headers = (await userSession(app, rt, 'county_officer', '451228')).headers;
    });

    const count = async (table: 'people' | 'import_jobs') => {
      const r = await ctx()
        .rt.db.kysely.selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    };

    it('imports a CSV whose rows end in \\r\\n, \\n and a lone \\r, one record per row', async () => {
      const { app, rt } = ctx();
      const [a, b, c, d] = people.slice(0, 4).map(syntheticCsvLine);
      const text = `${SYNTHETIC_CSV_HEADER}\r\n${a}\n${b}\r${c}\r\n${d}\r`;
      const job = await importVia(app, rt, headers, 'people', '混合换行.csv', Buffer.from(text, 'utf8'));
      expect(job).toMatchObject({ status: 'done', total: 4, created: 4, errors: 0 });
      const names = await rt.db.kysely.selectFrom('people').select('name').orderBy('name').execute();
      expect(names.map((n) => n.name)).toEqual(
        people
          .slice(0, 4)
          .map((p) => p.name)
          .sort(),
      );
    });

    it('reports rows whose cells hold a NUL or a bidirectional control and imports the others', async () => {
      const { app, rt } = ctx();
      const [good, nul, bidi] = people.slice(7, 10);
      if (!good || !nul || !bidi) throw new Error('people');
      const lines = [
        syntheticCsvLine(good),
        syntheticCsvLine({ ...nul, name: `${nul.name}\u0000` }),
        syntheticCsvLine({ ...bidi, name: `\u202e${bidi.name}` }),
      ];
      const job = await importVia(
        app,
        rt,
        headers,
        'people',
        '控制字符.csv',
        Buffer.from(`${SYNTHETIC_CSV_HEADER}\n${lines.join('\n')}\n`, 'utf8'),
      );
      expect(job).toMatchObject({ status: 'done', total: 3, created: 1, errors: 2, hasReport: true });
      const found = await rt.db.kysely.selectFrom('people').select('name').where('name', 'in', [good.name, nul.name, bidi.name]).execute();
      expect(found.map((p) => p.name)).toEqual([good.name]);
      const report = await app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report`, headers });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.read(Readable.from([report.rawPayload]));
      const codes: string[] = [];
      wb.worksheets[0]?.eachRow((row) =>
        row.eachCell((cell) => void (cell.value === 'text_invalid_character' && codes.push(String(cell.value)))),
      );
      expect(codes).toEqual(['text_invalid_character', 'text_invalid_character']);
    });

    it('refuses an .xlsx with one shared string over the cap at upload, with its reason, and writes nothing', async () => {
      const { app } = ctx();
      const before = { people: await count('people'), jobs: await count('import_jobs') };
      // Once as declared by the table, once counted in a table that declares one string (sizes in data descriptors).
      const cases = [
        {
          opts: { streamFiles: false },
          zh: `共享字符串表声明了 ${CAP + 1} 个字符串，超过上限 ${CAP} 个`,
          en: `the shared-string table declares ${CAP + 1} strings, above the limit of ${CAP}`,
        },
        {
          opts: { streamFiles: true, declared: 1 },
          zh: `共享字符串（含富文本片段）超过 ${CAP} 个`,
          en: `more than ${CAP} shared strings (rich-text runs counted)`,
        },
      ];
      const person = people[4];
      if (!person) throw new Error('no person');
      for (const { opts, zh, en } of cases) {
        const file = await peopleXlsx([syntheticCsvLine(person)], CAP + 1, opts);
        expect(file.length).toBeLessThan(20_000);
        const { body, contentType } = multipart('人员.xlsx', file);
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/imports/people',
          headers: { ...headers, 'content-type': contentType },
          payload: body,
        });
        expect(res.statusCode).toBe(413);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({
          code: 'import_xlsx_limit',
          message: { zh: expect.stringContaining(zh), en: expect.stringContaining(en) },
          errors: [{ path: 'xl/sharedStrings.xml', code: 'import_xlsx_limit', message: { zh, en } }],
        });
      }
      expect({ people: await count('people'), jobs: await count('import_jobs') }).toEqual(before);
    });

    it('imports an .xlsx whose shared strings are exactly at the cap', async () => {
      const { app, rt } = ctx();
      const job = await importVia(
        app,
        rt,
        headers,
        'people',
        '人员.xlsx',
        await peopleXlsx(people.slice(5, 7).map(syntheticCsvLine), CAP, { streamFiles: true }),
      );
      expect(job).toMatchObject({ status: 'done', total: 2, created: 2, errors: 0 });
    });
  },
  { xlsxMaxSharedStrings: CAP, rateLimitPerMinute: 100_000 },
);
