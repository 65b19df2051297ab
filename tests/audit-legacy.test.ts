/**
 * A database upgraded from the unkeyed chain: entries written with plain SHA-256 before migration
 * 0011 stay valid as the start of their chain; after the first keyed entry a plain one is tampering.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Migrator, sql, type Migration, type Selectable } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { openPostgres, openSqlite, type Db } from '../src/db/database.js';
import { migrationList } from '../src/db/migrations/index.js';
import { openRuntime, type Runtime } from '../src/runtime.js';
import { fixedClock } from '../src/core/clock.js';
import { systemActor } from '../src/modules/actor.js';
import type { AuditRow } from '../src/modules/audit/audit.table.js';
import { loadAnchor } from '../src/modules/audit/audit.anchor.js';
import { runAuditAnchor } from '../src/cli/audit.js';
import { availableDialects, pgUrl, TEST_KEY } from './helpers/runtime.js';

type Row = Selectable<AuditRow>;
const GENESIS = '0'.repeat(64);

function plainSha256(
  prev: string,
  r: Pick<
    Row,
    'province' | 'chain_seq' | 'at' | 'actor_id' | 'actor_role' | 'action' | 'entity_type' | 'entity_id' | 'details' | 'request_id'
  >,
): string {
  const canonical = JSON.stringify([
    r.province,
    r.chain_seq,
    r.at,
    r.actor_id,
    r.actor_role,
    r.action,
    r.entity_type,
    r.entity_id,
    r.details,
    r.request_id,
  ]);
  return crypto.createHash('sha256').update(prev).update(canonical).digest('hex');
}

/** Opens a database migrated only up to the migration before 0011 (the pre-keyed schema). */
async function openPreKeyed(dialect: 'sqlite' | 'postgres', dir: string): Promise<{ db: Db; schema: string | undefined }> {
  let schema: string | undefined;
  let db: Db;
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
  const migrations: Record<string, Migration> = {};
  for (const [name, factory] of migrationList) if (name < '0011') migrations[name] = factory(db.dialect);
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return { db, schema };
}

/** Three entries in chain 45 as the old code wrote them. */
async function writeLegacyChain(db: Db): Promise<void> {
  let prev = GENESIS;
  for (let seq = 1; seq <= 3; seq++) {
    const r = {
      province: '45',
      chain_seq: seq,
      at: `2026-11-27T0${seq}:00:00.000Z`,
      actor_id: 'u-old',
      actor_role: 'county_officer',
      action: 'person.updated',
      entity_type: 'person',
      entity_id: `p-${seq}`,
      details: '{"changed":["phone"]}',
      request_id: `old-${seq}`,
    };
    const hash = plainSha256(prev, r);
    await sql`insert into audit_log (province, chain_seq, at, actor_id, actor_role, action, entity_type, entity_id, details, request_id, prev_hash, hash)
      values (${r.province}, ${r.chain_seq}, ${r.at}, ${r.actor_id}, ${r.actor_role}, ${r.action}, ${r.entity_type}, ${r.entity_id}, ${r.details}, ${r.request_id}, ${prev}, ${hash})`.execute(
      db.kysely,
    );
    prev = hash;
  }
  await sql`insert into audit_heads (province, last_seq, last_hash) values ('45', 3, ${prev})`.execute(db.kysely);
}

