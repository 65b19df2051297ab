/**
 * Streams a .csv file as rows of strings. Encoding: UTF-8 with or without a byte-order mark; a first
 * chunk that is not valid UTF-8 means GBK (what Excel saves as "CSV" on a Chinese Windows).
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'gbk';

/** Detects the encoding from the first bytes of a file. */
export function detectEncoding(first: Uint8Array): CsvEncoding {
  if (first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 'utf-8';
  try {
    // stream: true tolerates a multi-byte character cut at the chunk's end.
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  throw new TypeError('unexpected chunk type');
}

async function* decode(source: AsyncIterable<unknown>, seen: (e: CsvEncoding) => void): AsyncGenerator<string> {
  let write: ((b: Buffer) => string) | undefined;
  let end: (() => string) | undefined;
  for await (const raw of source) {
    const chunk = toBuffer(raw);
    if (!write) {
      const enc = detectEncoding(chunk);
      seen(enc);
      if (enc === 'gbk') {
        const d = iconv.getDecoder('gbk');
        write = (b) => d.write(b);
        end = () => d.end() ?? '';
      } else {
        const d = new TextDecoder('utf-8');
        write = (b) => d.decode(b, { stream: true });
        end = () => d.decode();
      }
    }
    const s = write(chunk);
    if (s) yield s;
  }
  const tail = end?.() ?? '';
  if (tail) yield tail;
}

/**
 * Line endings a record may end with, all in one file: a CSV pasted together from Windows (\r\n),
 * Unix (\n) and old Mac (\r) sources is common. Left alone, csv-parse takes the first ending it
 * meets for the whole file and reads the other kinds as part of a field, merging rows (decision 117).
 */
const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];

/** Streams the records of a CSV source (1-based row numbers, header included) as arrays of strings. */
export async function* csvRecords(
  source: AsyncIterable<unknown>,
  onEncoding: (e: CsvEncoding) => void = () => {},
): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, record_delimiter: RECORD_DELIMITERS });
  const input = Readable.from(decode(source, onEncoding));
  // .pipe does not forward errors: a read or decode error fails the parser, which the loop below rethrows.
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  try {
    for await (const record of parser) {
      if (Array.isArray(record)) yield record.map((v) => (typeof v === 'string' ? v : String(v)));
    }
  } finally {
    input.unpipe(parser);
    input.destroy();
    parser.destroy();
  }
}
