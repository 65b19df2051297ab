/**
 * Point 10 of issue 6: uploaded files are encrypted with the data key at rest. The raw files on disk
 * hold no plaintext; reading gives the bytes back; a changed, cut or swapped file is refused; blobs
 * written before encryption are still read and are encrypted in place by `encryptLegacy`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPii } from '../src/crypto/pii.js';
import { createLocalBlobStore } from '../src/modules/blobs/blob-store.js';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';
import { importVia, multipart } from './helpers/upload.js';

const MARKER = '451228199003150016'; // hand-computed ID number (check character 6)
/** A start-up subsidy claim (as in benefits-claims.test.ts): returned home and opened a business in 2026-03. */
const startupFacts = {
  returnedFromWorkAway: true,
  businessRegion: '451228',
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
};
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const fileOf = (dir: string, hash: string) => path.join(dir, hash.slice(0, 2), hash.slice(2, 4), hash);

async function readAll(s: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks);
}

/** `n` bytes of text that repeat the marker, so any plaintext on disk would show it. */
function plaintext(n: number): Buffer {
  const unit = Buffer.from(`${MARKER},韦小明,13907781234;`, 'utf8');
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i += unit.length) unit.copy(out, i, 0, Math.min(unit.length, n - i));
  return out;
}

describe('encrypted blob store', () => {
  const pii = createPii(Buffer.alloc(32, 7));
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wugong-blobs-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // 64 KiB is the segment size: every boundary around one and two segments, and the empty file.
  for (const n of [0, 1, 65_535, 65_536, 65_537, 131_072, 200_000]) {
    it(`stores ${n} bytes encrypted and reads them back`, async () => {
      const store = createLocalBlobStore(dir, pii);
      const plain = plaintext(n);
      const ref = await store.put(plain);
      expect(ref).toEqual({ hash: sha256(plain), size: n });
      const raw = fs.readFileSync(fileOf(dir, ref.hash));
      expect(raw.includes(Buffer.from(MARKER))).toBe(false);
      expect(raw.includes(Buffer.from('韦小明'))).toBe(false);
      expect(raw.length).toBeGreaterThan(n);
      const back = await store.get(ref.hash);
      if (!back) throw new Error('missing');
      expect((await readAll(back)).equals(plain)).toBe(true);
    });
  }

  it('stores a stream, and the same bytes twice under one name', async () => {
    const store = createLocalBlobStore(dir, pii);
    const plain = plaintext(100_000);
    const a = await store.put(fs.createReadStream(await writeTemp(dir, plain)));
    const b = await store.put(plain);
    expect(a).toEqual(b);
    expect(await store.has(a.hash)).toBe(true);
  });

  it('refuses a changed byte, a cut file, a swapped file and another key', async () => {
    const store = createLocalBlobStore(dir, pii);
    const a = await store.put(plaintext(150_000));
    const b = await store.put(plaintext(150_001));
    const fa = fileOf(dir, a.hash);
    const original = fs.readFileSync(fa);
    const flipped = Buffer.from(original);
    flipped[100_000] = (flipped[100_000] ?? 0) ^ 1;
    fs.writeFileSync(fa, flipped);
    await expect(readBlob(store, a.hash)).rejects.toThrow();
    fs.writeFileSync(fa, original.subarray(0, original.length - 20_000));
    await expect(readBlob(store, a.hash)).rejects.toThrow();
    // b's file under a's name: every segment authenticates, but the last one is bound to b's name.
    fs.writeFileSync(fa, fs.readFileSync(fileOf(dir, b.hash)));
    await expect(readBlob(store, a.hash)).rejects.toThrow();
    fs.writeFileSync(fa, original);
    expect((await readBlob(store, a.hash)).length).toBe(150_000);
    const other = createLocalBlobStore(dir, createPii(Buffer.alloc(32, 8)));
    await expect(readBlob(other, a.hash)).rejects.toThrow();
  });

  it('refuses a file cut at a segment boundary', async () => {
    const store = createLocalBlobStore(dir, pii);
    const a = await store.put(plaintext(140_000));
    const fa = fileOf(dir, a.hash);
    const raw = fs.readFileSync(fa);
    // The last segment holds 140,000 − 2 × 65,536 = 8,928 bytes plus a 16-byte tag.
    fs.writeFileSync(fa, raw.subarray(0, raw.length - (8_928 + 16)));
    await expect(readBlob(store, a.hash)).rejects.toThrow();
    fs.writeFileSync(fa, raw);
  });

  it('reads a blob stored before encryption, refuses one whose bytes do not match its name, and encrypts legacy blobs in place', async () => {
    const legacyDir = fs.mkdtempSync(path.join(dir, 'legacy-'));
    const store = createLocalBlobStore(legacyDir, pii);
    const plain = plaintext(70_000);
    const h = sha256(plain);
    fs.mkdirSync(path.dirname(fileOf(legacyDir, h)), { recursive: true });
    fs.writeFileSync(fileOf(legacyDir, h), plain);
    expect((await readBlob(store, h)).equals(plain)).toBe(true);
    const wrong = sha256(Buffer.from('other'));
    fs.mkdirSync(path.dirname(fileOf(legacyDir, wrong)), { recursive: true });
    fs.writeFileSync(fileOf(legacyDir, wrong), plain);
    await expect(readBlob(store, wrong)).rejects.toThrow();
    fs.rmSync(fileOf(legacyDir, wrong));
    expect(await store.encryptLegacy()).toBe(1);
    expect(fs.readFileSync(fileOf(legacyDir, h)).includes(Buffer.from(MARKER))).toBe(false);
    expect((await readBlob(store, h)).equals(plain)).toBe(true);
    expect(await store.encryptLegacy()).toBe(0);
  });

  it('deletes a blob', async () => {
    const store = createLocalBlobStore(dir, pii);
    const a = await store.put(plaintext(10));
    expect(await store.delete(a.hash)).toBe(true);
    expect(await store.has(a.hash)).toBe(false);
    expect(await store.get(a.hash)).toBeNull();
    expect(await store.delete(a.hash)).toBe(false);
  });
});

