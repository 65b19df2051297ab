/**
 * Anchors: the chain heads written outside the database (decision 111), one JSON line per anchor,
 * appended to a log kept with the backups. Each anchor carries a MAC under a key derived from the
 * master key, so whoever can edit the log cannot make an anchor that matches a rewritten chain.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ANCHOR_FORMAT = 'wugong-audit-anchor/1';
/** The label of the anchor MAC key (`Pii.deriveKey`). */
export const ANCHOR_KEY_LABEL = 'audit/anchor';

export interface AnchorHead {
  province: string;
  /** The chain's last sequence number when anchored (0: an empty chain). */
  seq: number;
  /** That entry's hash. */
  hash: string;
  /** How many plain-SHA-256 entries the chain was allowed (its head's legacy extent). */
  legacySeq: number;
}

export interface AuditAnchor {
  format: typeof ANCHOR_FORMAT;
  at: string;
  /** Fingerprint of the master key the MAC was made under (key-check, decision 004). */
  keyFingerprint: string;
  heads: AnchorHead[];
  mac: string;
}

/** The latest anchor of a log, or why there is none. */
export type AnchorLoad =
  { state: 'none'; file: string } | { state: 'malformed'; file: string; why: string } | { state: 'ok'; file: string; anchor: AuditAnchor };

/** The MAC over everything an anchor states. */
export function anchorMac(key: Buffer, a: Omit<AuditAnchor, 'mac'>): string {
  const canonical = JSON.stringify([a.format, a.at, a.keyFingerprint, a.heads.map((h) => [h.province, h.seq, h.hash, h.legacySeq])]);
  return crypto.createHmac('sha256', key).update(canonical).digest('hex');
}

/** True when the MAC is right for the key (constant-time comparison). */
export function anchorMacValid(key: Buffer, a: AuditAnchor): boolean {
  const expected = Buffer.from(anchorMac(key, a), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(a.mac) ? a.mac : '', 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Appends one anchor as a line to the log, creating the folder and the file (mode 0600). */
export function appendAnchor(file: string, anchor: AuditAnchor): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asHead(v: unknown): AnchorHead | null {
  if (!isRecord(v)) return null;
  const { province, seq, hash, legacySeq } = v;
  if (typeof province !== 'string' || typeof hash !== 'string' || !Number.isSafeInteger(seq) || !Number.isSafeInteger(legacySeq))
    return null;
  return { province, seq: Number(seq), hash, legacySeq: Number(legacySeq) };
}

/** Parses one line of an anchor log; null when it is not an anchor. */
export function parseAnchor(line: string): AuditAnchor | null {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(v) || v.format !== ANCHOR_FORMAT || !Array.isArray(v.heads)) return null;
  const { at, keyFingerprint, mac } = v;
  if (typeof at !== 'string' || typeof keyFingerprint !== 'string' || typeof mac !== 'string') return null;
  const heads = v.heads.map(asHead);
  if (heads.some((h) => h === null)) return null;
  return { format: ANCHOR_FORMAT, at, keyFingerprint, heads: heads.filter((h): h is AnchorHead => h !== null), mac };
}

/** Reads the latest (last) anchor of a log. A missing file is 'none'; a damaged last line is 'malformed'. */
export function loadAnchor(file: string): AnchorLoad {
  if (!fs.existsSync(file)) return { state: 'none', file };
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1];
  if (last === undefined) return { state: 'none', file };
  const anchor = parseAnchor(last);
  return anchor ? { state: 'ok', file, anchor } : { state: 'malformed', file, why: `line ${lines.length} is not an anchor` };
}
