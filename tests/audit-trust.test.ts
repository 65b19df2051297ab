/**
 * Issue 6, point 11 and the audit part of point 2: a keyed audit chain, anchors kept outside the
 * database, and audit reads under the same jurisdiction rule as the records they describe.
 *
 * An attacker here has write access to the database but not the master key. They edit, delete or
 * truncate entries and recompute the hashes with plain SHA-256 (the only hash they can compute);
 * with the real key (an insider on the server) only an anchor taken before the rewrite can tell.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { Selectable } from 'kysely';
import { describeEachDb, TEST_KEY, type Ctx } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { systemActor, type Actor, type Role } from '../src/modules/actor.js';
import type { AuditRow } from '../src/modules/audit/audit.table.js';
import type { AuditInput } from '../src/modules/audit/audit.service.js';
import { appendAnchor, loadAnchor } from '../src/modules/audit/audit.anchor.js';
import { runAuditAnchor, runAuditVerify } from '../src/cli/audit.js';
import { createPii } from '../src/crypto/pii.js';

type Row = Selectable<AuditRow>;

const tamperActor: Actor = {
  ...systemActor('req-1'),
  userId: 'u-tamper',
  username: 'tamper',
  role: 'county_officer',
  jurisdiction: '110101',
};

/** The pre-keyed hash, written here from decision 005 (not imported): sha256(prev ‖ JSON of the fields). */
function plainSha256(prev: string, r: Row): string {
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

async function record(c: Ctx, actor: Actor, input: AuditInput): Promise<void> {
  await c.rt.db.kysely.transaction().execute((trx) => c.rt.services.audit.record(trx, actor, input));
}

async function chain(c: Ctx, province: string): Promise<Row[]> {
  return c.rt.db.kysely.selectFrom('audit_log').selectAll().where('province', '=', province).orderBy('chain_seq').execute();
}

/** Rewrites rows (already changed in memory) from index `from` on: relinks and rehashes with plain SHA-256, moves the head. */
async function rehashPlain(c: Ctx, rows: Row[], from: number, keepFirstPrev = false): Promise<void> {
  for (let i = from; i < rows.length; i++) {
    const r = rows[i]!;
    if (!(keepFirstPrev && i === from)) r.prev_hash = i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash;
    r.hash = plainSha256(r.prev_hash, r);
    const { id, ...rest } = r;
    await c.rt.db.kysely.updateTable('audit_log').set(rest).where('id', '=', id).execute();
  }
  const last = rows[rows.length - 1]!;
  await c.rt.db.kysely
    .updateTable('audit_heads')
    .set({ last_seq: last.chain_seq, last_hash: last.hash })
    .where('province', '=', '11')
    .execute();
}

/** Every field the chain protects, with a tampered value for entry #3. */
const tamperings: Array<[keyof Row, string | number | null]> = [
  ['province', '12'],
  ['chain_seq', 30],
  ['at', '2026-11-28T02:00:00.001Z'],
  ['actor_id', 'u-someone-else'],
  ['actor_role', 'admin'],
  ['action', 'person.created'],
  ['entity_type', 'enterprise'],
  ['entity_id', 'p-other'],
  ['details', '{"field":"phone"}'],
  ['request_id', 'req-forged'],
  ['prev_hash', 'f'.repeat(64)],
  ['region', '110102'],
  ['alg', 'sha256'],
];

describeEachDb('audit chain keyed with a derived key', (ctx) => {
  let original: Row[] = [];
  let head: { last_seq: number; last_hash: string } | undefined;

  beforeAll(async () => {
    const c = ctx();
    for (let i = 1; i <= 5; i++) {
      await record(
        c,
        { ...tamperActor, requestId: `req-${i}` },
        {
          province: '11',
          region: '110101',
          action: 'person.reveal',
          entityType: 'person',
          entityId: `p-${i}`,
          details: { field: 'idNumber' },
        },
      );
      c.rt.clock.advance(1000);
    }
    original = await chain(c, '11');
    head = await c.rt.db.kysely
      .selectFrom('audit_heads')
      .select(['last_seq', 'last_hash'])
      .where('province', '=', '11')
      .executeTakeFirstOrThrow();
  });

  afterEach(async () => {
    const { kysely } = ctx().rt.db;
    await kysely.deleteFrom('audit_log').where('province', 'in', ['11', '12']).execute();
    await kysely.insertInto('audit_log').values(original).execute();
    if (head) await kysely.updateTable('audit_heads').set(head).where('province', '=', '11').execute();
  });

  it('writes entries marked as keyed, whose hash is not plain SHA-256, and verifies them', async () => {
    expect(original.map((r) => [r.chain_seq, r.alg, r.region])).toEqual([1, 2, 3, 4, 5].map((n) => [n, 'hmac-sha256', '110101']));
    for (const r of original) expect(r.hash).not.toBe(plainSha256(r.prev_hash, r));
    const report = await ctx().rt.services.audit.verify();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  for (const [field, value] of tamperings) {
    it(`detects ${field} changed on entry #3 without rehashing`, async () => {
      const c = ctx();
      await c.rt.db.kysely
        .updateTable('audit_log')
        .set({ [field]: value })
        .where('id', '=', original[2]!.id)
        .execute();
      const report = await c.rt.services.audit.verify();
      expect(report.ok).toBe(false);
      expect(report.problems.filter((p) => p.province === '11').map((p) => p.chainSeq)).toContain(3);
    });

    it(`detects ${field} changed on entry #3 and the chain rehashed with plain SHA-256`, async () => {
      const c = ctx();
      const rows = original.map((r) => ({ ...r }));
      Object.assign(rows[2]!, { [field]: value });
      await rehashPlain(c, rows, 2, field === 'prev_hash');
      const report = await c.rt.services.audit.verify();
      expect(report.ok).toBe(false);
      expect(report.problems.filter((p) => p.province === '11').map((p) => p.chainSeq)).toContain(3);
    });
  }

  it('detects a whole chain rewritten as legacy (plain SHA-256) entries after keyed hashing began', async () => {
    const c = ctx();
    const rows = original.map((r) => ({ ...r, alg: 'sha256' }));
    rows[1]!.action = 'person.created';
    await rehashPlain(c, rows, 0);
    const report = await c.rt.services.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ province: '11', chainSeq: 1, code: 'legacy_after_keying' }));
  });

  it('detects a middle entry deleted and the rest renumbered and relinked with plain SHA-256', async () => {
    const c = ctx();
    await c.rt.db.kysely.deleteFrom('audit_log').where('id', '=', original[2]!.id).execute();
    const rows = original.filter((_r, i) => i !== 2).map((r, i) => ({ ...r, chain_seq: i + 1 }));
    await rehashPlain(c, rows, 2);
    const report = await c.rt.services.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ province: '11', chainSeq: 3, code: 'content_changed' }));
  });

  it('detects a middle entry deleted and the next one relinked to its predecessor', async () => {
    const c = ctx();
    await c.rt.db.kysely.deleteFrom('audit_log').where('id', '=', original[2]!.id).execute();
    const rows = original.filter((_r, i) => i !== 2).map((r) => ({ ...r }));
    await rehashPlain(c, rows, 2);
    const report = await c.rt.services.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.province, p.chainSeq])).toContainEqual(['11', 3]);
  });

  it('derives keys by label with HKDF from the master key, distinct per label', () => {
    const master = Buffer.from(TEST_KEY, 'base64');
    const pii = createPii(master);
    const expected = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'wugong/derived/audit/chain', 32));
    expect(pii.deriveKey('audit/chain').equals(expected)).toBe(true);
    expect(pii.deriveKey('audit/anchor').equals(expected)).toBe(false);
    expect(pii.deriveKey('audit/chain')).toHaveLength(32);
    // existing encryption and blind indexes are unchanged by the new derivation
    expect(pii.blindIndex('id', '45122819900101123x')).toBe(
      crypto
        .createHmac('sha256', Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'wugong/pii/blind-index', 32)))
        .update('id:45122819900101123X')
        .digest('base64url')
        .slice(0, 32),
    );
  });
});

