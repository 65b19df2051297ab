/**
 * Backup and restore of everything a deployment holds except its key: one bundle file, an ordinary
 * tar holding the database (SQLite's online backup, safe while the server runs; or pg_dump's custom
 * format), every uploaded and generated file exactly as stored (encrypted, under `blobs/`), and a
 * manifest with the key fingerprint and the sha256 of every entry (docs/decisions/133).
 *
 * The personal-data key is deliberately NOT inside (docs/decisions/004). A restore is all or
 * nothing: the bundle is first unpacked into a private temporary folder outside the data folder and
 * checked — a tar, a manifest, every hash, the database's own key fingerprint equal to the current
 * key's — and only then applied. A restore refused for any reason (RestoreRefused) has written
 * nothing to the data folder or the database. A file made before bundles (a bare SQLite file or
 * pg_dump archive) is still accepted, with the same checks, and restores the database only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Db } from './database.js';
import { KEY_FINGERPRINT } from '../modules/system/index.js';
import { TarWriter } from './tar.js';
import { BundleRefused, isBlobPath, unpackBundle, type Manifest } from './bundle.js';
import { run, ToolFailed } from './pg-tools.js';

export { ToolFailed } from './pg-tools.js';

/** A restore refused before anything was written; `zh` says it in Chinese, `message` in English. */
export class RestoreRefused extends Error {
  readonly zh: string;
  constructor(en: string, zh?: string) {
    super(en);
    this.zh = zh ?? en;
  }
}

export interface BackupSource {
  db: Db;
  databaseUrl: string | undefined;
  /** On PostgreSQL, limits the dump to one schema (the whole database by default). */
  schema?: string | undefined;
  blobDir: string;
  /** The current key's fingerprint, recorded in the manifest. */
  fingerprint: string;
}

export interface BackupSummary {
  blobs: number;
  bytes: number;
}

