/**
 * How an audit entry's hash is made and checked (pure). Entries are keyed: HMAC-SHA256 under a key
 * derived from the master key over the previous hash and every stored field (decision 110), so
 * someone with database access but not the key cannot recompute a chain after changing it. Entries
 * written before keying ('sha256', decision 005) stay valid only as the start of their chain.
 */
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditRow } from './audit.table.js';

export const GENESIS = '0'.repeat(64);
export const KEYED = 'hmac-sha256';
export const LEGACY = 'sha256';

/** The stored fields an entry's hash covers (everything but the id and the hash itself). */
export type ChainFields = Omit<Selectable<AuditRow>, 'id' | 'hash'>;

/** Keyed hash of an entry: HMAC-SHA256 over the previous hash, the algorithm and every field. */
export function keyedHash(key: Buffer, r: ChainFields): string {
  const canonical = JSON.stringify([
    r.prev_hash,
    r.alg,
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
    r.region,
  ]);
  return crypto.createHmac('sha256', key).update(canonical).digest('hex');
}

/** The unkeyed hash entries had before migration 0011 (decision 005); only checked, never written. */
export function legacyHash(r: ChainFields): string {
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
  return crypto.createHash('sha256').update(r.prev_hash).update(canonical).digest('hex');
}

/** What verification can find, with the words shown to operators (Chinese first). */
export const problemMessages = {
  missing_entry: { zh: '缺少条目', en: 'missing entry' },
  broken_link: { zh: '与上一条目的链接断开', en: 'broken link to previous entry' },
  content_changed: { zh: '条目内容被改动', en: 'entry content changed' },
  entries_removed: { zh: '链在记录的链头之前结束（条目被删除）', en: 'chain ends before its recorded head (entries removed)' },
  head_missing: { zh: '有条目但没有链头', en: 'the chain has entries but no head' },
  legacy_after_keying: { zh: '密钥签名开始后出现未签名（旧算法）条目', en: 'an unkeyed (plain SHA-256) entry after keyed hashing began' },
  unknown_alg: { zh: '未知的哈希算法', en: 'unknown hash algorithm' },
  anchor_invalid: {
    zh: '锚点无效（被改动、损坏或由另一密钥生成）',
    en: 'the anchor is invalid (altered, damaged or made under another key)',
  },
  anchor_entry_changed: { zh: '锚定的条目已不一致（链被改写）', en: 'the anchored entry no longer matches (chain rewritten)' },
  anchor_chain_shorter: { zh: '链比锚定时短（条目被截断）', en: 'the chain is shorter than anchored (entries truncated)' },
  anchor_legacy_changed: { zh: '未签名条目的数量与锚定时不同', en: 'the number of unkeyed entries differs from the anchor' },
} as const;
export type ProblemCode = keyof typeof problemMessages;

export interface ChainProblem {
  province: string;
  chainSeq: number;
  code: ProblemCode;
  /** The English wording (kept for older clients); `message` has both languages. */
  problem: string;
  message: { zh: string; en: string };
}

export function problem(province: string, chainSeq: number, code: ProblemCode): ChainProblem {
  const message = problemMessages[code];
  return { province, chainSeq, code, problem: message.en, message: { zh: message.zh, en: message.en } };
}

/** A chain's head as stored: its last entry and how many plain entries it may start with. */
export interface ChainHead {
  province: string;
  last_seq: number;
  last_hash: string;
  legacy_seq: number;
}

/**
 * Checks one chain page by page (feed rows in chain order, then call `end`). A plain-SHA-256 entry
 * is accepted only before the chain's first keyed entry and within the legacy extent of its head.
 */
export function chainChecker(key: Buffer, head: ChainHead) {
  const problems: ChainProblem[] = [];
  let prev = GENESIS;
  let seq = 0;
  let keyedSeen = false;
  let entries = 0;
  const add = (chainSeq: number, code: ProblemCode) => problems.push(problem(head.province, chainSeq, code));
  return {
    feed(r: Selectable<AuditRow>): void {
      entries++;
      if (r.chain_seq !== seq + 1) add(seq + 1, 'missing_entry');
      if (r.prev_hash !== prev) add(r.chain_seq, 'broken_link');
      if (r.alg === KEYED) {
        keyedSeen = true;
        if (keyedHash(key, r) !== r.hash) add(r.chain_seq, 'content_changed');
      } else if (r.alg === LEGACY) {
        if (keyedSeen || r.chain_seq > head.legacy_seq) add(r.chain_seq, 'legacy_after_keying');
        else if (legacyHash(r) !== r.hash) add(r.chain_seq, 'content_changed');
      } else {
        add(r.chain_seq, 'unknown_alg');
      }
      prev = r.hash;
      seq = r.chain_seq;
    },
    /** The last sequence number seen (pages continue after it). */
    get seq(): number {
      return seq;
    },
    end(): { problems: ChainProblem[]; entries: number } {
      if (seq !== head.last_seq || prev !== head.last_hash) add(head.last_seq, 'entries_removed');
      return { problems, entries };
    },
  };
}
