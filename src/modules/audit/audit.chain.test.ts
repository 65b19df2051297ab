/**
 * The audit chain's hashes and checks (audit.chain.ts) and the anchors' MAC and log format
 * (audit.anchor.ts), pure: expected hashes are computed here from the documented canonical form
 * (written out literally), every hashed field is tampered with one at a time, and every problem the
 * checker can report is provoked by a hand-built chain.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Selectable } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ANCHOR_FORMAT, anchorMac, anchorMacValid, appendAnchor, loadAnchor, parseAnchor, type AuditAnchor } from './audit.anchor.js';
import { chainChecker, GENESIS, KEYED, keyedHash, LEGACY, legacyHash, problem, type ChainFields } from './audit.chain.js';
import type { AuditRow } from './audit.table.js';

const KEY = Buffer.alloc(32, 9);
const OTHER_KEY = Buffer.alloc(32, 8);

const base: ChainFields = {
  prev_hash: GENESIS,
  alg: KEYED,
  province: '45',
  chain_seq: 1,
  at: '2026-11-30T02:00:00.000Z',
  actor_id: 'u1',
  actor_role: 'county_officer',
  action: 'claim.approved',
  entity_type: 'claim',
  entity_id: 'c1',
  details: '{"amountFen":150001}',
  request_id: 'r1',
  region: '451228',
};

describe('keyedHash', () => {
  it('the constants: genesis is 64 zeros, the algorithm names as stored', () => {
    expect(GENESIS).toBe('0000000000000000000000000000000000000000000000000000000000000000');
    expect([KEYED, LEGACY]).toEqual(['hmac-sha256', 'sha256']);
  });

  it('is HMAC-SHA256 under the key over [prev, alg, province, seq, at, actor, role, action, type, id, details, request, region]', () => {
    const canonical =
      '["' +
      GENESIS +
      '","hmac-sha256","45",1,"2026-11-30T02:00:00.000Z","u1","county_officer","claim.approved","claim","c1","{\\"amountFen\\":150001}","r1","451228"]';
    expect(keyedHash(KEY, base)).toBe(crypto.createHmac('sha256', KEY).update(canonical).digest('hex'));
    expect(keyedHash(OTHER_KEY, base)).not.toBe(keyedHash(KEY, base));
  });

  it('changes with every field it covers', () => {
    const original = keyedHash(KEY, base);
    const changed: Record<keyof ChainFields, ChainFields[keyof ChainFields]> = {
      prev_hash: 'f'.repeat(64),
      alg: LEGACY,
      province: '44',
      chain_seq: 2,
      at: '2026-11-30T02:00:00.001Z',
      actor_id: 'u2',
      actor_role: 'auditor',
      action: 'claim.rejected',
      entity_type: 'payment',
      entity_id: 'c2',
      details: '{"amountFen":150000}',
      request_id: 'r2',
      region: '451227',
    };
    for (const [field, value] of Object.entries(changed)) {
      expect(keyedHash(KEY, { ...base, [field]: value }), field).not.toBe(original);
    }
    // null is not the empty string
    expect(keyedHash(KEY, { ...base, region: null })).not.toBe(keyedHash(KEY, { ...base, region: '' }));
  });
});

describe('legacyHash', () => {
  it('is SHA-256 over the previous hash then [province, seq, at, actor, role, action, type, id, details, request]', () => {
    const canonical =
      '["45",1,"2026-11-30T02:00:00.000Z","u1","county_officer","claim.approved","claim","c1","{\\"amountFen\\":150001}","r1"]';
    const expected = crypto
      .createHash('sha256')
      .update(GENESIS + canonical)
      .digest('hex');
    expect(legacyHash({ ...base, alg: LEGACY })).toBe(expected);
    // alg and region were not part of the plain hash
    expect(legacyHash({ ...base, alg: KEYED, region: null })).toBe(expected);
    for (const [field, value] of [
      ['prev_hash', 'f'.repeat(64)],
      ['province', '44'],
      ['chain_seq', 2],
      ['at', 'x'],
      ['actor_id', 'u2'],
      ['actor_role', 'auditor'],
      ['action', 'a'],
      ['entity_type', 'payment'],
      ['entity_id', 'c2'],
      ['details', '{}'],
      ['request_id', 'r2'],
    ] as const) {
      expect(legacyHash({ ...base, [field]: value }), field).not.toBe(expected);
    }
  });
});

describe('problem', () => {
  it('carries the code, the English wording and both languages', () => {
    expect(problem('45', 3, 'broken_link')).toEqual({
      province: '45',
      chainSeq: 3,
      code: 'broken_link',
      problem: 'broken link to previous entry',
      message: { zh: '与上一条目的链接断开', en: 'broken link to previous entry' },
    });
  });
});

/** A chain of `n` entries, the first `legacy` of them plain SHA-256, each linked to the one before. */
function chain(n: number, legacy = 0): Selectable<AuditRow>[] {
  const rows: Selectable<AuditRow>[] = [];
  let prev = GENESIS;
  for (let i = 1; i <= n; i++) {
    const fields: ChainFields = { ...base, chain_seq: i, prev_hash: prev, alg: i <= legacy ? LEGACY : KEYED, entity_id: `c${i}` };
    const hash = i <= legacy ? legacyHash(fields) : keyedHash(KEY, fields);
    rows.push({ ...fields, id: i, hash });
    prev = hash;
  }
  return rows;
}

