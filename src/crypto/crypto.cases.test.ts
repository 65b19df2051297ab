/**
 * Personal-data protection, pinned to independently computed values: the masks of each kind of
 * number, the blind index (its exact HMAC input, so indexes already stored stay valid), the key
 * derivation labels, the key file and its mode, and every refusal of a malformed key or ciphertext.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maskBankAccount, maskIdNumber, maskPhone } from './mask.js';
import { createPii, loadOrCreateMasterKey, parseMasterKey } from './pii.js';

const master = Buffer.alloc(32, 7);
const otherMaster = Buffer.alloc(32, 9);
const hkdf = (key: Buffer, label: string) => Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), label, 32));

describe('masks', () => {
  it('ID numbers keep the first four and last four characters', () => {
    expect(maskIdNumber('451228198711291237')).toBe('4512**********1237');
    expect(maskIdNumber('41272119781219784X')).toBe('4127**********784X');
    expect(maskIdNumber('12345678')).toBe('12345678'); // 8 characters: nothing between
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });

  it('phones keep the first three and last four digits', () => {
    expect(maskPhone('13907781234')).toBe('139****1234');
    expect(maskPhone('1234567')).toBe('1234567');
    expect(maskPhone('123456')).toBe('******');
  });

  it('bank accounts drop spaces and keep the first four and last four digits', () => {
    expect(maskBankAccount('6222021234567890123')).toBe('6222***********0123');
    expect(maskBankAccount('6222 0212 3456 7890 123')).toBe('6222***********0123');
    expect(maskBankAccount('1234 5678')).toBe('12345678');
    expect(maskBankAccount('123 4567')).toBe('*******');
  });
});

describe('blind index and key derivation', () => {
  // Built inside each test: a cipher that fails to build must fail a test, not the file's collection.
  const piiOf = () => createPii(master);
  const macKey = hkdf(master, 'wugong/pii/blind-index');
  const expectedIndex = (input: string) => crypto.createHmac('sha256', macKey).update(input).digest('base64url').slice(0, 32);

  it('is HMAC-SHA256 under the blind-index key of "<kind>:<trimmed, upper-case value>", 32 base64url characters', () => {
    const pii = piiOf();
    expect(pii.blindIndex('id', ' 41272119781219784x ')).toBe(expectedIndex('id:41272119781219784X'));
    expect(pii.blindIndex('phone', '13907781234')).toBe(expectedIndex('phone:13907781234'));
    expect(pii.blindIndex('bank', '6222021234567890123')).toBe(expectedIndex('bank:6222021234567890123'));
    expect(pii.blindIndex('credit', '91451228ma5d0101x')).toBe(expectedIndex('credit:91451228MA5D0101X'));
    expect(pii.blindIndex('id', '1')).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('differs by kind and by key, never equals the value', () => {
    const pii = piiOf();
    const other = createPii(otherMaster);
    expect(pii.blindIndex('phone', '13907781234')).not.toBe(pii.blindIndex('bank', '13907781234'));
    expect(pii.blindIndex('phone', '13907781234')).not.toBe(other.blindIndex('phone', '13907781234'));
    expect(createPii(Buffer.from(master)).blindIndex('phone', '13907781234')).toBe(pii.blindIndex('phone', '13907781234'));
  });

  it('fingerprints the key with 16 hex characters of HMAC("fingerprint")', () => {
    const pii = piiOf();
    expect(pii.fingerprint).toBe(crypto.createHmac('sha256', macKey).update('fingerprint').digest('hex').slice(0, 16));
    expect(createPii(otherMaster).fingerprint).not.toBe(pii.fingerprint);
  });

  it('derives one key per label under wugong/derived/, apart from the personal-data keys', () => {
    const pii = piiOf();
    const k = pii.deriveKey('audit/chain');
    expect(k.equals(hkdf(master, 'wugong/derived/audit/chain'))).toBe(true);
    expect(k.length).toBe(32);
    expect(pii.deriveKey('audit/anchor').equals(k)).toBe(false);
    expect(k.equals(macKey) || k.equals(hkdf(master, 'wugong/pii/encrypt'))).toBe(false);
    expect(pii.deriveKey('a-b_c/9').equals(hkdf(master, 'wugong/derived/a-b_c/9'))).toBe(true);
    for (const bad of ['', 'Audit', '/audit', 'audit chain', 'audit.chain', '-x', 'ü'])
      expect(() => pii.deriveKey(bad), bad).toThrow('invalid key label');
  });
});

describe('cipher', () => {
  const piiOf = () => createPii(master);

  it('encrypts with AES-256-GCM under the encryption key: decryptable by hand', () => {
    const pii = piiOf();
    const stored = pii.encrypt('13907781234');
    const raw = Buffer.from(stored.slice(3), 'base64');
    const d = crypto.createDecipheriv('aes-256-gcm', hkdf(master, 'wugong/pii/encrypt'), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    expect(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8')).toBe('13907781234');
    expect(pii.decrypt(pii.encrypt(''))).toBe('');
    expect(pii.decrypt(pii.encrypt('韦小明 451228'))).toBe('韦小明 451228');
  });

  it('refuses another key, another version or a missing body', () => {
    const pii = piiOf();
    const stored = pii.encrypt('451228198711291237');
    expect(() => createPii(otherMaster).decrypt(stored)).toThrow();
    expect(() => pii.decrypt(`v2:${stored.slice(3)}`)).toThrow('unknown ciphertext version');
    expect(() => pii.decrypt('v1')).toThrow('unknown ciphertext version');
    expect(() => pii.decrypt(stored.slice(3))).toThrow('unknown ciphertext version');
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => createPii(Buffer.alloc(31))).toThrow('32 bytes');
    expect(() => createPii(Buffer.alloc(33))).toThrow('32 bytes');
  });
});

describe('master key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parses 32 bytes of base64 (44 characters), trimmed, and refuses any other length', () => {
    const text = master.toString('base64');
    expect(text).toHaveLength(44);
    expect(parseMasterKey(` ${text}\n`).equals(master)).toBe(true);
    expect(() => parseMasterKey(Buffer.alloc(31).toString('base64'))).toThrow('WUGONG_KEY must be 32 bytes');
    expect(() => parseMasterKey('')).toThrow('WUGONG_KEY must be 32 bytes');
  });

  it('prefers the environment, then the key file, and creates the file with mode 0600 only when missing', () => {
    const keyFile = path.join(dir, 'two', 'levels', 'key');
    const fromEnv = loadOrCreateMasterKey({ key: otherMaster.toString('base64'), keyFile });
    expect([fromEnv.key.equals(otherMaster), fromEnv.created, fs.existsSync(keyFile)]).toEqual([true, false, false]);

    const created = loadOrCreateMasterKey({ key: undefined, keyFile });
    expect(created.created).toBe(true);
    expect(created.key).toHaveLength(32);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(`${created.key.toString('base64')}\n`);

    const again = loadOrCreateMasterKey({ key: undefined, keyFile });
    expect([again.key.equals(created.key), again.created]).toEqual([true, false]);
    expect(loadOrCreateMasterKey({ key: '', keyFile }).key.equals(created.key)).toBe(true);
  });

  it('refuses a key file holding the wrong length', () => {
    const keyFile = path.join(dir, 'short-key');
    fs.writeFileSync(keyFile, Buffer.alloc(16).toString('base64'));
    expect(() => loadOrCreateMasterKey({ key: undefined, keyFile })).toThrow('32 bytes');
  });
});
