/**
 * Point 13 of issue 6: a backup carries the uploaded files (one bundle: a tar with a manifest, the
 * database dump and the blobs as stored, still encrypted), and a restore refused for any reason —
 * another key, not a backup, a corrupt or cut bundle, no key configured — writes nothing: the data
 * folder stays byte-identical, the database unchanged, and no key file appears.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDb, openTestRuntime, pgUrl, TEST_KEY } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, multipart } from './helpers/upload.js';
import { backup, restore, RestoreRefused } from '../src/db/backup.js';
import { restoreFromConfig } from '../src/cli/backup.js';
import { openSqlite } from '../src/db/database.js';
import { openRuntime } from '../src/runtime.js';
import { buildApp } from '../src/http/app.js';

const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};
const MARKER = 'evidence-bytes-4f1c';

/** Every file under a folder with the sha256 of its bytes. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath, e.name);
    out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

describeEachDb('backup bundles', (ctx, dialect) => {
  let county: SessionHeaders;
  let claimId = '';
  let evidenceId = '';
  let work = '';
  let bundle = '';
  let wrongKey = '';
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(MARKER.repeat(40), 'utf8')]);
  const databaseUrl = dialect === 'postgres' ? pgUrl : undefined;

  /** The data folder's files and, on PostgreSQL, the schema's rows: what a refused restore must not change. */
  const snapshot = () => {
    const { rt } = ctx();
    const dump =
      rt.schema && pgUrl
        ? execFileSync('pg_dump', ['--data-only', `--schema=${rt.schema}`, pgUrl], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8')
        : '';
    // pg_dump brackets its output with a random \restrict key on each run: not data.
    const rows = dump
      .split('\n')
      .filter((l) => !/^\\(un)?restrict /.test(l))
      .join('\n');
    return { files: files(rt.dir), rows };
  };
  const target = () => ({
    fingerprint: ctx().rt.services.deps.pii.fingerprint,
    sqliteFile: ctx().rt.config.sqliteFile,
    databaseUrl,
    blobDir: ctx().rt.config.blobDir,
  });

  beforeAll(async () => {
    const { app, rt } = ctx();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-bundles-'));
    ({ headers: county } = await userSession(app, rt, 'county_officer', '451228'));
    const person = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: county,
      payload: { name: '韦备份', idNumber: '451228199003150016', hukouCode: '451228100' },
    });
    const claim = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: county,
      payload: { programId: 'entrepreneurship-subsidy', personId: person.json().id, facts: startupFacts },
    });
    if (claim.statusCode !== 201) throw new Error(`claim refused: ${claim.body}`);
    claimId = claim.json().id;
    const up = multipart('licence.png', png, 'image/png');
    const ev = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimId}/evidence`,
      headers: { ...county, 'content-type': up.contentType },
      payload: up.body,
    });
    if (ev.statusCode !== 200) throw new Error(`evidence refused: ${ev.body}`);
    evidenceId = ev.json().evidence[0].id;
    await importVia(
      app,
      rt,
      county,
      'people',
      'b.csv',
      Buffer.from('姓名,身份证号码,户籍地代码\n韦导入,451228199003150024,451228100\n韦错号,451228199003150025,451228100\n', 'utf8'),
    );
    bundle = path.join(work, 'good.wgbak');
    await backup(
      { db: rt.db, databaseUrl, schema: rt.schema, blobDir: rt.config.blobDir, fingerprint: rt.services.deps.pii.fingerprint },
      bundle,
    );
    const other = await openTestRuntime(dialect, { key: Buffer.alloc(32, 9).toString('base64') });
    try {
      wrongKey = path.join(work, 'wrong-key.wgbak');
      await backup(
        {
          db: other.db,
          databaseUrl,
          schema: other.schema,
          blobDir: other.config.blobDir,
          fingerprint: other.services.deps.pii.fingerprint,
        },
        wrongKey,
      );
    } finally {
      await other.close();
    }
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('writes one tar holding the manifest, the database and every blob, still encrypted', async () => {
    const { rt } = ctx();
    const names = execFileSync('tar', ['-tf', bundle]).toString('utf8').trim().split('\n');
    expect(names).toContain('manifest.json');
    expect(names).toContain(dialect === 'sqlite' ? 'database.sqlite' : 'database.pgdump');
    const stored = Object.keys(files(rt.config.blobDir))
      .filter((f) => !f.startsWith('tmp'))
      .map((f) => `blobs/${f.split(path.sep).join('/')}`);
    expect(stored.length).toBeGreaterThanOrEqual(4); // evidence, import source, two reports
    for (const f of stored) expect(names).toContain(f);
    expect(fs.readFileSync(bundle).includes(Buffer.from(MARKER))).toBe(false);
  });

  it('refuses a bundle made under another key and changes nothing', async () => {
    const before = snapshot();
    await expect(restore({ ...target(), file: wrongKey })).rejects.toBeInstanceOf(RestoreRefused);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file that is not a backup, a corrupt bundle and a cut bundle, changing nothing', async () => {
    const notBackup = path.join(work, 'notes.txt');
    fs.writeFileSync(notBackup, 'these are not the files you are looking for\n'.repeat(100));
    const raw = fs.readFileSync(bundle);
    const corrupt = path.join(work, 'corrupt.wgbak');
    const at = raw.indexOf(Buffer.from('blobs/'));
    const flipped = Buffer.from(raw);
    // The first blob's content starts one 512-byte header after its name.
    flipped[at + 512 + 40] = (flipped[at + 512 + 40] ?? 0) ^ 0xff;
    fs.writeFileSync(corrupt, flipped);
    const cut = path.join(work, 'cut.wgbak');
    fs.writeFileSync(cut, raw.subarray(0, Math.floor(raw.length * 0.6)));
    const missing = path.join(work, 'no-such-file.wgbak');
    const before = snapshot();
    for (const file of [notBackup, corrupt, cut, missing]) {
      await expect(restore({ ...target(), file }), file).rejects.toBeInstanceOf(RestoreRefused);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses to restore without a key, and creates no key file', async () => {
    const { rt } = ctx();
    const keyFile = path.join(rt.dir, 'wugong.key');
    const before = snapshot();
    await expect(restoreFromConfig({ ...rt.config, databaseUrl, key: undefined, keyFile }, bundle)).rejects.toBeInstanceOf(RestoreRefused);
    expect(fs.existsSync(keyFile)).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('restores the database and the evidence files', async () => {
    const { rt, app } = ctx();
    if (dialect === 'sqlite') {
      // A new machine: an empty folder, the bundle and the key.
      const fresh = fs.mkdtempSync(path.join(work, 'fresh-'));
      const config = {
        ...rt.config,
        dataDir: fresh,
        sqliteFile: path.join(fresh, 'wugong.db'),
        blobDir: path.join(fresh, 'blobs'),
        keyFile: path.join(fresh, 'wugong.key'),
        key: TEST_KEY,
      };
      const summary = await restoreFromConfig(config, bundle);
      expect(summary.blobs).toBeGreaterThanOrEqual(4);
      const restored = await openRuntime(config, { db: openSqlite(config.sqliteFile), clock: rt.clock });
      const app2 = await buildApp({ services: restored.services, config });
      try {
        const file = await app2.inject({ method: 'GET', url: `/api/v1/claims/${claimId}/evidence/${evidenceId}`, headers: county });
        expect(file.statusCode).toBe(200);
        expect(file.rawPayload.equals(png)).toBe(true);
      } finally {
        await app2.close();
        await restored.close();
      }
    } else {
      // The files are lost and a row is gone: the restore brings both back.
      fs.rmSync(rt.config.blobDir, { recursive: true, force: true });
      await rt.db.kysely.deleteFrom('claim_evidence').execute();
      const summary = await restore({ ...target(), file: bundle });
      expect(summary.blobs).toBeGreaterThanOrEqual(4);
      const file = await app.inject({ method: 'GET', url: `/api/v1/claims/${claimId}/evidence/${evidenceId}`, headers: county });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(png)).toBe(true);
    }
  });
});
