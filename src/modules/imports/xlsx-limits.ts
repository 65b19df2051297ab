/**
 * Caps on what an .xlsx file may unpack to, checked on the bytes before exceljs sees them
 * (decision 118). An .xlsx is a zip: a 300 KB file can unpack to gigabytes, and exceljs's streaming
 * reader keeps the whole shared-string table in memory, parses the styles, workbook and relationships
 * whole, spools worksheets that come before the shared strings to disk and builds each row whole.
 *
 * The guard is a pass-through stream in front of exceljs. It walks the zip's local entries exactly
 * as exceljs's unzipper does (local header, then `compressedSize` bytes, or up to the data-descriptor
 * signature when the size is not in the header), refuses declared sizes above the caps at once, and
 * inflates each entry a second time to count what it really unpacks to (a header can lie). In the
 * shared strings it reads the declared `uniqueCount` and counts strings and rich-text runs; in a
 * worksheet it measures each row. A chunk is passed on only after it has been checked, so exceljs
 * never holds more than a cap's worth; on a refusal the stream ends and the reader reports why.
 */
import { RefusalError } from '../../core/result.js';
import { messageFor } from '../../core/errors.js';
import type { Config } from '../../config.js';

/** The caps; see DEFAULT_XLSX_LIMITS and the WUGONG_XLSX_* settings. */
export interface XlsxLimits {
  /** Strings plus rich-text runs in xl/sharedStrings.xml, declared (`uniqueCount`) or counted. */
  maxSharedStrings: number;
  /** Unpacked bytes of xl/sharedStrings.xml. */
  maxSharedStringsBytes: number;
  /** Unpacked bytes of each other part exceljs parses whole (styles, workbook, relationships). */
  maxPartBytes: number;
  /** Unpacked bytes of the whole file, worksheets included. */
  maxUnpackedBytes: number;
  /** Unpacked bytes of one worksheet row (the sheet's preamble before the first row counts as one). */
  maxRowBytes: number;
}

const MiB = 1024 * 1024;

/** Defaults: a shared-string table of this size costs exceljs roughly 100–200 MB; see decision 118. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxSharedStrings: 1_000_000,
  maxSharedStringsBytes: 64 * MiB,
  maxPartBytes: 16 * MiB,
  maxUnpackedBytes: 4096 * MiB,
  maxRowBytes: 1 * MiB,
};

/** The caps from the configuration (WUGONG_XLSX_*); the per-part and per-row caps keep their defaults. */
export function xlsxLimitsOf(config: Pick<Config, 'xlsxMaxSharedStrings' | 'xlsxMaxSharedStringsMiB' | 'xlsxMaxUnpackedMiB'>): XlsxLimits {
  return {
    ...DEFAULT_XLSX_LIMITS,
    maxSharedStrings: config.xlsxMaxSharedStrings,
    maxSharedStringsBytes: config.xlsxMaxSharedStringsMiB * MiB,
    maxUnpackedBytes: config.xlsxMaxUnpackedMiB * MiB,
  };
}

/** A refused .xlsx: code `import_xlsx_limit` (or `import_format` for a damaged zip) with the reason in both languages. */
export class XlsxRefusedError extends RefusalError {
  constructor(code: 'import_xlsx_limit' | 'import_format', detail: { zh: string; en: string }, part: string) {
    const m =
      code === 'import_xlsx_limit'
        ? {
            zh: `该 .xlsx 文件超出导入的内存上限：${detail.zh}。请拆分文件或另存为 CSV 后再导入。`,
            en: `This .xlsx file exceeds the import memory limits: ${detail.en}. Split it or save it as CSV and import again.`,
          }
        : { zh: `${messageFor('import_format').zh}：${detail.zh}`, en: `${messageFor('import_format').en}: ${detail.en}` };
    super({ code, message: m, errors: [{ path: part, code, message: detail }] });
    // What a failed import job records as its message (both languages, like the header refusal).
    this.message = `${m.zh} / ${m.en}`;
  }
}

const mb = (n: number) => `${Math.round((n / MiB) * 10) / 10} MB`;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

