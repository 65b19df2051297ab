/**
 * The audit service's edges that the tamper suites do not reach (the survivors of the `audit-db`
 * mutation run): details that are not an object, a chain begun while a check runs, anchors stating
 * a changed legacy extent, an empty chain or a head moved back, the anchor's state in the report,
 * the refusal to anchor with every problem named, and an empty region stored as none.
 */
import crypto from 'node:crypto';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDb, TEST_KEY, type Ctx } from './helpers/runtime.js';
import { systemActor, type Actor } from '../src/modules/actor.js';
import type { Database } from '../src/db/schema.js';
import { createAuditService, type AuditInput } from '../src/modules/audit/audit.service.js';
import { ANCHOR_FORMAT, ANCHOR_KEY_LABEL, anchorMac, type AnchorHead, type AuditAnchor } from '../src/modules/audit/audit.anchor.js';
import { createPii } from '../src/crypto/pii.js';

const actor: Actor = { ...systemActor('req-v'), userId: 'u-v', username: 'v', role: 'county_officer', jurisdiction: '130102' };
const pii = createPii(Buffer.from(TEST_KEY, 'base64'));
const GENESIS = '0'.repeat(64);

async function record(c: Ctx, input: AuditInput): Promise<void> {
  await c.rt.db.kysely.transaction().execute((trx) => c.rt.services.audit.record(trx, actor, input));
}

/** An anchor stating these heads, signed with the anchor key derived from the test key (as `wugong audit anchor` would). */
function signedAnchor(heads: AnchorHead[]): AuditAnchor {
  const body = { format: ANCHOR_FORMAT, at: '2026-11-28T02:00:00.000Z', keyFingerprint: pii.fingerprint, heads } as const;
  return { ...body, mac: anchorMac(pii.deriveKey(ANCHOR_KEY_LABEL), body) };
}

const entry = (n: number): AuditInput => ({
  province: '13',
  region: '130102',
  action: 'person.reveal',
  entityType: 'person',
  entityId: `p-13-${n}`,
  details: { field: 'phone' },
});