describeEachDb('audit anchors kept outside the database', (ctx) => {
  let original: Row[] = [];
  let head: { last_seq: number; last_hash: string } | undefined;
  let anchorFile = '';

  beforeAll(async () => {
    const c = ctx();
    for (let i = 1; i <= 5; i++) {
      await record(c, tamperActor, {
        province: '11',
        region: '110101',
        action: 'person.reveal',
        entityType: 'person',
        entityId: `p-${i}`,
        details: { field: 'phone' },
      });
    }
    await record(c, tamperActor, {
      province: '45',
      region: '451228',
      action: 'person.reveal',
      entityType: 'person',
      entityId: 'p-45',
      details: { field: 'phone' },
    });
    original = await chain(c, '11');
    head = await c.rt.db.kysely
      .selectFrom('audit_heads')
      .select(['last_seq', 'last_hash'])
      .where('province', '=', '11')
      .executeTakeFirstOrThrow();
    anchorFile = path.join(c.rt.dir, 'off-site', 'anchors.jsonl');
    const anchored = await runAuditAnchor(c.rt, anchorFile);
    expect(anchored.exitCode).toBe(0);
  });

  afterEach(async () => {
    const { kysely } = ctx().rt.db;
    await kysely.deleteFrom('audit_log').where('province', '=', '11').execute();
    await kysely.insertInto('audit_log').values(original).execute();
    if (head) await kysely.updateTable('audit_heads').set(head).where('province', '=', '11').execute();
  });

  it('writes the heads (province, seq, hash, time) with a MAC to a log outside the database, Chinese first', async () => {
    const c = ctx();
    const loaded = loadAnchor(anchorFile);
    expect(loaded.state).toBe('ok');
    if (loaded.state !== 'ok') return;
    expect(loaded.anchor.at).toBe(c.rt.clock.now().toISOString());
    expect(loaded.anchor.heads).toContainEqual(expect.objectContaining({ province: '11', seq: 5, hash: original[4]!.hash }));
    expect(loaded.anchor.heads).toContainEqual(expect.objectContaining({ province: '45', seq: expect.any(Number) }));
    expect(loaded.anchor.mac).toMatch(/^[0-9a-f]{64}$/);
    const verified = await runAuditVerify(c.rt, anchorFile);
    expect(verified.exitCode).toBe(0);
    expect(verified.text.split('\n')[0]).toMatch(/^审计链校验/);
  });

  it('appends: the log keeps every anchor and verify reads the latest', async () => {
    const c = ctx();
    const file = path.join(c.rt.dir, 'twice.jsonl');
    await runAuditAnchor(c.rt, file);
    await record(c, tamperActor, {
      province: '45',
      region: '451228',
      action: 'person.reveal',
      entityType: 'person',
      entityId: 'p-45b',
      details: { field: 'phone' },
    });
    await runAuditAnchor(c.rt, file);
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    const latest = loadAnchor(file);
    const h45 = await c.rt.db.kysely.selectFrom('audit_heads').select('last_seq').where('province', '=', '45').executeTakeFirstOrThrow();
    expect(latest.state === 'ok' && latest.anchor.heads.find((h) => h.province === '45')?.seq).toBe(h45.last_seq);
  });

  it('catches a truncated chain whose head was moved back (the chain alone verifies)', async () => {
    const c = ctx();
    await c.rt.db.kysely.deleteFrom('audit_log').where('province', '=', '11').where('chain_seq', '>', 3).execute();
    await c.rt.db.kysely
      .updateTable('audit_heads')
      .set({ last_seq: 3, last_hash: original[2]!.hash })
      .where('province', '=', '11')
      .execute();
    expect((await c.rt.services.audit.verify()).ok).toBe(true);
    const report = await c.rt.services.audit.verify({ anchor: loadAnchor(anchorFile) });
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ province: '11', chainSeq: 5, code: 'anchor_chain_shorter' }));
    const cli = await runAuditVerify(c.rt, anchorFile);
    expect(cli.exitCode).toBe(3);
    expect(cli.text).toContain('比锚定时短');
  });

  it('catches a chain truncated and rewritten with the real key to the same length', async () => {
    const c = ctx();
    await c.rt.db.kysely.deleteFrom('audit_log').where('province', '=', '11').where('chain_seq', '>', 2).execute();
    await c.rt.db.kysely
      .updateTable('audit_heads')
      .set({ last_seq: 2, last_hash: original[1]!.hash })
      .where('province', '=', '11')
      .execute();
    for (let i = 3; i <= 5; i++)
      await record(c, tamperActor, {
        province: '11',
        region: '110101',
        action: 'person.updated',
        entityType: 'person',
        entityId: `p-${i}`,
      });
    expect((await c.rt.services.audit.verify()).ok).toBe(true);
    const report = await c.rt.services.audit.verify({ anchor: loadAnchor(anchorFile) });
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ province: '11', chainSeq: 5, code: 'anchor_entry_changed' }));
  });

  it('refuses an anchor whose heads were edited (MAC) and an unreadable anchor log', async () => {
    const c = ctx();
    const loaded = loadAnchor(anchorFile);
    if (loaded.state !== 'ok') throw new Error('anchor missing');
    const forged = {
      ...loaded.anchor,
      heads: loaded.anchor.heads.map((h) => (h.province === '11' ? { ...h, seq: 3, hash: original[2]!.hash } : h)),
    };
    const forgedFile = path.join(c.rt.dir, 'forged.jsonl');
    appendAnchor(forgedFile, forged);
    const report = await c.rt.services.audit.verify({ anchor: loadAnchor(forgedFile) });
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'anchor_invalid' }));
    const junk = path.join(c.rt.dir, 'junk.jsonl');
    fs.writeFileSync(junk, '{"not":"an anchor"}\n');
    const bad = await c.rt.services.audit.verify({ anchor: loadAnchor(junk) });
    expect(bad.problems).toContainEqual(expect.objectContaining({ code: 'anchor_invalid' }));
  });

  it('does not anchor a chain that fails verification', async () => {
    const c = ctx();
    await c.rt.db.kysely.updateTable('audit_log').set({ action: 'person.created' }).where('id', '=', original[1]!.id).execute();
    const file = path.join(c.rt.dir, 'refused.jsonl');
    const r = await runAuditAnchor(c.rt, file);
    expect(r.exitCode).toBe(3);
    expect(fs.existsSync(file)).toBe(false);
  });
});

