/**
 * Migration 0010 on a database with bindings made under the old rule (decisions 105, 106): an account
 * bound by ID number and name (its login phone is not the record's) becomes a pending binding request
 * and is unbound; of several accounts on one record, the one signing in by the record's phone keeps
 * it, else the earliest; then the database holds one account per record.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Migrator, sql, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../src/db/database.js';
import { migrationList } from '../src/db/migrations/index.js';
import { availableDialects, pgUrl } from './helpers/runtime.js';

const AT = '2026-01-01T00:00:00.000Z';

async function migrate(db: Db, schema: string | undefined, upTo: (name: string) => boolean): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const [name, factory] of migrationList) if (upTo(name)) migrations[name] = factory(db.dialect);
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

async function person(db: Db, id: string, phoneIndex: string | null): Promise<void> {
  await sql`insert into people (id, province, name, name_pinyin, name_initials, id_enc, id_index, sex, birth_date, phone_index, hukou_code, residence_code, created_at, updated_at)
    values (${id}, '45', ${`姓名${id}`}, 'xingming', 'xm', ${`enc-${id}`}, ${`idx-${id}`}, 'male', '1990-01-01', ${phoneIndex}, '451228100', '441900101', ${AT}, ${AT})`.execute(
    db.kysely,
  );
}

async function user(db: Db, id: string, personId: string, createdAt: string, loginPhoneIndex?: string): Promise<void> {
  await sql`insert into users (id, username, display_name, role, jurisdiction, person_id, password_hash, created_at, updated_at)
    values (${id}, ${`u-${id}`}, ${id}, 'worker', '', ${personId}, 'x', ${createdAt}, ${createdAt})`.execute(db.kysely);
  if (loginPhoneIndex) {
    await sql`insert into worker_logins (phone_index, user_id, phone_enc, created_at) values (${loginPhoneIndex}, ${id}, 'enc-phone', ${createdAt})`.execute(
      db.kysely,
    );
  }
}

for (const dialect of availableDialects()) {
  describe(`migration 0010 on bindings made by ID number and name [${dialect}]`, () => {
    let db: Db;
    let schema: string | undefined;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-binding-migration-'));

    beforeAll(async () => {
      if (dialect === 'postgres') {
        schema = `t_${crypto.randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        db = openPostgres(pgUrl ?? '', { searchPath: schema, max: 4 });
      } else {
        db = openSqlite(path.join(dir, 'test.db'));
      }
      await migrate(db, schema, (name) => name < '0010');
      await person(db, 'p-phone', 'PH1');
      await person(db, 'p-named', 'PHX');
      await person(db, 'p-nophone', null);
      await person(db, 'p-staff', null);
      // p-phone: an earlier account created by an administrator, and the worker who signs in with the record's phone.
      await user(db, 'admin-made', 'p-phone', '2025-12-01T00:00:00.000Z');
      await user(db, 'by-phone', 'p-phone', '2026-02-01T00:00:00.000Z', 'PH1');
      await user(db, 'by-name', 'p-named', '2026-02-02T00:00:00.000Z', 'PH2');
      await user(db, 'no-phone', 'p-nophone', '2026-02-03T00:00:00.000Z', 'PH3');
      await user(db, 'first', 'p-staff', '2026-03-01T00:00:00.000Z');
      await user(db, 'second', 'p-staff', '2026-03-02T00:00:00.000Z');
      await migrate(db, schema, () => true);
    });

    afterAll(async () => {
      await db.destroy();
      if (schema) {
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('keeps phone bindings, turns ID-and-name bindings into pending requests, leaves one account per record', async () => {
      const users = await db.kysely.selectFrom('users').select(['id', 'person_id']).orderBy('id').execute();
      expect(users).toEqual([
        { id: 'admin-made', person_id: null },
        { id: 'by-name', person_id: null },
        { id: 'by-phone', person_id: 'p-phone' },
        { id: 'first', person_id: 'p-staff' },
        { id: 'no-phone', person_id: null },
        { id: 'second', person_id: null },
      ]);
      const requests = await db.kysely
        .selectFrom('worker_binding_requests')
        .select(['id', 'user_id', 'status', 'person_id', 'province', 'hukou_code', 'residence_code', 'id_enc'])
        .orderBy('id')
        .execute();
      expect(requests).toEqual([
        {
          id: 'migrated-by-name',
          user_id: 'by-name',
          status: 'pending',
          person_id: 'p-named',
          province: '45',
          hukou_code: '451228100',
          residence_code: '441900101',
          id_enc: 'enc-p-named',
        },
        {
          id: 'migrated-no-phone',
          user_id: 'no-phone',
          status: 'pending',
          person_id: 'p-nophone',
          province: '45',
          hukou_code: '451228100',
          residence_code: '441900101',
          id_enc: 'enc-p-nophone',
        },
      ]);
    });

    it('the database then refuses a second account on a record', async () => {
      await expect(db.kysely.updateTable('users').set({ person_id: 'p-phone' }).where('id', '=', 'admin-made').execute()).rejects.toThrow(
        dialect === 'postgres' ? /users_person_unique/ : /UNIQUE constraint failed: users\.person_id/,
      );
    });
  });
}
