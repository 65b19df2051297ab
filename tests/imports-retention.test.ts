/**
 * Point 10 of issue 6: uploaded import files are deleted after a retention period (default 30
 * days, WUGONG_IMPORT_RETENTION_DAYS). `purgeExpiredImportSources(now)` removes the source file and
 * the revealable error report of every job finished at least that long ago, keeps the masked report,
 * keeps a file another job still holds, never touches an unfinished job, and audits each purge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, type JobJson } from './helpers/upload.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { systemActor } from '../src/modules/actor.js';
import { newId } from '../src/core/ids.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-28T02:00:00.000Z'); // the test runtimes' fixed clock

describe('import retention setting', () => {
  it('defaults to 30 days and reads WUGONG_IMPORT_RETENTION_DAYS', () => {
    expect(loadConfig({}).importRetentionDays).toBe(30);
    expect(loadConfig({ WUGONG_IMPORT_RETENTION_DAYS: '7' }).importRetentionDays).toBe(7);
    expect(() => loadConfig({ WUGONG_IMPORT_RETENTION_DAYS: '0' })).toThrow(ConfigError);
  });
});

// Hand-computed ID numbers (451228 19900315 00n): sequence 2 → check 4, sequence 3 → check 2.
const F1 = Buffer.from('姓名,身份证号码,户籍地代码\n韦留存,451228199003150024,451228100\n韦错号,451228199003150025,451228100\n', 'utf8');
const F2 = Buffer.from('姓名,身份证号码,户籍地代码\n韦二号,451228199003150032,451228100\n', 'utf8');

describeEachDb('import sources are deleted after the retention period', (ctx) => {
  let county: SessionHeaders;
  let jobA: JobJson; // F1 at T0, with an error report
  let jobB: JobJson; // F2 at T0
  let jobC: JobJson; // F1 again at T0 + 10 days
  let running = '';
  const blobFile = (hash: string) => path.join(ctx().rt.config.blobDir, 'imports', hash.slice(0, 2), hash.slice(2, 4), hash);
  const row = async (id: string) => ctx().rt.db.kysely.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    const { app, rt } = ctx();
    ({ headers: county } = await userSession(app, rt, 'county_officer', '451228'));
    jobA = await importVia(app, rt, county, 'people', 'f1.csv', F1);
    jobB = await importVia(app, rt, county, 'people', 'f2.csv', F2);
    // Move the first row's person to the next township, so the repeat import reports that row as a
    // conflict: its error reports then differ from job A's (one more row) and are separate blobs.
    const found = await app.inject({ method: 'GET', url: '/api/v1/people?q=451228199003150024', headers: county });
    const p = found.json().items[0];
    const moved = await app.inject({
      method: 'PUT',
      url: `/api/v1/people/${p.id}`,
      headers: county,
      payload: { name: '韦留存', idNumber: '451228199003150024', hukouCode: '451228101', version: p.version },
    });
    if (moved.statusCode !== 200) throw new Error(`update refused: ${moved.body}`);
    rt.clock.advance(10 * DAY);
    try {
      // Sessions last 12 hours: ten days on, the officer signs in again.
      const { headers: later } = await userSession(app, rt, 'county_officer', '451228');
      jobC = await importVia(app, rt, later, 'people', 'f1-again.csv', F1);
    } finally {
      rt.clock.advance(-10 * DAY);
    }
    running = newId();
    const old = new Date(T0 - 400 * DAY).toISOString();
    await rt.db.kysely
      .insertInto('import_jobs')
      .values({
        id: running,
        entity: 'people',
        mode: 'insert',
        file_name: 'r.csv',
        file_hash: (await row(jobB.id)).file_hash,
        file_size: F2.length,
        status: 'running',
        total: 0,
        processed: 0,
        created: 0,
        unchanged: 0,
        updated: 0,
        conflicts: 0,
        errors: 0,
        report_hash: null,
        actor_id: null,
        jurisdiction: '451228',
        province: '45',
        created_at: old,
        started_at: old,
        finished_at: null,
        error_message: null,
      })
      .execute();
  });

  it('keeps everything up to the last millisecond of the period', async () => {
    const { rt } = ctx();
    expect(jobA).toMatchObject({ status: 'done', hasReport: true, created: 1, errors: 1 });
    expect(jobC).toMatchObject({ status: 'done', hasReport: true, conflicts: 1, errors: 1 });
    expect(await rt.services.imports.purgeExpiredImportSources(new Date(T0 + 30 * DAY - 1))).toBe(0);
    for (const id of [jobA.id, jobB.id, jobC.id]) {
      const r = await row(id);
      expect(fs.existsSync(blobFile(r.file_hash))).toBe(true);
      expect(r.source_purged_at).toBeNull();
    }
  });

  it('purges the jobs finished 30 days before, keeping a file another job still holds', async () => {
    const { app, rt } = ctx();
    const a = await row(jobA.id);
    const b = await row(jobB.id);
    expect(a.report_reveal_hash).not.toBeNull();
    const at = new Date(T0 + 30 * DAY);
    expect(await rt.services.imports.purgeExpiredImportSources(at)).toBe(2);
    const a2 = await row(jobA.id);
    expect(a2.source_purged_at).toBe(at.toISOString());
    expect(fs.existsSync(blobFile(b.file_hash))).toBe(true); // the running job still holds F2
    expect(fs.existsSync(blobFile(a.file_hash))).toBe(true); // job C (10 days younger) still holds F1
    expect(fs.existsSync(blobFile(a.report_reveal_hash ?? ''))).toBe(false);
    expect(a2.report_reveal_hash).toBeNull();
    // The masked report stays; the revealed one is gone with the source.
    expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${jobA.id}/report`, headers: county })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/v1/imports/${jobA.id}/report?reveal=true`, headers: county })).statusCode).toBe(
      404,
    );
    const history = await rt.services.audit.history('import_job', jobA.id);
    expect(history.map((e) => e.action)).toContain('import.source_purged');
  });

  it('purges the younger job 10 days later, then the file is gone; a second run finds nothing', async () => {
    const { rt } = ctx();
    const c = await row(jobC.id);
    expect(await rt.services.imports.purgeExpiredImportSources(new Date(T0 + 40 * DAY - 1))).toBe(0);
    expect(await rt.services.imports.purgeExpiredImportSources(new Date(T0 + 40 * DAY))).toBe(1);
    expect(fs.existsSync(blobFile(c.file_hash))).toBe(false);
    expect(await rt.services.imports.purgeExpiredImportSources(new Date(T0 + 400 * DAY))).toBe(0);
  });

  it('never touches an unfinished job', async () => {
    const r = await row(running);
    expect(r.source_purged_at).toBeNull();
    expect(fs.existsSync(blobFile(r.file_hash))).toBe(true);
    const job = await ctx().rt.services.imports.get(systemActor(), running);
    expect(job.ok && job.value.status).toBe('running');
  });
});
