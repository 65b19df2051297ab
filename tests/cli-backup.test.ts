/**
 * Issue 11, points 2, 3 and 5 through the real `wugong` binary: backups and restores that cannot
 * lose data or leak a secret. A failing backup prints no password; a missing pg_dump names the
 * package; a file that is not a backup is said in words; an unreachable database names the host
 * and port only; on PostgreSQL a restore says what it replaces and needs a confirmation (refused
 * without one, changing nothing); on SQLite a restore is refused while a server holds the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor } from '../src/modules/actor.js';
import { holdDatabase } from '../src/db/holders.js';
import { newPlace, openPlace, urlFor, wugong, type Place } from './cli-harness.js';

const T = 240_000;

async function accountNames(place: Place): Promise<string[]> {
  const rt = await openPlace(place);
  try {
    const r = await rt.services.users.list(systemActor(), 1, 50);
    return r.ok ? r.value.items.map((u) => u.username).sort() : [];
  } finally {
    await rt.close();
  }
}

for (const dialect of availableDialects()) {
  describe(`wugong backup and restore [${dialect}]`, () => {
    let place: Place;
    let bundle = '';

    beforeAll(async () => {
      place = await newPlace(dialect);
      const rt = await openPlace(place);
      try {
        await bootstrap(rt);
      } finally {
        await rt.close();
      }
      bundle = path.join(place.dir, 'backup.tar');
      const made = await wugong(place, ['backup', bundle]);
      if (made.code !== 0) throw new Error(`backup failed: ${made.stdout}${made.stderr}`);
    }, T);
    afterAll(() => place.drop());

    it(
      'says in words that a file is not a backup, and changes nothing',
      async () => {
        const notBackup = path.join(place.dir, 'notes.txt');
        fs.writeFileSync(notBackup, '这不是备份 not a backup\n'.repeat(40));
        const r = await wugong(place, ['restore', notBackup, '--yes']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('恢复被拒绝，未做任何改动');
        expect(r.stderr).toContain('不是务工的备份文件');
        expect(await accountNames(place)).toEqual(['admin']);
      },
      T,
    );

    if (dialect === 'postgres') {
      it(
        'asks before replacing the database: without a terminal and without --yes it refuses and nothing changes; with --yes it restores',
        async () => {
          const rt = await openPlace(place);
          try {
            const r = await rt.services.users.create(systemActor(), {
              username: 'made_after',
              displayName: 'x',
              role: 'auditor',
              jurisdiction: '',
            });
            expect(r.ok).toBe(true);
          } finally {
            await rt.close();
          }
          const refused = await wugong(place, ['restore', bundle]);
          expect(refused.stdout).toContain(`将用这个备份`);
          expect(refused.stdout).toContain(`替换数据库 127.0.0.1:5432/${place.dbName ?? ''} 中的全部数据`);
          expect(refused.stderr).toContain('脚本中请加 --yes');
          expect(refused.code).toBe(2);
          expect(await accountNames(place)).toEqual(['admin', 'made_after']);

          const done = await wugong(place, ['restore', bundle, '--yes', '--lang', 'en']);
          expect(done.stdout).toContain(`Restored ${bundle}: the database and`);
          expect(done.code).toBe(0);
          expect(await accountNames(place)).toEqual(['admin']);
        },
        T,
      );

      it(
        'prints no password when pg_dump fails, and names the package when pg_dump is missing',
        async () => {
          const secret = 'Sup3rSecretPw';
          const withPassword = { DATABASE_URL: urlFor(place.dbName ?? '', secret) };
          // A libpq service that does not exist: the server accepts the app (trust), pg_dump fails.
          const failed = await wugong(place, ['backup', path.join(place.dir, 'x.tar')], {
            ...withPassword,
            PGSERVICE: 'wugong-no-such-service',
          });
          expect(failed.code).toBe(1);
          expect(failed.stderr).toContain('pg_dump 执行失败');
          expect(failed.stdout + failed.stderr).not.toContain(secret);

          const missing = await wugong(place, ['backup', path.join(place.dir, 'y.tar')], { ...withPassword, PATH: '/nonexistent' });
          expect(missing.code).toBe(1);
          expect(missing.stderr).toContain('找不到 pg_dump');
          expect(missing.stderr).toContain('apt install postgresql-client');
          expect(missing.stdout + missing.stderr).not.toContain(secret);
          expect(fs.existsSync(path.join(place.dir, 'y.tar'))).toBe(false);
        },
        T,
      );
    } else {
      it(
        'refuses to restore while a server holds the database, saying so in Chinese and English; restores once it has stopped',
        async () => {
          const release = holdDatabase(path.join(place.dir, 'wugong.db'), 'server');
          try {
            const zh = await wugong(place, ['restore', bundle]);
            expect(zh.code).toBe(2);
            expect(zh.stderr).toContain('正在被使用');
            expect(zh.stderr).toContain('请先停止服务器');
            const en = await wugong(place, ['restore', bundle, '--lang', 'en']);
            expect(en.code).toBe(2);
            expect(en.stderr).toContain(`is in use by server (pid ${process.pid}`);
          } finally {
            release();
          }
          const done = await wugong(place, ['restore', bundle]);
          expect(done.stdout).toContain(`已恢复 ${bundle}：数据库和`);
          expect(done.code).toBe(0);
        },
        T,
      );
    }

    it(
      'names the host and port of an unreachable database, never its password',
      async () => {
        const r = await wugong(place, ['users', 'list'], { DATABASE_URL: 'postgres://wugong:Unreach4blePw@127.0.0.1:1/wugong' });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('无法连接数据库 127.0.0.1:1/wugong（ECONNREFUSED）');
        expect(r.stdout + r.stderr).not.toContain('Unreach4blePw');
      },
      T,
    );
  });
}
