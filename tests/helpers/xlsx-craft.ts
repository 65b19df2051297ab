/**
 * Hand-built .xlsx files for the import limit tests: the smallest package exceljs reads (workbook,
 * relationships, shared strings, one worksheet), with every part's XML given by the test, so a
 * test can make the shared strings, a row or any other part as large as it needs.
 */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** XML-escapes text for an element's content. */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** xl/sharedStrings.xml holding `items`; `uniqueCount` is what the root declares (default: the truth). */
export function sharedStringsXml(items: string[], uniqueCount = items.length): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${uniqueCount}">${items.map((t) => `<si><t>${xmlText(t)}</t></si>`).join('')}</sst>`;
}

/** A cell referring to shared string `index`. */
export const sharedCell = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
/** A cell holding its text inline. */
export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;

/** xl/worksheets/sheet1.xml with rows of ready-made cells (`<c …>` strings). */
export function sheetXml(rows: string[][]): string {
  const body = rows.map((cells, i) => `<row r="${i + 1}">${cells.join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

export interface CraftOptions {
  /** Parts to add or replace, by path in the zip. */
  extra?: Record<string, string>;
  /** Write sizes in data descriptors after each entry (bit 3), as Apache POI and streaming writers do. */
  streamFiles?: boolean;
  /** Put the worksheet before the shared strings (as Excel does) instead of after. */
  sheetFirst?: boolean;
}

/** Builds the package: the given shared strings and worksheet, deflated. */
export async function craftXlsx(sharedStrings: string, sheet: string, opts: CraftOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  const parts: Array<[string, string]> = [
    ['xl/sharedStrings.xml', sharedStrings],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  if (opts.sheetFirst) parts.reverse();
  for (const [name, xml] of parts) zip.file(name, xml);
  for (const [name, xml] of Object.entries(opts.extra ?? {})) zip.file(name, xml);
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    streamFiles: opts.streamFiles ?? false,
  });
}

/**
 * Rewrites the uncompressed size a local file header declares for `name` (a lying header: the
 * content stays as it is). Only for files written without data descriptors.
 */
export function lieAboutSize(zip: Buffer, name: string, declared: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.indexOf('PK\x03\x04', 0, 'latin1'); at !== -1; at = out.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    const nameLength = out.readUInt16LE(at + 26);
    if (out.toString('utf8', at + 30, at + 30 + nameLength) === name) {
      out.writeUInt32LE(declared, at + 22);
      return out;
    }
  }
  throw new Error(`${name} is not in the zip`);
}

/** The bytes in chunks of `size`, as a file arrives from disk or the network. */
export function inChunks(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}