for (const dialect of availableDialects()) {
  describe(`audit chain upgraded from plain SHA-256 [${dialect}]`, () => {
    let rt: Runtime;
    let dir = '';
    let schema: string | undefined;
    let original: Row[] = [];
    let head: { last_seq: number; last_hash: string; legacy_seq: number } | undefined;
    let anchorFile = '';

    async function chain(): Promise<Row[]> {
      return rt.db.kysely.selectFrom('audit_log').selectAll().where('province', '=', '45').orderBy('chain_seq').execute();
    }

    async function rehashPlain(rows: Row[], from: number): Promise<void> {
      for (let i = from; i < rows.length; i++) {
        const r = rows[i]!;
        r.prev_hash = i === 0 ? GENESIS : rows[i - 1]!.hash;
        r.hash = plainSha256(r.prev_hash, r);
        const { id, ...rest } = r;
        await rt.db.kysely.updateTable('audit_log').set(rest).where('id', '=', id).execute();
      }
      const last = rows[rows.length - 1]!;
      await rt.db.kysely
        .updateTable('audit_heads')
        .set({ last_seq: last.chain_seq, last_hash: last.hash })
        .where('province', '=', '45')
        .execute();
    }

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-legacy-'));
      const opened = await openPreKeyed(dialect, dir);
      schema = opened.schema;
      await writeLegacyChain(opened.db);
      const config: Config = {
        ...loadConfig({}),
        dataDir: dir,
        sqliteFile: path.join(dir, 'test.db'),
        keyFile: path.join(dir, 'key'),
        blobDir: path.join(dir, 'blobs'),
        key: TEST_KEY,
        demo: false,
        databaseUrl: dialect === 'postgres' ? pgUrl : undefined,
      };
      rt = await openRuntime(config, { db: opened.db, clock: fixedClock('2026-11-29T02:00:00.000Z') });
      for (const n of [4, 5]) {
        await rt.db.kysely
          .transaction()
          .execute((trx) =>
            rt.services.audit.record(
              trx,
              { ...systemActor(`new-${n}`), userId: 'u-new' },
              { province: '45', region: '451228', action: 'person.updated', entityType: 'person', entityId: `p-${n}` },
            ),
          );
      }
      original = await chain();
      head = await rt.db.kysely
        .selectFrom('audit_heads')
        .select(['last_seq', 'last_hash', 'legacy_seq'])
        .where('province', '=', '45')
        .executeTakeFirstOrThrow();
      anchorFile = path.join(dir, 'anchors.jsonl');
      expect((await runAuditAnchor(rt, anchorFile)).exitCode).toBe(0);
    });

    afterEach(async () => {
      await rt.db.kysely.deleteFrom('audit_log').where('province', '=', '45').execute();
      await rt.db.kysely.insertInto('audit_log').values(original).execute();
      if (head) await rt.db.kysely.updateTable('audit_heads').set(head).where('province', '=', '45').execute();
    });

    afterAll(async () => {
      await rt.close();
      if (schema) {
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("marks the old entries as plain SHA-256 and their count as the chain's legacy extent; the upgraded chain verifies", async () => {
      expect(original.map((r) => [r.chain_seq, r.alg])).toEqual([
        [1, 'sha256'],
        [2, 'sha256'],
        [3, 'sha256'],
        [4, 'hmac-sha256'],
        [5, 'hmac-sha256'],
      ]);
      expect(original.map((r) => r.region)).toEqual([null, null, null, '451228', '451228']);
      expect(head?.legacy_seq).toBe(3);
      const report = await rt.services.audit.verify();
      expect(report.problems).toEqual([]);
      expect(report.entries).toBe(5);
    });

    it('detects a legacy entry edited and the legacy part rehashed (the first keyed entry binds it)', async () => {
      const rows = original.map((r) => ({ ...r }));
      rows[1]!.details = '{"changed":["bankAccount"]}';
      await rehashPlain(rows.slice(0, 3), 1);
      await rt.db.kysely.updateTable('audit_log').set({ prev_hash: rows[2]!.hash }).where('id', '=', rows[3]!.id).execute();
      await rt.db.kysely
        .updateTable('audit_heads')
        .set(head ?? {})
        .where('province', '=', '45')
        .execute();
      const report = await rt.services.audit.verify();
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual(expect.objectContaining({ province: '45', chainSeq: 4, code: 'content_changed' }));
    });

    it('reports a keyed entry turned into a plain SHA-256 one as tampering', async () => {
      const rows = original.map((r) => ({ ...r }));
      rows[4] = { ...rows[4]!, alg: 'sha256', action: 'person.created' };
      await rehashPlain(rows, 4);
      const report = await rt.services.audit.verify();
      expect(report.problems).toContainEqual(expect.objectContaining({ province: '45', chainSeq: 5, code: 'legacy_after_keying' }));
    });

    it("reports a keyed entry turned plain even when the head's legacy extent was raised to cover it", async () => {
      const rows = original.map((r) => ({ ...r }));
      rows[4] = { ...rows[4]!, alg: 'sha256', action: 'person.created' };
      await rehashPlain(rows, 4);
      await rt.db.kysely.updateTable('audit_heads').set({ legacy_seq: 5 }).where('province', '=', '45').execute();
      const report = await rt.services.audit.verify();
      expect(report.problems).toContainEqual(expect.objectContaining({ province: '45', chainSeq: 5, code: 'legacy_after_keying' }));
    });

    it('reports a plain SHA-256 entry appended after the keyed ones as tampering', async () => {
      const last = original[4]!;
      const extra = {
        province: '45',
        chain_seq: 6,
        at: '2026-11-29T03:00:00.000Z',
        actor_id: 'u-x',
        actor_role: 'admin',
        action: 'person.updated',
        entity_type: 'person',
        entity_id: 'p-6',
        details: '{}',
        request_id: null,
        region: null,
        alg: 'sha256',
        prev_hash: last.hash,
      };
      const hash = plainSha256(last.hash, extra);
      await rt.db.kysely
        .insertInto('audit_log')
        .values({ ...extra, hash })
        .execute();
      await rt.db.kysely.updateTable('audit_heads').set({ last_seq: 6, last_hash: hash }).where('province', '=', '45').execute();
      const report = await rt.services.audit.verify();
      expect(report.problems).toContainEqual(expect.objectContaining({ province: '45', chainSeq: 6, code: 'legacy_after_keying' }));
    });

    it('needs the anchor to catch a whole chain rewritten as legacy with its legacy extent raised', async () => {
      const rows = original.map((r) => ({ ...r, alg: 'sha256' }));
      rows[3]!.action = 'person.created';
      await rehashPlain(rows, 3);
      await rt.db.kysely.updateTable('audit_heads').set({ legacy_seq: 5 }).where('province', '=', '45').execute();
      const report = await rt.services.audit.verify({ anchor: loadAnchor(anchorFile) });
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual(expect.objectContaining({ province: '45', chainSeq: 5, code: 'anchor_entry_changed' }));
      expect(report.problems).toContainEqual(expect.objectContaining({ province: '45', code: 'anchor_legacy_changed' }));
    });
  });
}
