/**
 * Readable numbers (decision 170): the printed place from a division's name, the format, and
 * allocation inside the caller's unit of work on both databases — many concurrent writes, some of
 * which roll back after taking a number, leave the committed numbers 1…n without a duplicate or a
 * gap; the Beijing year starts a new sequence. Migration 0015 numbers existing rows in the order they
 * were made and leaves the counters where new records continue.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Migrator, sql, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNumbering, currentSequence, formatNumber, placeLabel, shortPlaceName } from '../src/modules/kernel/index.js';
import { divisionName } from '../src/modules/regions/index.js';
import { systemActor } from '../src/modules/actor.js';
import { ok, refuse } from '../src/core/result.js';
import { openPostgres, openSqlite, type Db } from '../src/db/database.js';
import { migrationList } from '../src/db/migrations/index.js';
import { availableDialects, openTestRuntime, pgUrl, type TestRuntime } from './helpers/runtime.js';

describe('printed place and format', () => {
  it.each([
    ['都安瑶族自治县', '都安'],
    ['环江毛南族自治县', '环江'],
    ['龙胜各族自治县', '龙胜'],
    ['罗城仫佬族自治县', '罗城'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
    ['巴音郭楞蒙古自治州', '巴音郭楞'],
    ['临夏回族自治州', '临夏'],
    ['河池市', '河池'],
    ['金城江区', '金城江'],
    ['和田地区', '和田'],
    ['马山县', '马山'],
    ['城区', '城区'],
    ['矿区', '矿区'],
  ])('%s → %s', (name, short) => {
    expect(shortPlaceName(name)).toBe(short);
  });

  it('names the county of a township code, the whole country for "", and keeps an unknown code', () => {
    expect(placeLabel('451228', divisionName)).toBe('都安');
    expect(placeLabel('45', divisionName)).toBe('广西');
    expect(placeLabel('', divisionName)).toBe('全国');
    expect(placeLabel('999999', divisionName)).toBe('999999');
    const numbering = createNumbering({ placeName: divisionName });
    expect(numbering.label('451228100')).toBe('都安');
    expect(numbering.label('4512')).toBe('河池');
  });

  it('pads the sequence to six digits and lets a longer one grow', () => {
    expect(formatNumber('都安', 2026, '', 123)).toBe('都安-2026-000123');
    expect(formatNumber('都安', 2026, '付', 45)).toBe('都安-2026-付000045');
    expect(formatNumber('都安', 2026, '', 1234567)).toBe('都安-2026-1234567');
  });
});

for (const dialect of availableDialects())
  describe(`numbering inside the unit of work [${dialect}]`, () => {
    let runtime: TestRuntime | undefined;
    beforeAll(async () => {
      runtime = await openTestRuntime(dialect);
    });
    afterAll(async () => {
      await runtime?.close();
    });
    const ctx = () => {
      if (!runtime) throw new Error('runtime');
      return { rt: runtime };
    };
    const numbering = createNumbering({ placeName: divisionName });
    const CALLS = 40;

    it(`${dialect}: ${CALLS} concurrent writes, every fourth rolled back after taking a number: committed numbers are 1…30, no duplicate, no gap`, async () => {
      const { rt } = ctx();
      const answers = await Promise.all(
        Array.from({ length: CALLS }, (_, i) =>
          rt.services.uow.write(systemActor(), async (w) => {
            const n = await numbering.allocate(w.trx, { kind: 'test', region: '451228100', on: '2026-03-01' });
            await w.audit({
              province: '45',
              region: '451228',
              action: 'test.numbered',
              entityType: 'test',
              entityId: null,
              details: { n },
            });
            return i % 4 === 3 ? refuse('conflict') : ok(n);
          }),
        ),
      );
      const committed = answers.flatMap((a) => (a.ok ? [a.value] : []));
      expect(committed).toHaveLength(30);
      expect(answers.filter((a) => !a.ok)).toHaveLength(10);
      const expected = Array.from({ length: 30 }, (_, i) => formatNumber('都安', 2026, '', i + 1));
      expect([...committed].sort()).toEqual(expected);
      expect(await currentSequence(rt.db.kysely, { kind: 'test', scope: '都安', year: 2026 })).toBe(30);
    });

    it(`${dialect}: a new year, another county and another kind each start at 1`, async () => {
      const { rt } = ctx();
      const take = (kind: string, region: string, on: string, mark?: string) =>
        rt.services.uow.write(systemActor(), async (w) => {
          const n = await numbering.allocate(w.trx, { kind, region, on, ...(mark ? { mark } : {}) });
          await w.audit({ province: '45', region, action: 'test.numbered', entityType: 'test', entityId: null, details: { n } });
          return ok(n);
        });
      expect(await take('test', '451228', '2026-12-31')).toEqual({ ok: true, value: '都安-2026-000031' });
      expect(await take('test', '451228', '2027-01-01')).toEqual({ ok: true, value: '都安-2027-000001' });
      expect(await take('test', '451229', '2026-12-31')).toEqual({ ok: true, value: '大化-2026-000001' });
      expect(await take('payment', '451228', '2026-12-31', '付')).toEqual({ ok: true, value: '都安-2026-付000001' });
    });
  });

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

const AT = '2026-01-01T00:00:00.000Z';

async function claim(db: Db, id: string, region: string, createdAt: string): Promise<void> {
  await sql`insert into claims (id, province, region, program_id, person_id, enterprise_id, submitted_by, channel, status, as_of, facts, decision, version, created_at, updated_at)
    values (${id}, '45', ${region}, 'entrepreneurship-subsidy', 'p1', null, 'u1', 'officer', 'approved', '2026-01-01', '{}', '{}', 1, ${createdAt}, ${createdAt})`.execute(
    db.kysely,
  );
}

async function entry(db: Db, id: string, claimId: string, createdAt: string, family: string): Promise<void> {
  await sql`insert into payment_entries (id, province, claim_id, person_id, program_id, instalment, kind, amount_fen, idempotency_key, family_key, attempt, reverses_entry_id, created_at, created_by)
    values (${id}, '45', ${claimId}, 'p1', 'entrepreneurship-subsidy', ${family.split('|')[2] ?? ''}, 'payment', 500000, ${family}, ${family}, 1, null, ${createdAt}, null)`.execute(
    db.kysely,
  );
}

for (const dialect of availableDialects()) {
  describe(`migration 0015 numbers existing rows [${dialect}]`, () => {
    let db: Db;
    let schema: string | undefined;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-numbers-migration-'));

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
      await migrate(db, schema, (name) => name < '0015');
      await sql`insert into people (id, province, name, name_pinyin, name_initials, id_enc, id_index, sex, birth_date, hukou_code, created_at, updated_at)
        values ('p1', '45', '韦迁移', 'weiqianyi', 'wqy', 'enc', 'idx', 'male', '1990-01-01', '451228100', ${AT}, ${AT})`.execute(
        db.kysely,
      );
      // 23:59 on 31 December in Beijing is still 2025; 00:30 on 1 January is 2026 (UTC 16:30 the day before).
      await claim(db, 'c-2025', '451228100', '2025-12-31T15:59:00.000Z');
      await claim(db, 'c-2026-b', '451228100', '2025-12-31T16:30:00.000Z');
      await claim(db, 'c-2026-a', '451228101', '2025-12-31T16:30:00.000Z');
      await claim(db, 'c-2026-c', '451228', '2026-02-01T00:00:00.000Z');
      await claim(db, 'c-dahua', '451229100', '2026-02-01T00:00:00.000Z');
      await entry(db, 'e-1', 'c-2026-c', '2026-02-02T00:00:00.000Z', 'p1|entrepreneurship-subsidy|advance');
      await entry(db, 'e-2', 'c-dahua', '2026-02-02T00:00:00.000Z', 'p1|entrepreneurship-subsidy|balance');
      await sql`insert into payment_batches (id, province, region, entry_count, total_fen, created_by, created_at, reconciled_at, reconciliation_hash)
        values ('b-1', '45', '4512', 2, 1000000, null, '2026-02-03T00:00:00.000Z', null, null)`.execute(db.kysely);
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

    it('numbers claims per county and Beijing year in the order they were made (time, then id)', async () => {
      const rows = await sql<{ id: string; number: string }>`select id, number from claims order by id`.execute(db.kysely);
      expect(Object.fromEntries(rows.rows.map((r) => [r.id, r.number]))).toEqual({
        'c-2025': '都安-2025-000001',
        'c-2026-a': '都安-2026-000001',
        'c-2026-b': '都安-2026-000002',
        'c-2026-c': '都安-2026-000003',
        'c-dahua': '大化-2026-000001',
      });
    });

    it('numbers ledger entries after their claim county (the append-only guard is back afterwards) and batches after their region', async () => {
      const entries = await sql<{ id: string; number: string }>`select id, number from payment_entries order by id`.execute(db.kysely);
      expect(entries.rows.map((r) => r.number)).toEqual(['都安-2026-付000001', '大化-2026-付000001']);
      await expect(sql`update payment_entries set amount_fen = 1 where id = 'e-1'`.execute(db.kysely)).rejects.toThrow(/append-only/);
      const batch = await sql<{ number: string }>`select number from payment_batches`.execute(db.kysely);
      expect(batch.rows[0]?.number).toBe('河池-2026-批000001');
    });

    it('leaves the counters where the next record continues, and refuses a duplicate number', async () => {
      const numbering = createNumbering({ placeName: divisionName });
      const next = await db.kysely
        .transaction()
        .execute((trx) => numbering.allocate(trx, { kind: 'claim', region: '451228', on: '2026-05-01' }));
      expect(next).toBe('都安-2026-000004');
      await expect(sql`update claims set number = '都安-2026-000001' where id = 'c-2026-b'`.execute(db.kysely)).rejects.toThrow();
    });
  });
}
