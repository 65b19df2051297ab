/**
 * Issue 8, point 2, decision 240: with `readerThread`, an import's file is read and parsed in a reader
 * thread and the main thread only writes. The answer must not depend on where the reading ran: the
 * same file gives the same counts and the same report rows read here (parsed here or in a parse
 * thread), in the reader, and in the reader with two parse threads; and a job stopped while the reader
 * is ahead of the writer ends interrupted with only whole batches kept.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type TestRuntime } from './helpers/runtime.js';
import { systemActor } from '../src/modules/actor.js';
import { loadReferenceData } from '../src/reference.js';
import { peopleCsv } from './cli-harness.js';

const actor = { ...systemActor(), jurisdiction: '' };

async function reportRowNumbers(rt: TestRuntime, id: string): Promise<number[]> {
  const r = await rt.services.imports.report(actor, id);
  if (!r.ok) throw new Error(r.reason.code);
  const chunks: Buffer[] = [];
  for await (const c of r.value.stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.read(Readable.from([Buffer.concat(chunks)]));
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const out: number[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) out.push(Number(sheet.getRow(n).getCell(1).value));
  return out;
}

describeEachDb('reading an import in a reader thread', (ctx) => {
  beforeAll(async () => {
    await loadReferenceData(ctx().rt);
  }, 120_000);

  it('gives the same counts and report rows read here (parsed here or in a parse thread), in the reader, and in the reader with two parse threads', async () => {
    const { rt } = ctx();
    const seen: Array<{ threads: string; counts: number[]; report: number[] }> = [];
    for (const [threads, readerThread, seed] of [
      [0, false, 3000],
      [1, false, 3500],
      [1, true, 4000],
      [2, true, 5000],
    ] as const) {
      // 23 good rows and 2 whose ID number fails its check, after the template's example row (skipped),
      // then the first data row again (a duplicate within the file).
      const lines = peopleCsv(23, 2, { example: true, seed }).trimEnd().split('\n');
      const file = [...lines, lines[2]].join('\n') + '\n';
      const r = await rt.services.imports.start(
        actor,
        'people',
        { name: `t${threads}${String(readerThread)}.csv`, data: Buffer.from(file) },
        'insert',
        {
          foreground: true,
          engine: { workers: threads, readerThread, batchSize: 10, chunkSize: 4 },
        },
      );
      if (!r.ok) throw new Error(r.reason.code);
      const j = r.value;
      seen.push({
        threads: `${threads}${readerThread ? ' with the reader' : ''}`,
        counts: [j.total, j.processed, j.created, j.errors],
        report: await reportRowNumbers(rt, j.id),
      });
    }
    // Rows: 1 header, 2 example, 3-25 good, 26-27 bad, 28 the duplicate of row 3.
    for (const s of seen) expect(s).toEqual({ threads: s.threads, counts: [26, 26, 23, 3], report: [26, 27, 28] });
  });

  it('a job stopped while the reader is ahead of the writer ends interrupted, keeping whole batches only', async () => {
    const { rt } = ctx();
    const r = await rt.services.imports.start(
      actor,
      'people',
      { name: 'stop.csv', data: Buffer.from(peopleCsv(3000, 0, { seed: 7000 })) },
      'insert',
      {
        engine: { workers: 1, readerThread: true, batchSize: 100, chunkSize: 50 },
      },
    );
    if (!r.ok) throw new Error(r.reason.code);
    expect(await rt.services.imports.interruptOwn()).toBe(1);
    const job = await rt.services.imports.get(actor, r.value.id);
    if (!job.ok) throw new Error(job.reason.code);
    expect(job.value.status).toBe('interrupted');
    expect(job.value.processed % 100).toBe(0);
    expect(job.value.created).toBe(job.value.processed);
  });
});