/** The read-scope fixtures: one entry each, named by what it describes. */
const fixtures: Array<[name: string, province: string, region: string | null]> = [
  ['national', '00', null], // a national account's sign-in
  ['national-with-region', '00', '451228'], // a national administrator's export filtered to a county
  ['duan', '45', '451228'], // a person in 都安 county
  ['duan-township', '45', '451228100'], // a record of a township of 都安
  ['dahua', '45', '451229'], // the next county in the same prefecture and province
  ['nanning', '45', '450102'], // another prefecture of the same province
  ['gx-no-region', '45', null], // an entry from before regions were recorded
  ['dongguan', '44', '441900'],
  ['gd-no-region', '44', null],
];

const readers: Array<[role: Role, jurisdiction: string, sees: string[]]> = [
  ['admin', '', fixtures.map((f) => f[0])],
  ['auditor', '', fixtures.map((f) => f[0])],
  ['county_officer', '', ['duan', 'duan-township', 'dahua', 'nanning', 'gx-no-region', 'dongguan', 'gd-no-region']],
  ['auditor', '45', ['duan', 'duan-township', 'dahua', 'nanning', 'gx-no-region']],
  ['auditor', '4512', ['duan', 'duan-township', 'dahua']],
  ['county_officer', '451228', ['duan', 'duan-township']],
  ['auditor', '451228100', ['duan-township']],
  ['county_officer', '451229', ['dahua']],
  ['auditor', '44', ['dongguan', 'gd-no-region']],
];

