/**
 * Issue 11 through the real `wugong` binary on each database: accounts (list, reset-password),
 * an import as a named officer with row progress without a terminal, the exit code for refused
 * rows, the template's example row skipped, `import status`, and no stray key over a database
 * that already has one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from './helpers/runtime.js';
import { bootstrap } from '../src/bootstrap.js';
import { systemActor } from '../src/modules/actor.js';
import { newPlace, openPlace, peopleCsv, wugong, type Place } from './cli-harness.js';

const T = 240_000;

for (const dialect of availableDialects()) {
  describe(`wugong for an operator [${dialect}]`, () => {
    let place: Place;
    let officerId = '';

    beforeAll(async () => {
      place = await newPlace(dialect);
      const rt = await openPlace(place);
      try {
        await bootstrap(rt); // production mode: reference data and one administrator
        const r = await rt.services.users.create(systemActor(), {
          username: 'duan_county',
          displayName: '都安县经办 County officer',
          role: 'county_officer',
          jurisdiction: '451228',
          password: 'Passw0rd-county-1',
        });
        if (!r.ok) throw new Error(r.reason.code);
        officerId = r.value.user.id;
      } finally {
        await rt.close();
      }
    }, T);
    afterAll(() => place.drop());

    it(
      'lists the accounts with their state, and resets a lost administrator password to a one-time password (audited, must be changed)',
      async () => {
        const list = await wugong(place, ['users', 'list']);
        expect(list.code).toBe(0);
        expect(list.stdout).toMatch(/admin\s+admin\s+全国\s+须修改密码/);
        expect(list.stdout).toMatch(/duan_county\s+county_officer\s+451228\s+正常/);
        expect(list.stdout).toContain('共 2 个账户');

        const reset = await wugong(place, ['users', 'reset-password', 'admin', '--lang', 'en']);
        expect(reset.code).toBe(0);
        const pw = /One-time password for admin: (\S+)/.exec(reset.stdout)?.[1];
        expect(pw).toBeDefined();
        const rt = await openPlace(place);
        try {
          const signed = await rt.services.auth.login('admin', pw ?? '', { ip: null, userAgent: null, requestId: null });
          expect(signed.ok && signed.value.user.mustChangePassword).toBe(true);
          const users = await rt.services.users.list(systemActor(), 1, 10);
          const adminId = users.ok ? users.value.items.find((u) => u.username === 'admin')?.id : undefined;
          const history = await rt.services.audit.history('user', adminId ?? '');
          expect(history.map((e) => e.action)).toContain('user.password_reset');
        } finally {
          await rt.close();
        }

        const unknown = await wugong(place, ['users', 'reset-password', 'nobody']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('没有用户名为 nobody 的账户');

        // The parser's own refusals speak Chinese too, and exit 2 like every refusal (README).
        const missing = await wugong(place, ['users', 'reset-password']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("错误：缺少必需的参数 'username'");
        expect(missing.stderr).toContain('（加 --help 查看用法）');
        const typo = await wugong(place, ['user', '--lang', 'en']);
        expect(typo.code).toBe(2);
        expect(typo.stderr).toContain("error: unknown command 'user'");
        expect(typo.stderr).toContain('(Did you mean users?)');
      },
      T,
    );

    it(
      'imports as the named officer: progress lines without a terminal, the example row skipped, exit code 3 with the report written when rows are refused',
      async () => {
        const file = path.join(place.dir, '花名册.csv');
        fs.writeFileSync(file, peopleCsv(3, 1, { example: true }));
        const r = await wugong(place, ['import', 'people', file, '--as', 'duan_county']);
        expect(r.stderr).toMatch(/导入进度：\d+%，已读 \d+\/≈?\d+ 行，已写入 \d+ 行/);
        expect(r.stderr).toContain('导入进度：100%，已读 4/4 行，已写入 4 行');
        expect(r.stdout).toContain('导入完成，1 行未导入：共 4 行：新增 3，未变 0，更新 0，冲突 0，错误 1');
        expect(r.stdout).toContain(`错误报告（已遮蔽）：${file}.errors.xlsx`);
        expect(fs.existsSync(`${file}.errors.xlsx`)).toBe(true);
        expect(r.code).toBe(3);

        const rt = await openPlace(place);
        try {
          const officer = {
            userId: officerId,
            username: 'duan_county',
            role: 'county_officer' as const,
            jurisdiction: '451228',
            department: null,
            personId: null,
            enterpriseId: null,
            requestId: null,
          };
          const jobs = await rt.services.imports.list(officer, 1, 10);
          expect(jobs.ok && jobs.value.items.map((j) => [j.actorId, j.total, j.created])).toEqual([[officerId, 4, 3]]);
          // The template's example row (韦小明) was skipped: only the three good rows are registered.
          const people = await rt.db.kysely
            .selectFrom('people')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          expect(Number(people.n)).toBe(3);
        } finally {
          await rt.close();
        }

        const again = await wugong(place, ['import', 'people', file, '--lang', 'en']);
        expect(again.stdout).toContain('Import done, 1 row(s) refused: 4 rows: created 0, unchanged 3, updated 0, conflicts 0, errors 1');
        expect(again.code).toBe(3);

        const status = await wugong(place, ['import', 'status']);
        expect(status.code).toBe(0);
        expect(status.stdout).toMatch(/people {2}花名册\.csv {2}已完成 100%/);
      },
      T,
    );

    it(
      'refuses to create a key for a database that already holds data under one, and creates nothing',
      async () => {
        const elsewhere = fs.mkdtempSync(path.join(place.dir, 'wrong-'));
        const env =
          dialect === 'postgres'
            ? { WUGONG_DATA_DIR: elsewhere }
            : { WUGONG_DATA_DIR: elsewhere, WUGONG_DB_FILE: path.join(place.dir, 'wugong.db') };
        const r = await wugong(place, ['users', 'list'], env);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('这个数据库里已有用个人信息密钥加密的数据');
        expect(r.stderr).toContain('WUGONG_DATA_DIR');
        expect(fs.existsSync(path.join(elsewhere, 'wugong.key'))).toBe(false);
      },
      T,
    );
  });
}