async function writeTemp(dir: string, bytes: Buffer): Promise<string> {
  const f = path.join(dir, `in-${crypto.randomUUID()}`);
  await fs.promises.writeFile(f, bytes);
  return f;
}

async function readBlob(store: { get(h: string): Promise<Readable | null> }, hash: string): Promise<Buffer> {
  const s = await store.get(hash);
  if (!s) throw new Error('missing');
  return readAll(s);
}

/** Every file under a folder, read raw. */
function rawFiles(dir: string): Buffer[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
}

describeEachDb('uploaded files at rest', (ctx) => {
  let county: SessionHeaders;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`evidence of ${MARKER} `.repeat(50), 'utf8'),
  ]);
  let claimId = '';
  let evidenceId = '';

  beforeAll(async () => {
    const { app, rt } = ctx();
    ({ headers: county } = await userSession(app, rt, 'county_officer', '451228'));
    const person = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: county,
      payload: { name: '韦材料', idNumber: '451228198707210377', hukouCode: '451228100' },
    });
    const claim = await app.inject({
      method: 'POST',
      url: '/api/v1/claims',
      headers: county,
      payload: { programId: 'entrepreneurship-subsidy', personId: person.json().id, facts: startupFacts },
    });
    if (claim.statusCode !== 201) throw new Error(`claim refused: ${claim.body}`);
    claimId = claim.json().id;
    const up = multipart('licence.png', png, 'image/png');
    const ev = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimId}/evidence`,
      headers: { ...county, 'content-type': up.contentType },
      payload: up.body,
    });
    if (ev.statusCode !== 200) throw new Error(`evidence refused: ${ev.body}`);
    evidenceId = ev.json().evidence[0].id;
    // A people file with one bad row, so the source and the error reports are stored.
    const csv = `姓名,身份证号码,手机号码,户籍地代码\n韦导入,${MARKER},13907781234,451228100\n韦坏行,451228199003150017,13907781235,451228100\n`;
    await importVia(app, rt, county, 'people', 'p.csv', Buffer.from(csv, 'utf8'));
  });

  it('keeps evidence, import sources and error reports encrypted on disk, and serves them decrypted', async () => {
    const { app, rt } = ctx();
    const files = rawFiles(rt.config.blobDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      expect(f.includes(Buffer.from(MARKER))).toBe(false);
      expect(f.includes(Buffer.from('451228199003150017'))).toBe(false);
      expect(f.includes(Buffer.from('13907781234'))).toBe(false);
    }
    const file = await app.inject({ method: 'GET', url: `/api/v1/claims/${claimId}/evidence/${evidenceId}`, headers: county });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
  });
});
