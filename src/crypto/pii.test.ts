import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPii } from './pii.js';

const master = Buffer.alloc(32, 7);

/** The stored format written the way the first version did (one randomBytes IV per value). */
function legacyEncrypt(plain: string): string {
  const encKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'wugong/pii/encrypt', 32));
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
}

describe('pii cipher', () => {
  const pii = createPii(master);

  it('decrypts values stored in the original format, and round-trips its own', () => {
    for (const v of ['451228199003150012', '13800001234', '6222021234567890123', '韦小明']) {
      expect(pii.decrypt(legacyEncrypt(v))).toBe(v);
      expect(pii.decrypt(pii.encrypt(v))).toBe(v);
    }
  });

  it('writes v1 + base64 of a 12-byte IV, a 16-byte tag and the ciphertext', () => {
    const stored = pii.encrypt('451228199003150012');
    expect(stored.startsWith('v1:')).toBe(true);
    expect(Buffer.from(stored.slice(3), 'base64').length).toBe(12 + 16 + 18);
  });

  it('uses a fresh IV for every value, across refills of the random block', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 3000; i++) ivs.add(Buffer.from(pii.encrypt('same').slice(3), 'base64').subarray(0, 12).toString('hex'));
    expect(ivs.size).toBe(3000);
  });

  it('rejects a tampered ciphertext', () => {
    const raw = Buffer.from(pii.encrypt('13800001234').slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => pii.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
  });

  it('keeps blind indexes deterministic and normalised', () => {
    expect(pii.blindIndex('id', '45122819900315001x')).toBe(pii.blindIndex('id', ' 45122819900315001X '));
    expect(pii.blindIndex('id', '1')).not.toBe(pii.blindIndex('phone', '1'));
  });
});