function check(rows: Selectable<AuditRow>[], head?: Partial<{ last_seq: number; last_hash: string; legacy_seq: number }>) {
  const last = rows[rows.length - 1];
  const c = chainChecker(KEY, {
    province: '45',
    last_seq: head?.last_seq ?? last?.chain_seq ?? 0,
    last_hash: head?.last_hash ?? last?.hash ?? GENESIS,
    legacy_seq: head?.legacy_seq ?? 0,
  });
  for (const r of rows) c.feed(r);
  const seen = c.seq;
  const { problems, entries } = c.end();
  return { codes: problems.map((p) => [p.code, p.chainSeq]), entries, seen, problems };
}

describe('chainChecker', () => {
  it('an intact keyed chain: no problem, every entry counted, the last sequence seen', () => {
    expect(check(chain(3))).toMatchObject({ codes: [], entries: 3, seen: 3 });
    expect(check([])).toMatchObject({ codes: [], entries: 0, seen: 0 });
  });

  it('plain entries at the start within the head’s legacy extent are accepted', () => {
    expect(check(chain(4, 2), { legacy_seq: 2 }).codes).toEqual([]);
  });

  it('a plain entry beyond the legacy extent, or after a keyed one, is refused', () => {
    expect(check(chain(3, 2), { legacy_seq: 1 }).codes).toEqual([['legacy_after_keying', 2]]);
    const rows = chain(3);
    const third = rows[2]!;
    const plain: ChainFields = { ...third, alg: LEGACY };
    rows[2] = { ...third, alg: LEGACY, hash: legacyHash(plain) };
    expect(check(rows, { legacy_seq: 5, last_hash: rows[2].hash }).codes).toEqual([['legacy_after_keying', 3]]);
  });

  it('a plain entry whose content changed', () => {
    const rows = chain(2, 2);
    rows[1] = { ...rows[1]!, details: '{"amountFen":1}' };
    expect(check(rows, { legacy_seq: 2 }).codes).toEqual([['content_changed', 2]]);
  });

  it('a keyed entry whose content changed, or hashed under another key', () => {
    const rows = chain(3);
    rows[1] = { ...rows[1]!, actor_id: 'u9' };
    expect(check(rows).codes).toEqual([['content_changed', 2]]);
    const forged = chain(1);
    const fields: ChainFields = { ...forged[0]! };
    forged[0] = { ...forged[0]!, hash: keyedHash(OTHER_KEY, fields) };
    expect(check(forged).codes).toEqual([['content_changed', 1]]);
  });

  it('an entry missing from the middle: a gap and a broken link at the entry after it', () => {
    const rows = chain(4);
    rows.splice(1, 1);
    expect(check(rows).codes).toEqual([
      ['missing_entry', 2],
      ['broken_link', 3],
    ]);
  });

  it('a first entry that does not start at 1 or does not link to the genesis hash', () => {
    expect(check(chain(3).slice(1)).codes).toEqual([
      ['missing_entry', 1],
      ['broken_link', 2],
    ]);
    const rows = chain(1);
    const moved: ChainFields = { ...rows[0]!, prev_hash: 'a'.repeat(64) };
    rows[0] = { ...rows[0]!, prev_hash: moved.prev_hash, hash: keyedHash(KEY, moved) };
    expect(check(rows).codes).toEqual([['broken_link', 1]]);
  });

  it('an unknown algorithm', () => {
    const rows = chain(2);
    rows[1] = { ...rows[1]!, alg: 'md5' };
    expect(check(rows).codes).toEqual([['unknown_alg', 2]]);
  });

  it('a chain that ends before its head, or whose last hash is not the head’s: entries removed', () => {
    const rows = chain(3);
    expect(check(rows.slice(0, 2), { last_seq: 3, last_hash: rows[2]!.hash }).codes).toEqual([['entries_removed', 3]]);
    expect(check(rows, { last_seq: 3, last_hash: rows[1]!.hash }).codes).toEqual([['entries_removed', 3]]);
    expect(check(rows, { last_seq: 4, last_hash: rows[2]!.hash }).codes).toEqual([['entries_removed', 4]]);
  });

  it('names the chain’s province in each problem', () => {
    const rows = chain(2);
    rows[1] = { ...rows[1]!, alg: 'md5' };
    expect(check(rows).problems[0]).toMatchObject({ province: '45', chainSeq: 2, code: 'unknown_alg' });
  });
});