const SHEET = /xl\/worksheets\/sheet\d+[.]xml/; // unanchored, as exceljs matches it
const PARSED_WHOLE = new Set(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml']);
const SHARED = 'xl/sharedStrings.xml';
/** What exceljs turns into one cached item: a string (`<si>`) or a rich-text run (`<r>`). */
const SHARED_ITEM = /<(?:si|r)[\s>/]/g;
const ROW_START = /<row[\s>/]/g;
const ROWS_END = /<\/sheetData[\s>]/;
/** CDATA, comments and DOCTYPE: no spreadsheet program writes them, and they could hide tags from the count. */
const MARKUP_DECLARATION = /<!/;
/** Bytes kept from the previous piece so a tag split between two pieces is still seen. */
const OVERLAP = 16;

type EntryKind = 'shared' | 'sheet' | 'whole' | 'other';

function kindOf(name: string): EntryKind {
  if (name === SHARED) return 'shared';
  if (PARSED_WHOLE.has(name)) return 'whole';
  return SHEET.test(name) ? 'sheet' : 'other';
}

/** Counts and scans one entry's unpacked bytes; throws XlsxRefusedError past a cap. */
export class EntryMeter {
  private bytes = 0;
  private tail = '';
  private declaredSeen = false;
  private items = 0;
  private rowStart = 0;
  private rows = 0;
  private afterRows = false;
  readonly kind: EntryKind;

  constructor(
    readonly name: string,
    private readonly limits: XlsxLimits,
    private readonly total: { bytes: number },
  ) {
    this.kind = kindOf(name);
  }

  private refuse(zh: string, en: string): never {
    throw new XlsxRefusedError('import_xlsx_limit', { zh, en }, this.name);
  }

  private cap(): number {
    const l = this.limits;
    return this.kind === 'shared' ? l.maxSharedStringsBytes : this.kind === 'whole' ? l.maxPartBytes : l.maxUnpackedBytes;
  }

  /** Checks the unpacked size a local header declares, before any byte of the entry is read. */
  declared(size: number): void {
    const cap = this.cap();
    if (size > cap)
      this.refuse(
        `${this.name} 声明展开后为 ${mb(size)}，超过上限 ${mb(cap)}`,
        `${this.name} declares ${mb(size)} unpacked, above the limit of ${mb(cap)}`,
      );
  }

  /** Takes the next unpacked piece of the entry. */
  add(piece: Buffer): void {
    const l = this.limits;
    const start = this.bytes;
    this.bytes += piece.length;
    this.total.bytes += piece.length;
    if (this.total.bytes > l.maxUnpackedBytes)
      this.refuse(`文件展开后超过 ${mb(l.maxUnpackedBytes)}`, `the file unpacks to more than ${mb(l.maxUnpackedBytes)}`);
    if (this.bytes > this.cap())
      this.refuse(`${this.name} 展开后超过 ${mb(this.cap())}`, `${this.name} unpacks to more than ${mb(this.cap())}`);
    if (this.kind !== 'shared' && this.kind !== 'sheet') return;
    // latin1 keeps one character per byte, so positions in the text are byte offsets.
    const text = this.tail + piece.toString('latin1');
    const offset = start - this.tail.length;
    this.tail = text.slice(-OVERLAP);
    if (MARKUP_DECLARATION.test(text))
      this.refuse(
        `${this.name} 含有 CDATA、注释或 DOCTYPE 声明（表格软件不会写入这些内容）`,
        `${this.name} holds CDATA, a comment or a DOCTYPE (spreadsheet programs do not write them)`,
      );
    // A match is new when it ends past the carried-over tail (the others were counted with the previous piece).
    const fresh = (m: RegExpExecArray) => offset + m.index + m[0].length > start;
    if (this.kind === 'shared') this.sharedStrings(text, fresh);
    else this.sheetRows(text, offset, fresh);
  }

  private sharedStrings(text: string, fresh: (m: RegExpExecArray) => boolean): void {
    const l = this.limits;
    if (!this.declaredSeen) {
      const root = /<sst\b[^>]*>/.exec(text)?.[0];
      if (root) {
        this.declaredSeen = true;
        const declared = /\buniqueCount\s*=\s*["'](\d+)["']/.exec(root)?.[1];
        if (declared !== undefined && Number(declared) > l.maxSharedStrings) {
          this.refuse(
            `共享字符串表声明了 ${declared} 个字符串，超过上限 ${l.maxSharedStrings} 个`,
            `the shared-string table declares ${declared} strings, above the limit of ${l.maxSharedStrings}`,
          );
        }
      }
    }
    for (const m of text.matchAll(SHARED_ITEM)) if (fresh(m)) this.items++;
    if (this.items > l.maxSharedStrings)
      this.refuse(
        `共享字符串（含富文本片段）超过 ${l.maxSharedStrings} 个`,
        `more than ${l.maxSharedStrings} shared strings (rich-text runs counted)`,
      );
  }

  private sheetRows(text: string, offset: number, fresh: (m: RegExpExecArray) => boolean): void {
    if (this.afterRows) return;
    const end = ROWS_END.exec(text);
    const endAt = end && fresh(end) ? offset + end.index : undefined;
    for (const m of text.matchAll(ROW_START)) {
      const at = offset + m.index;
      if (!fresh(m) || (endAt !== undefined && at > endAt)) continue;
      this.checkRow(at);
      this.rowStart = at;
      this.rows++;
    }
    if (endAt !== undefined) {
      this.checkRow(endAt);
      this.afterRows = true;
    } else this.checkRow(this.bytes);
  }

  private checkRow(at: number): void {
    const max = this.limits.maxRowBytes;
    if (at - this.rowStart <= max) return;
    const which =
      this.rows === 0
        ? { zh: '第一行之前的内容', en: 'the part before the first row' }
        : { zh: `第 ${this.rows} 行`, en: `row ${this.rows}` };
    this.refuse(`${this.name} 的${which.zh}展开后超过 ${kb(max)}`, `${which.en} of ${this.name} unpacks to more than ${kb(max)}`);
  }
}
