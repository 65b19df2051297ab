/**
 * Content-addressed storage for uploaded and generated files (import files, error reports, claim
 * evidence). A blob is named by the sha256 of its bytes, so storing the same file twice is a no-op
 * and a stored name proves the content. One interface; the local-folder store serves one machine,
 * an S3-compatible store can implement the same three calls at scale.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export interface BlobRef {
  /** Lower-case hex sha256 of the content. */
  hash: string;
  size: number;
}

export interface BlobStore {
  /** Stores bytes or a stream; returns its content hash and size. Idempotent. */
  put(data: Buffer | Uint8Array | Readable | AsyncIterable<Uint8Array>): Promise<BlobRef>;
  /** Streams a stored blob, or null when absent. */
  get(hash: string): Promise<Readable | null>;
  has(hash: string): Promise<boolean>;
}

const HASH = /^[0-9a-f]{64}$/;

/** True when a string is a well-formed blob hash (guards paths built from it). */
export function isBlobHash(s: string): boolean {
  return HASH.test(s);
}

/** A blob store in a local folder: `dir/ab/cd/<hash>`, written to a temporary file then renamed. */
export function createLocalBlobStore(dir: string): BlobStore {
  const tmpDir = path.join(dir, 'tmp');
  const fileOf = (hash: string) => path.join(dir, hash.slice(0, 2), hash.slice(2, 4), hash);

  return {
    async put(data) {
      await fs.promises.mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, `${crypto.randomUUID()}.part`);
      const hasher = crypto.createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hasher.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      const source = Buffer.isBuffer(data) || data instanceof Uint8Array ? Readable.from([Buffer.from(data)]) : Readable.from(data);
      try {
        await pipeline(source, tap, fs.createWriteStream(tmp, { flags: 'wx' }));
        const hash = hasher.digest('hex');
        const target = fileOf(hash);
        if (fs.existsSync(target)) {
          await fs.promises.rm(tmp, { force: true });
        } else {
          await fs.promises.mkdir(path.dirname(target), { recursive: true });
          // rename is atomic within one file system: readers see the whole blob or none.
          await fs.promises.rename(tmp, target);
        }
        return { hash, size };
      } catch (err) {
        await fs.promises.rm(tmp, { force: true });
        throw err;
      }
    },
    async get(hash) {
      if (!isBlobHash(hash)) return null;
      const file = fileOf(hash);
      if (!fs.existsSync(file)) return null;
      return fs.createReadStream(file);
    },
    async has(hash) {
      return isBlobHash(hash) && fs.existsSync(fileOf(hash));
    },
  };
}