describeEachDb("audit reads under the records' jurisdiction", (ctx) => {
  const sessions = new Map<string, SessionHeaders>();

  beforeAll(async () => {
    const c = ctx();
    for (const [name, province, region] of fixtures) {
      await record(c, tamperActor, { province, region, action: 'fixture.seen', entityType: 'fixture', entityId: name });
    }
    for (const [role, jurisdiction] of readers) {
      sessions.set(`${role}@${jurisdiction}`, (await userSession(c.app, c.rt, role, jurisdiction)).headers);
    }
  });

  for (const [role, jurisdiction, sees] of readers) {
    it(`${role} of '${jurisdiction}' reads exactly ${sees.length} of the ${fixtures.length} entries`, async () => {
      const res = await ctx().app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=fixture.seen&pageSize=100',
        headers: sessions.get(`${role}@${jurisdiction}`),
      });
      expect(res.statusCode).toBe(200);
      const body: { items: Array<{ entityId: string; region: string | null }>; total: number } = res.json();
      expect(body.items.map((e) => e.entityId).sort()).toEqual([...sees].sort());
      expect(body.total).toBe(sees.length);
    });
  }

  it('answers the region of each entry', async () => {
    const res = await ctx().app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=fixture.seen&pageSize=100',
      headers: sessions.get('auditor@451228100'),
    });
    expect(res.json().items).toEqual([expect.objectContaining({ entityId: 'duan-township', region: '451228100', province: '45' })]);
  });
});