/** Blob files under the blob folder, as paths relative to it (`ab/cd/<hash>`, `imports/ab/cd/<hash>`). */
function blobFiles(blobDir: string): string[] {
  if (!fs.existsSync(blobDir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(blobDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(blobDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (isBlobPath(rel)) out.push(rel);
  }
  return out.sort();
}

/**
 * Writes a bundle: the database dump first, then the blobs (a blob is stored before any row names
 * it, so every blob the dump refers to is already there), then the manifest. The file appears under
 * its name only when complete.
 */
export async function backup(src: BackupSource, file: string): Promise<BackupSummary> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-backup-'));
  const part = `${file}.part`;
  fs.rmSync(part, { force: true });
  const tar = await TarWriter.create(part);
  try {
    const dialect = src.db.sqlite ? 'sqlite' : 'postgres';
    const dbName = dialect === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
    const dump = path.join(work, dbName);
    if (src.db.sqlite) {
      await src.db.sqlite.backup(dump);
    } else {
      if (!src.databaseUrl) throw new Error('PostgreSQL backup needs DATABASE_URL');
      const only = src.schema ? [`--schema=${src.schema}`] : [];
      await run('pg_dump', ['--format=custom', '--no-owner', ...only, `--file=${dump}`, `--dbname=${src.databaseUrl}`], src.databaseUrl);
    }
    const files: Manifest['files'] = [];
    files.push({ name: dbName, ...(await tar.addFile(dbName, dump)) });
    for (const rel of blobFiles(src.blobDir)) {
      const name = `blobs/${rel}`;
      // A blob deleted by the retention sweep since the listing is simply not carried.
      if (!fs.existsSync(path.join(src.blobDir, rel))) continue;
      files.push({ name, ...(await tar.addFile(name, path.join(src.blobDir, rel))) });
    }
    const manifest: Manifest = {
      format: 'wugong-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      dialect,
      keyFingerprint: src.fingerprint,
      database: dbName,
      files,
    };
    await tar.addBuffer('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    await tar.close();
    fs.renameSync(part, file);
    return { blobs: files.length - 1, bytes: fs.statSync(file).size };
  } catch (err) {
    await tar.abandon().catch(() => undefined);
    fs.rmSync(part, { force: true });
    throw err;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function sqliteFingerprint(file: string): string | undefined {
  const handle = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const row: unknown = handle.prepare('select value from settings where key = ?').get(KEY_FINGERPRINT);
    return row && typeof row === 'object' && 'value' in row && typeof row.value === 'string' ? row.value : undefined;
  } finally {
    handle.close();
  }
}

async function pgFingerprint(file: string): Promise<string | undefined> {
  let stdout: string;
  try {
    ({ stdout } = await run('pg_restore', ['--data-only', '--table=settings', '--file=-', file]));
  } catch (err) {
    if (err instanceof ToolFailed && !/not found/.test(err.message))
      throw new RestoreRefused(
        `${path.basename(file)} looks like a pg_dump archive but cannot be read (damaged or cut short)`,
        `${path.basename(file)} 看起来是 pg_dump 备份，但无法读取（已损坏或不完整）`,
      );
    throw err;
  }
  const line = stdout.split('\n').find((l) => l.startsWith(`${KEY_FINGERPRINT}\t`));
  return line?.split('\t')[1];
}

/** What kind of file a restore was given, from its first bytes. */
function kindOf(file: string): 'sqlite' | 'pgdump' | 'tar' | null {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const n = fs.readSync(fd, head, 0, 512, 0);
    if (n >= 16 && head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return 'sqlite';
    if (n >= 5 && head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pgdump';
    if (n === 512 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

export interface RestoreTarget {
  file: string;
  /** The current key's fingerprint: the backup must have been made under it. */
  fingerprint: string;
  sqliteFile: string;
  databaseUrl: string | undefined;
  blobDir: string;
  /**
   * Asked after every check has passed and before anything is written; false refuses the restore
   * (nothing changed). The command line shows the plan and asks the operator on PostgreSQL.
   */
  confirm?: (plan: RestorePlan) => Promise<boolean>;
}

export interface RestoreSummary {
  /** 'bundle', or 'database' for a file made before bundles (no uploaded files in it). */
  kind: 'bundle' | 'database';
  blobs: number;
}

interface Checked {
  kind: RestoreSummary['kind'];
  database: string;
  blobs: Array<{ rel: string; path: string }>;
  /** When the bundle was made (null for a file from before bundles). */
  createdAt: string | null;
}

/** What a restore is about to apply, for the operator to confirm. */
export interface RestorePlan {
  kind: RestoreSummary['kind'];
  createdAt: string | null;
  blobs: number;
}

/** Everything that can refuse a restore; writes only inside `stage`. */
async function check(t: RestoreTarget, stage: string): Promise<Checked> {
  if (!fs.existsSync(t.file) || !fs.statSync(t.file).isFile())
    throw new RestoreRefused(`no such backup file: ${t.file}`, `找不到备份文件：${t.file}`);
  const want = t.databaseUrl ? 'postgres' : 'sqlite';
  const kind = kindOf(t.file);
  let checked: Checked;
  let checkedAt: string | null = null;
  if (kind === 'tar') {
    const b = await unpackBundle(t.file, stage);
    if (b.manifest.dialect !== want)
      throw new RestoreRefused(
        `this backup is of a ${b.manifest.dialect} database; the configured database is ${want}`,
        `这是 ${b.manifest.dialect} 数据库的备份，而配置的数据库是 ${want}`,
      );
    checkedAt = b.manifest.createdAt;
    if (b.manifest.keyFingerprint !== t.fingerprint) throw wrongKey(b.manifest.keyFingerprint, t.fingerprint);
    checked = { kind: 'bundle', database: b.database, blobs: b.blobs, createdAt: checkedAt };
  } else if ((kind === 'sqlite' && want === 'sqlite') || (kind === 'pgdump' && want === 'postgres')) {
    checked = { kind: 'database', database: t.file, blobs: [], createdAt: null };
  } else {
    throw kind
      ? new RestoreRefused(`this backup does not match the configured ${want} database`, `这个备份与配置的 ${want} 数据库不匹配`)
      : new RestoreRefused(
          `${t.file} is not a Wugong backup (neither a backup bundle made by wugong backup nor a database file)`,
          `${t.file} 不是务工的备份文件（既不是 wugong backup 生成的备份包，也不是数据库文件）`,
        );
  }
  const found = want === 'postgres' ? await pgFingerprint(checked.database) : sqliteFingerprint(checked.database);
  if (found !== undefined && found !== t.fingerprint) throw wrongKey(found, t.fingerprint);
  return checked;
}

function wrongKey(found: string, current: string): RestoreRefused {
  return new RestoreRefused(
    `the backup was made under another personal-data key (fingerprint ${found}; current ${current}). Set WUGONG_KEY or WUGONG_KEY_FILE to the key kept with that backup.`,
    `这个备份是用另一把个人信息密钥做的（指纹 ${found}；当前 ${current}）。请把 WUGONG_KEY 或 WUGONG_KEY_FILE 设为与该备份一起保管的密钥。`,
  );
}

/** Copies a file into place through a temporary name beside it (readers see all of it or none). */
function place(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const tmp = `${to}.${crypto.randomUUID()}.restoring`;
  fs.copyFileSync(from, tmp);
  fs.renameSync(tmp, to);
}

/**
 * Restores a backup over the configured database and blob folder, after every check has passed.
 * Blobs go first (content-addressed: an extra one harms nothing), the database last — on PostgreSQL
 * in one transaction, on SQLite by an atomic rename (stop the server first).
 */
export async function restore(t: RestoreTarget): Promise<RestoreSummary> {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-restore-'));
  try {
    let checked: Checked;
    try {
      checked = await check(t, stage);
    } catch (err) {
      if (err instanceof RestoreRefused) throw err;
      if (err instanceof BundleRefused) throw new RestoreRefused(err.message, `备份包无法使用：${err.message}`);
      if (err instanceof ToolFailed) throw err;
      const said = err instanceof Error ? err.message : String(err);
      throw new RestoreRefused(`the backup cannot be read: ${said}`, `无法读取备份：${said}`);
    }
    if (t.confirm && !(await t.confirm({ kind: checked.kind, createdAt: checked.createdAt, blobs: checked.blobs.length })))
      throw new RestoreRefused('the restore was not confirmed', '未确认恢复');
    for (const b of checked.blobs) place(b.path, path.join(t.blobDir, ...b.rel.split('/')));
    if (t.databaseUrl) {
      await run(
        'pg_restore',
        ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${t.databaseUrl}`, checked.database],
        t.databaseUrl,
      );
    } else {
      fs.mkdirSync(path.dirname(t.sqliteFile), { recursive: true });
      const tmp = `${t.sqliteFile}.restoring`;
      fs.copyFileSync(checked.database, tmp);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${t.sqliteFile}${suffix}`, { force: true });
      fs.renameSync(tmp, t.sqliteFile);
    }
    return { kind: checked.kind, blobs: checked.blobs.length };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
