/**
 * Backup and restore. SQLite uses the online backup API (safe while the server runs); PostgreSQL
 * uses pg_dump/pg_restore in custom format. The personal-data key is deliberately NOT inside a
 * backup (see docs/decisions/004-key-outside-backups.md): restore checks that the backup was made
 * under the current key and refuses otherwise, before anything is overwritten.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import type { Db } from './database.js';
import { KEY_FINGERPRINT } from '../modules/system/key-check.js';

const run = promisify(execFile);

export class RestoreRefused extends Error {}

/** Writes a backup; on PostgreSQL `schema` limits it to one schema (the whole database by default). */
export async function backup(db: Db, file: string, databaseUrl: string | undefined, schema?: string): Promise<void> {
  if (db.sqlite) {
    await db.sqlite.backup(file);
    return;
  }
  if (!databaseUrl) throw new Error('PostgreSQL backup needs DATABASE_URL');
  const only = schema ? [`--schema=${schema}`] : [];
  await run('pg_dump', ['--format=custom', '--no-owner', ...only, `--file=${file}`, databaseUrl], { maxBuffer: 64 * 1024 * 1024 });
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
  const { stdout } = await run('pg_restore', ['--data-only', '--table=settings', '--file=-', file], { maxBuffer: 64 * 1024 * 1024 });
  const line = stdout.split('\n').find((l) => l.startsWith(`${KEY_FINGERPRINT}\t`));
  return line?.split('\t')[1];
}

/**
 * Restores a backup over the configured database after checking its key fingerprint.
 * For SQLite the server must be stopped; the file is replaced atomically.
 */
export async function restore(opts: { file: string; fingerprint: string; sqliteFile: string; databaseUrl: string | undefined }): Promise<void> {
  if (!fs.existsSync(opts.file)) throw new RestoreRefused(`no such backup file: ${opts.file}`);
  const found = opts.databaseUrl ? await pgFingerprint(opts.file) : sqliteFingerprint(opts.file);
  if (found !== undefined && found !== opts.fingerprint) {
    throw new RestoreRefused(`the backup was made under another personal-data key (fingerprint ${found}; current ${opts.fingerprint}). Set WUGONG_KEY or WUGONG_KEY_FILE to the key kept with that backup.`);
  }
  if (opts.databaseUrl) {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${opts.databaseUrl}`, opts.file], { maxBuffer: 64 * 1024 * 1024 });
    return;
  }
  const tmp = `${opts.sqliteFile}.restoring`;
  fs.copyFileSync(opts.file, tmp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${opts.sqliteFile}${suffix}`, { force: true });
  fs.renameSync(tmp, opts.sqliteFile);
}
