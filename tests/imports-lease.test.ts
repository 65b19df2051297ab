/**
 * Issue 11, points 1 and 8: jobs that cannot be orphaned, and the row total as soon as it is known.
 * In process: the total is stored when the file has been read (before any row is written); a
 * process that stops ends its running jobs as interrupted. With the real binary: an import stopped
 * by SIGTERM exits 143 with its job interrupted; one killed outright (SIGKILL) leaves a lease that
 * lapses, and `wugong import status` marks it interrupted with its progress and the advice; the job
 * can then be dismissed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, describeEachDb } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor } from '../src/modules/actor.js';
import { loadReferenceData } from '../src/reference.js';
import { finished, newPlace, openPlace, peopleCsv, start, BIN, waitFor, wugong, type Place } from './cli-harness.js';

const T = 300_000;

describeEachDb('import jobs: total and interruption in process', (ctx) => {
  beforeAll(async () => {
    await loadReferenceData(ctx().rt);
  }, 120_000);

  it('stores the row total as soon as the whole file has been read, before any row is written', async () => {
    const { rt } = ctx();
    const r = await rt.services.imports.start(
      systemActor(),
      'people',
      { name: 'total.csv', data: Buffer.from(peopleCsv(30, 0, { seed: 100 })) },
      'insert',
      // Every chunk is read before the first is written, and the first write fails.
      { foreground: true, engine: { workers: 0, batchSize: 10, chunkSize: 10, maxInFlight: 100, failAfterRows: 10 } },
    );
    if (!r.ok) throw new Error(r.reason.code);
    expect([r.value.status, r.value.total, r.value.processed]).toEqual(['failed', 30, 0]);
  });

  it('ends the jobs this process runs as interrupted when it stops, with the advice to import the same file again', async () => {
    const { rt } = ctx();
    const r = await rt.services.imports.start(
      systemActor(),
      'people',
      { name: 'stopped.csv', data: Buffer.from(peopleCsv(2000, 0, { seed: 400 })) },
      'insert',
      { engine: { workers: 0, batchSize: 100, chunkSize: 100 } },
    );
    if (!r.ok) throw new Error(r.reason.code);
    expect(await rt.services.imports.interruptOwn()).toBe(1);
    const job = await rt.services.imports.get(systemActor(), r.value.id);
    if (!job.ok) throw new Error(job.reason.code);
    expect(job.value.status).toBe('interrupted');
    expect(job.value.processed).toBeLessThan(2000);
    expect(job.value.errorMessage).toContain(`已处理 ${job.value.processed} 行。请重新导入同一文件`);
    expect((await rt.services.audit.history('import_job', r.value.id)).map((e) => e.action)).toContain('import.interrupted');

    const dismissed = await rt.services.imports.dismiss(systemActor(), r.value.id);
    expect(dismissed.ok && dismissed.value.dismissedAt).toBeTruthy();
    const twice = await rt.services.imports.dismiss(systemActor(), r.value.id);
    expect(twice.ok ? 'ok' : twice.reason.code).toBe('conflict');
  });
});

for (const dialect of availableDialects()) {
  describe(`wugong import stopped by a signal [${dialect}]`, () => {
    let place: Place;
    let file = '';

    beforeAll(async () => {
      place = await newPlace(dialect, { WUGONG_JOB_LEASE_SECONDS: '1' });
      const rt = await openPlace(place);
      try {
        await bootstrap(rt);
      } finally {
        await rt.close();
      }
      file = path.join(place.dir, 'big.csv');
      fs.writeFileSync(file, peopleCsv(20_000));
    }, T);
    afterAll(() => place.drop());

    it(
      'SIGTERM: exits 143 with the job interrupted; SIGKILL: the lapsed lease is marked interrupted by `import status`, then dismissed',
      async () => {
        const termed = start(place, [BIN, 'import', 'people', file]);
        await waitFor(termed, /导入进度/);
        termed.kill('SIGTERM');
        const t = await finished(termed);
        expect(t.code, t.stdout + t.stderr).toBe(143);
        expect(t.stderr).toContain('正在中断导入');
        expect(t.stdout).toContain('导入已中断');
        expect(t.stdout).toContain('请重新导入同一文件');

        const killed = start(place, [BIN, 'import', 'people', file]);
        await waitFor(killed, /导入进度/);
        killed.kill('SIGKILL');
        await finished(killed);
        // The killed process renewed its 1-second lease at most a second ago: wait until it has surely
        // lapsed (on a quiet machine the next command can start within the second).
        await new Promise((resolve) => setTimeout(resolve, 1500));

        const status = await wugong(place, ['import', 'status']);
        expect(status.code).toBe(0);
        expect(status.stdout).toContain('1 个任务的进程已停止，已标记为已中断。');
        const interrupted = status.stdout.split('\n').filter((l) => /big\.csv {2}已中断( \d+%)?$/.test(l));
        expect(interrupted).toHaveLength(2);
        expect(status.stdout).toContain('导入中断：运行它的程序已停止响应');
        const id = /处理后可执行：wugong import dismiss (\S+)/.exec(status.stdout)?.[1] ?? '';

        const dismissed = await wugong(place, ['import', 'dismiss', id]);
        expect(dismissed.code).toBe(0);
        const after = await wugong(place, ['import', 'status', id, '--json']);
        const [job] = JSON.parse(after.stdout) as Array<{ status: string; dismissedAt: string | null }>;
        expect(job?.status).toBe('interrupted');
        expect(job?.dismissedAt).toBeTruthy();
      },
      T,
    );
  });
}
