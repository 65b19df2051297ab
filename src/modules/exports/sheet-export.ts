/**
 * Streams a list as an .xlsx (exceljs streaming WorkbookWriter) by paging through a service's own
 * list/search function, so exports see exactly what the list shows: same filters, same
 * jurisdiction, same masking. Writes one audit record at the end with the filters and row count.
 */
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Result } from '../../core/result.js';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value(item: T): string | number | null;
}

export const EXPORT_PAGE_SIZE = 500;

/** Fetches one page (1-based) of already-masked items. */
export type PageFetcher<T> = (page: number, pageSize: number) => Promise<Result<{ items: T[] }>>;

/**
 * Checks the first page (refusals come back before any byte is sent), then streams every page.
 * `onDone` receives the row count once the file is complete (the caller audits there).
 */
export async function streamSheet<T>(
  sheetName: string,
  columns: SheetColumn<T>[],
  fetch: PageFetcher<T>,
  onDone: (rows: number) => Promise<void>,
): Promise<Result<Readable>> {
  const first = await fetch(1, EXPORT_PAGE_SIZE);
  if (!first.ok) return first;
  // The workbook writes into `inner`; `out` ends only after the audit record is written, so a
  // client that has the whole file knows the export was recorded.
  const inner = new PassThrough();
  const out = new PassThrough();
  inner.pipe(out, { end: false });
  inner.on('error', (err) => out.destroy(err));
  const drained = once(inner, 'end');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: inner, useSharedStrings: false, useStyles: false });
  const sheet = wb.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  const write = (items: T[]) => {
    for (const item of items) sheet.addRow(columns.map((c) => c.value(item) ?? '')).commit();
  };
  void (async () => {
    let rows = 0;
    let items = first.value.items;
    for (let page = 1; ;) {
      write(items);
      rows += items.length;
      if (items.length < EXPORT_PAGE_SIZE) break;
      const next = await fetch(++page, EXPORT_PAGE_SIZE);
      if (!next.ok) throw new Error(`export page refused: ${next.reason.code}`);
      items = next.value.items;
    }
    sheet.commit();
    await wb.commit();
    await drained;
    await onDone(rows);
    out.end();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return { ok: true, value: out };
}