const body: Omit<AuditAnchor, 'mac'> = {
  format: ANCHOR_FORMAT,
  at: '2026-11-30T03:00:00.000Z',
  keyFingerprint: 'fp1',
  heads: [
    { province: '00', seq: 4, hash: 'a'.repeat(64), legacySeq: 0 },
    { province: '45', seq: 12, hash: 'b'.repeat(64), legacySeq: 3 },
  ],
};

describe('anchors', () => {
  it('the MAC is HMAC-SHA256 over [format, at, fingerprint, [[province, seq, hash, legacy]…]]', () => {
    const canonical = `["wugong-audit-anchor/1","2026-11-30T03:00:00.000Z","fp1",[["00",4,"${'a'.repeat(64)}",0],["45",12,"${'b'.repeat(64)}",3]]]`;
    expect(anchorMac(KEY, body)).toBe(crypto.createHmac('sha256', KEY).update(canonical).digest('hex'));
  });

  it('the MAC is valid only for the same key and the same statement', () => {
    const anchor: AuditAnchor = { ...body, mac: anchorMac(KEY, body) };
    expect(anchorMacValid(KEY, anchor)).toBe(true);
    expect(anchorMacValid(OTHER_KEY, anchor)).toBe(false);
    expect(anchorMacValid(KEY, { ...anchor, at: '2026-11-30T03:00:00.001Z' })).toBe(false);
    expect(anchorMacValid(KEY, { ...anchor, keyFingerprint: 'fp2' })).toBe(false);
    for (const field of ['province', 'seq', 'hash', 'legacySeq'] as const) {
      const heads = body.heads.map((h, i) => (i === 1 ? { ...h, [field]: field === 'seq' || field === 'legacySeq' ? 13 : '46' } : h));
      expect(anchorMacValid(KEY, { ...anchor, heads }), field).toBe(false);
    }
    // A MAC that is not 64 lower-case hex digits is refused without comparing.
    expect(anchorMacValid(KEY, { ...anchor, mac: anchor.mac.toUpperCase() })).toBe(false);
    expect(anchorMacValid(KEY, { ...anchor, mac: `${anchor.mac}00` })).toBe(false);
    expect(anchorMacValid(KEY, { ...anchor, mac: '' })).toBe(false);
  });

  it('parseAnchor reads a well-formed line and nothing else', () => {
    const anchor: AuditAnchor = { ...body, mac: 'c'.repeat(64) };
    expect(parseAnchor(JSON.stringify(anchor))).toEqual(anchor);
    expect(parseAnchor('{not json')).toBeNull();
    expect(parseAnchor('[]')).toBeNull();
    expect(parseAnchor('null')).toBeNull();
    expect(parseAnchor(JSON.stringify({ ...anchor, format: 'wugong-audit-anchor/2' }))).toBeNull();
    expect(parseAnchor(JSON.stringify({ ...anchor, heads: {} }))).toBeNull();
    for (const field of ['at', 'keyFingerprint', 'mac'] as const)
      expect(parseAnchor(JSON.stringify({ ...anchor, [field]: 1 })), field).toBeNull();
    const head = body.heads[0]!;
    for (const bad of [
      null,
      [head],
      { ...head, province: 45 },
      { ...head, hash: null },
      { ...head, seq: 1.5 },
      { ...head, seq: '4' },
      { ...head, legacySeq: 2 ** 53 },
    ]) {
      expect(parseAnchor(JSON.stringify({ ...anchor, heads: [head, bad] })), JSON.stringify(bad)).toBeNull();
    }
    // Extra keys are dropped
    expect(parseAnchor(JSON.stringify({ ...anchor, extra: 1, heads: [{ ...head, extra: 2 }] }))).toEqual({ ...anchor, heads: [head] });
  });

  it('the log: none when missing or empty, the last line when several, malformed when the last line is damaged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-anchor-'));
    try {
      const file = path.join(dir, 'off-site', 'anchors.jsonl');
      expect(loadAnchor(file)).toEqual({ state: 'none', file });
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, '\n  \n');
      expect(loadAnchor(file)).toEqual({ state: 'none', file });
      fs.rmSync(file);
      const first: AuditAnchor = { ...body, mac: 'c'.repeat(64) };
      const second: AuditAnchor = { ...body, at: '2026-11-30T04:00:00.000Z', mac: 'd'.repeat(64) };
      appendAnchor(file, first);
      appendAnchor(file, second);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8').split('\n')).toEqual([JSON.stringify(first), JSON.stringify(second), '']);
      expect(loadAnchor(file)).toEqual({ state: 'ok', file, anchor: second });
      fs.appendFileSync(file, '{"format":"wugong-audit-anchor/1"}\n\n');
      expect(loadAnchor(file)).toEqual({ state: 'malformed', file, why: 'line 3 is not an anchor' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
