/**
 * Personal data at rest: AES-256-GCM for ID numbers, phones and bank accounts, and an HMAC-SHA256
 * blind index for exact-match lookups. Both keys derive from one 32-byte master key (HKDF), kept in
 * the environment (WUGONG_KEY) or in a key file created with mode 0600 on first start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 'v1';

export interface Pii {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed hash of a normalised value; equal inputs give equal indexes. */
  blindIndex(kind: 'id' | 'phone' | 'bank' | 'credit', plain: string): string;
  /** Short fingerprint of the key, stored in the database to detect a wrong key after restore. */
  fingerprint: string;
  /**
   * A 32-byte key for another purpose (e.g. 'audit/chain'), derived from the master key with HKDF
   * under `wugong/derived/<label>`: never equal to the personal-data keys, one key per label.
   */
  deriveKey(label: string): Buffer;
}

/**
 * Fresh random IVs, drawn from the CSPRNG in blocks: one `randomFillSync` per 512 IVs instead of
 * one per value (a system call each time was a fifth of an import's parse time). Every 12-byte IV
 * is read once and never handed out again; the block is refilled when used up.
 */
const IV_BYTES = 12;
const ivBlock = Buffer.alloc(IV_BYTES * 512);
let ivOffset = ivBlock.length;

function freshIv(): Buffer {
  if (ivOffset + IV_BYTES > ivBlock.length) {
    crypto.randomFillSync(ivBlock);
    ivOffset = 0;
  }
  // A copy: the cipher keeps no reference to the block, and the block's bytes are never reused.
  const iv = Buffer.from(ivBlock.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}

function derive(master: Buffer, label: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), label, 32));
}

/** Builds the cipher from a 32-byte master key. */
export function createPii(master: Buffer): Pii {
  if (master.length !== 32) throw new Error('the personal-data master key must be 32 bytes');
  const encKey = derive(master, 'wugong/pii/encrypt');
  const macKey = derive(master, 'wugong/pii/blind-index');
  const fingerprint = crypto.createHmac('sha256', macKey).update('fingerprint').digest('hex').slice(0, 16);
  return {
    fingerprint,
    encrypt(plain: string): string {
      const iv = freshIv();
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
      const ct = cipher.update(plain, 'utf8');
      cipher.final(); // GCM is a stream mode: final() yields no bytes, only completes the tag
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ct], IV_BYTES + 16 + ct.length).toString('base64')}`;
    },
    decrypt(stored: string): string {
      const [version, body] = stored.split(':', 2);
      if (version !== VERSION || body === undefined) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(body, 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(kind, plain) {
      return crypto.createHmac('sha256', macKey).update(`${kind}:${plain.trim().toUpperCase()}`).digest('base64url').slice(0, 32);
    },
    deriveKey(label: string): Buffer {
      if (!/^[a-z0-9][a-z0-9/_-]*$/.test(label)) throw new Error(`invalid key label: ${label}`);
      return derive(master, `wugong/derived/${label}`);
    },
  };
}

/** Parses a base64 master key (44 characters for 32 bytes). */
export function parseMasterKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('WUGONG_KEY must be 32 bytes in base64 (44 characters)');
  return key;
}

/** Reads the key from the environment or the key file, creating the file (mode 0600) when missing. */
export function loadOrCreateMasterKey(opts: { key: string | undefined; keyFile: string }): { key: Buffer; created: boolean } {
  if (opts.key) return { key: parseMasterKey(opts.key), created: false };
  if (fs.existsSync(opts.keyFile)) return { key: parseMasterKey(fs.readFileSync(opts.keyFile, 'utf8')), created: false };
  fs.mkdirSync(path.dirname(opts.keyFile), { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(opts.keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, created: true };
}
