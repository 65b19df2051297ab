/**
 * Content-addressed storage for uploaded and generated files (import files, error reports, claim
 * evidence). A blob is named by the sha256 of its plaintext, so storing the same file twice is a
 * no-op and a stored name proves the content. At rest every blob is encrypted (blob-cipher.ts: a
 * per-file key wrapped by the personal-data key, 64 KiB AES-256-GCM segments); reading decrypts
 * and authenticates. One interface; the local-folder store serves one machine, an S3-compatible
 * store can implement the same calls at scale.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, pipeline as pipe } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BLOB_MAGIC, DecryptStream, EncryptStream, type KeyWrap } from './blob-cipher.js';

export interface BlobRef {
  /** Lower-case hex sha256 of the (plaintext) content. */
  hash: string;
  size: number;
}

export interface BlobStore {
  /** Stores bytes or a stream (encrypted); returns its content hash and size. Idempotent. */
  put(data: Buffer | Uint8Array | Readable | AsyncIterable<Uint8Array>): Promise<BlobRef>;
  /** Streams a stored blob's plaintext, or null when absent; the stream errors if the file was altered. */
  get(hash: string): Promise<Readable | null>;
  has(hash: string): Promise<boolean>;
  /** Deletes a blob; false when it was not there. The caller makes sure nothing refers to it. */
  delete(hash: string): Promise<boolean>;
}

/** The local-folder store, which can also encrypt blobs written before encryption existed. */
export interface LocalBlobStore extends BlobStore {
  /**
   * Encrypts in place every plaintext blob left from before encryption; returns how many. A marker
   * file records a finished pass, so later starts do not walk the folder again.
   */
  encryptLegacy(): Promise<number>;
}

const HASH = /^[0-9a-f]{64}$/;
const FAN = /^[0-9a-f]{2}$/;

/** True when a string is a well-formed blob hash (guards paths built from it). */
export function isBlobHash(s: string): boolean {
  return HASH.test(s);
}

async function startsWithMagic(file: string): Promise<boolean> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(BLOB_MAGIC.length);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(BLOB_MAGIC);
  } finally {
    await fh.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hasher = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hasher);
  return hasher.digest('hex');
}

/**
 * A blob store in a local folder: `dir/ab/cd/<hash>`, written encrypted to a temporary file then
 * renamed. `wrap` is the personal-data cipher that wraps each file's key.
 */
export function createLocalBlobStore(dir: string, wrap: KeyWrap): LocalBlobStore {
  const tmpDir = path.join(dir, 'tmp');
  const fileOf = (hash: string) => path.join(dir, hash.slice(0, 2), hash.slice(2, 4), hash);

  /** Encrypts a source into a temporary file; returns the file and the plaintext's hash and size. */
  async function sealToTemp(source: Readable): Promise<{ tmp: string; ref: BlobRef }> {
    await fs.promises.mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${crypto.randomUUID()}.part`);
    const enc = new EncryptStream(wrap);
    try {
      await pipeline(source, enc, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      return { tmp, ref: enc.result() };
    } catch (err) {
      await fs.promises.rm(tmp, { force: true });
      throw err;
    }
  }

  return {
    async put(data) {
      const source = Buffer.isBuffer(data) || data instanceof Uint8Array ? Readable.from([Buffer.from(data)]) : Readable.from(data);
      const { tmp, ref } = await sealToTemp(source);
      try {
        const target = fileOf(ref.hash);
        if (fs.existsSync(target)) {
          await fs.promises.rm(tmp, { force: true });
        } else {
          await fs.promises.mkdir(path.dirname(target), { recursive: true });
          // rename is atomic within one file system: readers see the whole blob or none.
          await fs.promises.rename(tmp, target);
        }
        return ref;
      } catch (err) {
        await fs.promises.rm(tmp, { force: true });
        throw err;
      }
    },

    async get(hash) {
      if (!isBlobHash(hash)) return null;
      const file = fileOf(hash);
      if (!fs.existsSync(file)) return null;
      if (!(await startsWithMagic(file))) {
        // Written before encryption: served only when its bytes still match its name.
        if ((await sha256Of(file)) !== hash) throw new Error(`blob ${hash} does not match its content`);
        return fs.createReadStream(file);
      }
      const dec = new DecryptStream(wrap, hash);
      pipe(fs.createReadStream(file), dec, () => {});
      return dec;
    },

    async has(hash) {
      return isBlobHash(hash) && fs.existsSync(fileOf(hash));
    },

    async delete(hash) {
      if (!isBlobHash(hash)) return false;
      const file = fileOf(hash);
      if (!fs.existsSync(file)) return false;
      await fs.promises.rm(file, { force: true });
      return true;
    },

    async encryptLegacy() {
      let count = 0;
      const marker = path.join(dir, '.encrypted-at-rest');
      if (!fs.existsSync(dir) || fs.existsSync(marker)) return 0;
      for (const a of await fs.promises.readdir(dir)) {
        if (!FAN.test(a)) continue;
        for (const b of await fs.promises.readdir(path.join(dir, a))) {
          if (!FAN.test(b)) continue;
          for (const name of await fs.promises.readdir(path.join(dir, a, b))) {
            const file = path.join(dir, a, b, name);
            if (!isBlobHash(name) || !name.startsWith(a + b) || (await startsWithMagic(file))) continue;
            // A file whose bytes do not match its name is left as it is (and refused on reading).
            if ((await sha256Of(file)) !== name) continue;
            const { tmp, ref } = await sealToTemp(fs.createReadStream(file));
            if (ref.hash !== name) {
              await fs.promises.rm(tmp, { force: true });
              continue;
            }
            await fs.promises.rename(tmp, file);
            count++;
          }
        }
      }
      await fs.promises.writeFile(marker, `every blob in this folder is encrypted (${new Date().toISOString()})\n`);
      return count;
    },
  };
}
