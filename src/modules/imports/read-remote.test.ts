/** An error of the reader thread reaches the main thread as what it was (decision 240). */
import { describe, expect, it } from 'vitest';
import { RefusalError, refuse } from '../../core/result.js';
import { XlsxRefusedError } from './xlsx-limits.js';
import { errorMessageOf, reviveError } from './read-remote.js';

/** What a structured clone does to a message: only data survives. */
const acrossThreads = <T>(v: T): T => structuredClone(v);

describe('errors across the reader thread', () => {
  it('an .xlsx refusal comes back as an XlsxRefusedError with the same reason and message', () => {
    const detail = {
      zh: 'xl/worksheets/sheet1.xml 的第 7 行展开后超过 1024 KB',
      en: 'row 7 of xl/worksheets/sheet1.xml unpacks to more than 1024 KB',
    };
    const original = new XlsxRefusedError('import_xlsx_limit', detail, 'xl/worksheets/sheet1.xml');
    const back = reviveError(acrossThreads(errorMessageOf(original)));
    expect(back).toBeInstanceOf(XlsxRefusedError);
    expect(back.message).toBe(original.message);
    expect(back instanceof RefusalError && back.reason).toEqual(original.reason);
  });

  it('another refusal keeps its reason and message; anything else its message only', () => {
    const refusal = new RefusalError(refuse('import_format').reason);
    refusal.message = '文件格式不正确 / The file format is not valid';
    const back = reviveError(acrossThreads(errorMessageOf(refusal)));
    expect(back).toBeInstanceOf(RefusalError);
    expect(back).not.toBeInstanceOf(XlsxRefusedError);
    expect([back.message, back instanceof RefusalError && back.reason.code]).toEqual([refusal.message, 'import_format']);

    const plain = reviveError(acrossThreads(errorMessageOf(new TypeError('unexpected chunk type'))));
    expect([plain.constructor, plain.message]).toEqual([Error, 'unexpected chunk type']);
    expect(reviveError(acrossThreads(errorMessageOf('a string thrown'))).message).toBe('a string thrown');
  });
});
