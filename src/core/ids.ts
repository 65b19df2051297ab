import { randomFillSync } from 'node:crypto';

/*
 * Random bytes are drawn in blocks (one system call per 256 ids) and each byte is used once.
 */
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;
let lastMs = -1;
let counter = 0;

function randomBytes10(): Buffer {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const b = pool.subarray(poolOffset, poolOffset + 10);
  poolOffset += 10;
  return b;
}

/**
 * New opaque record id: a text UUID version 7 (RFC 9562) — 48-bit Unix milliseconds, a 12-bit
 * counter that keeps ids from one process strictly increasing within a millisecond, and 62 random
 * bits. Text UUIDs keep ids unique across shards and merges; time order makes a new row's primary
 * key land at the right edge of the B-tree instead of on a random page (docs/decisions/091).
 * Ids are identifiers, never secrets: nothing may rely on them being unguessable.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter++;
    if (counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  const r = randomBytes10();
  const b = Buffer.allocUnsafe(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (counter >>> 8);
  b[7] = counter & 0xff;
  b[8] = 0x80 | ((r[0] ?? 0) & 0x3f);
  r.copy(b, 9, 1, 8);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
