/**
 * `Db.destroy()` on SQLite closes the file even when only the raw handle was used (bulk loads,
 * backups, benchmarks): Kysely opens its driver on its first query, so its own destroy left such a
 * handle open, its WAL not folded back, and a copy of the file taken after it could be replayed over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openSqlite } from '../src/db/database.js';

it('closes a handle used only directly, folding its WAL into the file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-handle-'));
  try {
    const file = path.join(dir, 'raw.db');
    const db = openSqlite(file);
    const raw = db.sqlite!;
    raw.exec('create table t (n integer)');
    raw.prepare('insert into t values (?)').run(7);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    await db.destroy();
    expect(raw.open).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = openSqlite(file);
    expect(again.sqlite!.prepare('select n from t').all()).toEqual([{ n: 7 }]);
    await again.destroy();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