describeEachDb('audit service edges', (ctx) => {
  let heads: Array<{ province: string; last_seq: number; last_hash: string; legacy_seq: number }> = [];

  beforeAll(async () => {
    const c = ctx();
    for (let n = 1; n <= 3; n++) await record(c, entry(n));
    heads = await c.rt.db.kysely.selectFrom('audit_heads').selectAll().execute();
  });

  afterEach(async () => {
    const { kysely } = ctx().rt.db;
    await kysely.deleteFrom('audit_log').where('province', 'not in', ['13']).execute();
    await kysely.deleteFrom('audit_heads').execute();
    await kysely.insertInto('audit_heads').values(heads).execute();
  });

  it('answers details that are not a JSON object as no details, and an object as itself', async () => {
    const c = ctx();
    const cases: Array<[string, unknown]> = [
      ['null', {}],
      ['[1,2]', {}],
      ['5', {}],
      ['"text"', {}],
      ['{"field":"phone","n":2}', { field: 'phone', n: 2 }],
    ];
    for (const [i, [stored, shown]] of cases.entries()) {
      await record(c, { province: '14', region: '130102', action: 'x.seen', entityType: 'detail', entityId: `d-${i}` });
      await c.rt.db.kysely.updateTable('audit_log').set({ details: stored }).where('entity_id', '=', `d-${i}`).execute();
      const [e] = await c.rt.services.audit.history('detail', `d-${i}`);
      expect(e?.details, stored).toEqual(shown);
    }
  });

  it('stores an empty region as none, so only national and province readers see the entry', async () => {
    const c = ctx();
    await record(c, { province: '14', region: '', action: 'x.seen', entityType: 'region', entityId: 'r-empty' });
    await record(c, { province: '14', action: 'x.seen', entityType: 'region', entityId: 'r-left-out' });
    const rows = await c.rt.db.kysely.selectFrom('audit_log').select(['entity_id', 'region']).where('entity_type', '=', 'region').execute();
    expect(rows.map((r) => [r.entity_id, r.region]).sort()).toEqual([
      ['r-empty', null],
      ['r-left-out', null],
    ]);
  });

  it('reports a chain without a head, but not one begun (head and entries) while the check ran', async () => {
    const c = ctx();
    await record(c, { province: '15', region: '150102', action: 'x.seen', entityType: 'late', entityId: 'l-1' });
    // The first read of the heads does not see chain 15 yet, as if its first entry committed just after.
    let headReads = 0;
    const kysely = new Proxy(c.rt.db.kysely, {
      get(target, prop, receiver) {
        if (prop !== 'selectFrom') return Reflect.get(target, prop, receiver) as unknown;
        return (table: 'audit_heads' | 'audit_log') =>
          table === 'audit_heads' && headReads++ === 0
            ? target.selectFrom('audit_heads').where('province', '<>', '15')
            : target.selectFrom(table);
      },
    }) as Kysely<Database>;
    const late = createAuditService({ db: { ...c.rt.db, kysely }, clock: c.rt.clock, pii, config: c.rt.config });
    const report = await late.verify();
    expect(headReads).toBe(2);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);

    await c.rt.db.kysely.deleteFrom('audit_heads').where('province', '=', '15').execute();
    const missing = await c.rt.services.audit.verify();
    expect(missing.problems).toEqual([expect.objectContaining({ province: '15', chainSeq: 0, code: 'head_missing' })]);
  });

  it('reports the anchor it checked: none, a malformed log, or the time of the anchor', async () => {
    const { audit } = ctx().rt.services;
    expect((await audit.verify()).anchor).toEqual({ state: 'none', file: null, at: null });
    expect((await audit.verify({ anchor: { state: 'none', file: '/off-site/a.jsonl' } })).anchor).toEqual({
      state: 'none',
      file: '/off-site/a.jsonl',
      at: null,
    });
    const malformed = await audit.verify({ anchor: { state: 'malformed', file: '/off-site/b.jsonl', why: 'line 2' } });
    expect(malformed.anchor).toEqual({ state: 'malformed', file: '/off-site/b.jsonl', at: null });
    expect(malformed.problems).toEqual([expect.objectContaining({ province: '*', chainSeq: 0, code: 'anchor_invalid' })]);
    expect(malformed.ok).toBe(false);
    const h = heads.find((x) => x.province === '13')!;
    const good = signedAnchor([{ province: '13', seq: h.last_seq, hash: h.last_hash, legacySeq: 0 }]);
    const checked = await audit.verify({ anchor: { state: 'ok', file: '/off-site/c.jsonl', anchor: good } });
    expect(checked).toMatchObject({ ok: true, chains: 1, entries: 3, problems: [] });
    expect(checked.anchor).toEqual({ state: 'checked', file: '/off-site/c.jsonl', at: '2026-11-28T02:00:00.000Z' });
  });

  it('reports a legacy extent changed since the anchor, under the anchored extent', async () => {
    const c = ctx();
    const h = heads.find((x) => x.province === '13')!;
    const anchor = signedAnchor([{ province: '13', seq: h.last_seq, hash: h.last_hash, legacySeq: 2 }]);
    const report = await c.rt.services.audit.verify({ anchor: { state: 'ok', file: 'a', anchor } });
    expect(report.problems).toEqual([expect.objectContaining({ province: '13', chainSeq: 2, code: 'anchor_legacy_changed' })]);
  });

  it('takes an anchored empty chain (seq 0) as nothing to check, even when the chain is gone', async () => {
    const c = ctx();
    const h = heads.find((x) => x.province === '13')!;
    const anchor = signedAnchor([
      { province: '13', seq: h.last_seq, hash: h.last_hash, legacySeq: 0 },
      { province: '16', seq: 0, hash: GENESIS, legacySeq: 0 },
    ]);
    const report = await c.rt.services.audit.verify({ anchor: { state: 'ok', file: 'a', anchor } });
    expect(report.problems).toEqual([]);
  });

  it('reports a chain shorter than its anchor when the head was moved back with the entries kept, and when the head is gone', async () => {
    const c = ctx();
    const h = heads.find((x) => x.province === '13')!;
    const anchor = signedAnchor([{ province: '13', seq: h.last_seq, hash: h.last_hash, legacySeq: 0 }]);
    const second = await c.rt.db.kysely
      .selectFrom('audit_log')
      .select('hash')
      .where('province', '=', '13')
      .where('chain_seq', '=', 2)
      .executeTakeFirstOrThrow();
    await c.rt.db.kysely.updateTable('audit_heads').set({ last_seq: 2, last_hash: second.hash }).where('province', '=', '13').execute();
    const moved = await c.rt.services.audit.verify({ anchor: { state: 'ok', file: 'a', anchor } });
    expect(moved.problems).toContainEqual(expect.objectContaining({ province: '13', chainSeq: 3, code: 'anchor_chain_shorter' }));

    await c.rt.db.kysely.deleteFrom('audit_heads').where('province', '=', '13').execute();
    const gone = await c.rt.services.audit.verify({ anchor: { state: 'ok', file: 'a', anchor } });
    expect(gone.problems).toContainEqual(expect.objectContaining({ province: '13', chainSeq: 3, code: 'anchor_chain_shorter' }));
  });

  it('refuses to anchor a broken chain, naming each problem by chain and entry', async () => {
    const c = ctx();
    await c.rt.db.kysely
      .updateTable('audit_log')
      .set({ action: 'person.created' })
      .where('province', '=', '13')
      .where('chain_seq', '=', 2)
      .execute();
    const r = await c.rt.services.audit.anchor();
    await c.rt.db.kysely
      .updateTable('audit_log')
      .set({ action: 'person.reveal' })
      .where('province', '=', '13')
      .where('chain_seq', '=', 2)
      .execute();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('audit_chain_broken');
    expect(r.reason.errors?.[0]).toEqual({
      path: '13#2',
      code: 'content_changed',
      message: { zh: '条目内容被改动', en: 'entry content changed' },
    });
  });

  it('anchors exactly the verified heads, with the time, the key fingerprint and a MAC that checks', async () => {
    const c = ctx();
    const r = await c.rt.services.audit.anchor();
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const h = heads.find((x) => x.province === '13')!;
    expect(r.value.format).toBe(ANCHOR_FORMAT);
    expect(r.value.at).toBe(c.rt.clock.now().toISOString());
    expect(r.value.keyFingerprint).toBe(pii.fingerprint);
    expect(r.value.heads).toEqual([{ province: '13', seq: h.last_seq, hash: h.last_hash, legacySeq: 0 }]);
    const { mac, ...body } = r.value;
    // The MAC over [format, at, fingerprint, heads as tuples] (decision 111), computed here by hand.
    const canonical = JSON.stringify([body.format, body.at, body.keyFingerprint, [['13', h.last_seq, h.last_hash, 0]]]);
    expect(mac).toBe(crypto.createHmac('sha256', pii.deriveKey(ANCHOR_KEY_LABEL)).update(canonical).digest('hex'));
  });

  it('answers a record history newest first, up to the limit asked', async () => {
    const c = ctx();
    for (let n = 1; n <= 3; n++) await record(c, { province: '14', action: `x.step${n}`, entityType: 'hist', entityId: 'h-1' });
    const all = await c.rt.services.audit.history('hist', 'h-1');
    expect(all.map((e) => e.action)).toEqual(['x.step3', 'x.step2', 'x.step1']);
    expect((await c.rt.services.audit.history('hist', 'h-1', 2)).map((e) => e.action)).toEqual(['x.step3', 'x.step2']);
    expect(all[0]).toMatchObject({
      province: '14',
      region: null,
      actorId: 'u-v',
      actorRole: 'county_officer',
      entityType: 'hist',
      requestId: 'req-v',
    });
  });

  it('searches by province, actor, entity type and a list of actors, a page at a time', async () => {
    const c = ctx();
    const other: Actor = { ...actor, userId: 'u-w', requestId: 'req-w' };
    const at = async (who: Actor, input: AuditInput) =>
      c.rt.db.kysely.transaction().execute((trx) => c.rt.services.audit.record(trx, who, input));
    await at(actor, { province: '17', action: 'f.seen', entityType: 'alpha', entityId: 'f-1' });
    await at(other, { province: '17', action: 'f.seen', entityType: 'beta', entityId: 'f-2' });
    await at(other, { province: '18', action: 'f.seen', entityType: 'alpha', entityId: 'f-3' });
    const { audit } = c.rt.services;
    const ids = async (q: Parameters<typeof audit.search>[1], page = 1, size = 50) =>
      (await audit.search(systemActor(), { action: 'f.seen', ...q }, page, size)).items.map((e) => e.entityId).sort();
    expect(await ids({})).toEqual(['f-1', 'f-2', 'f-3']);
    expect(await ids({ province: '17' })).toEqual(['f-1', 'f-2']);
    expect(await ids({ actorId: 'u-w' })).toEqual(['f-2', 'f-3']);
    expect(await ids({ entityType: 'alpha' })).toEqual(['f-1', 'f-3']);
    expect(await ids({ actorIds: ['u-v'] })).toEqual(['f-1']);
    expect(await ids({ actorIds: [] })).toEqual([]);
    // Newest first, two a page: the second page holds the oldest.
    expect(await ids({}, 2, 2)).toEqual(['f-1']);
    // A blank officer name is no filter; a name nobody has finds nothing.
    const named = async (actorName: string) =>
      (await c.rt.services.auditSearch.search(systemActor(), { action: 'f.seen', actorName }, 1, 50)).total;
    expect(await named('  ')).toBe(3);
    expect(await named('无此人')).toBe(0);
  });

  it('refuses to anchor a chain shorter than the previous anchor, though the chain alone verifies', async () => {
    const c = ctx();
    const h = heads.find((x) => x.province === '13')!;
    const previous = signedAnchor([{ province: '13', seq: h.last_seq, hash: h.last_hash, legacySeq: 0 }]);
    const second = await c.rt.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('province', '=', '13')
      .where('chain_seq', '=', 3)
      .executeTakeFirstOrThrow();
    await c.rt.db.kysely.deleteFrom('audit_log').where('id', '=', second.id).execute();
    const before = await c.rt.db.kysely
      .selectFrom('audit_log')
      .select('hash')
      .where('province', '=', '13')
      .where('chain_seq', '=', 2)
      .executeTakeFirstOrThrow();
    await c.rt.db.kysely.updateTable('audit_heads').set({ last_seq: 2, last_hash: before.hash }).where('province', '=', '13').execute();
    expect((await c.rt.services.audit.verify()).ok).toBe(true);
    const r = await c.rt.services.audit.anchor({ state: 'ok', file: 'a', anchor: previous });
    await c.rt.db.kysely.insertInto('audit_log').values(second).execute();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.errors?.map((e) => [e.path, e.code])).toEqual([['13#3', 'anchor_chain_shorter']]);
  });
});
