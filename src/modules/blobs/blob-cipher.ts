/**
 * Streaming, authenticated encryption of stored files (docs/decisions/131). Each file gets its own
 * random 256-bit key, kept in the file's header wrapped by the personal-data key (AES-256-GCM of
 * the Pii cipher), so the data key never touches file contents and a key rotation only rewraps
 * headers. The content is cut into 64 KiB segments, each sealed with AES-256-GCM under a nonce made
 * of its index and a last-segment flag, with the header as associated data; the last segment also
 * binds the blob's name (the sha256 of the plaintext). A reader therefore refuses a changed byte,
 * reordered or missing segments, a file cut at any point (even at a segment boundary), and a file
 * moved under another blob's name — and never emits a segment before checking its tag.
 *
 * Layout: `WGBLOB01` · u16 length · wrapped key (ASCII) · segment₀ ‖ tag₀ · … · segmentₙ ‖ tagₙ.
 */
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** The first bytes of every encrypted blob. */
export const BLOB_MAGIC = Buffer.from('WGBLOB01', 'ascii');
/** Plaintext bytes per segment. */
export const SEGMENT_BYTES = 65_536;
const TAG_BYTES = 16;
const HEAD_FIXED = BLOB_MAGIC.length + 2;

/** Wraps and unwraps a file key with the personal-data key (the Pii cipher does this). */
export interface KeyWrap {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

function nonceOf(index: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(index, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

function aadOf(header: Buffer, last: boolean, hash: string): Buffer {
  return last ? Buffer.concat([header, Buffer.from(hash, 'ascii')]) : header;
}

/** Plaintext in, encrypted blob out; `result()` gives the plaintext's sha256 and size after the end. */
export class EncryptStream extends Transform {
  private readonly key = crypto.randomBytes(32);
  private readonly header: Buffer;
  private readonly hasher = crypto.createHash('sha256');
  private pending: Buffer = Buffer.alloc(0);
  private index = 0;
  private size = 0;
  private started = false;
  private done: { hash: string; size: number } | null = null;

  constructor(wrap: KeyWrap) {
    super();
    const wrapped = Buffer.from(wrap.encrypt(this.key.toString('base64')), 'ascii');
    const len = Buffer.alloc(2);
    len.writeUInt16BE(wrapped.length);
    this.header = Buffer.concat([BLOB_MAGIC, len, wrapped]);
  }

  private seal(plain: Buffer, last: boolean, hash: string): Buffer {
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, nonceOf(this.index++, last));
    cipher.setAAD(aadOf(this.header, last, hash));
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([ct, cipher.getAuthTag()]);
  }

  private start(): void {
    if (!this.started) {
      this.started = true;
      this.push(this.header);
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.start();
    this.hasher.update(chunk);
    this.size += chunk.length;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    // Keep at least one byte back: the last segment is only known at the end.
    while (this.pending.length > SEGMENT_BYTES) {
      this.push(this.seal(this.pending.subarray(0, SEGMENT_BYTES), false, ''));
      this.pending = this.pending.subarray(SEGMENT_BYTES);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    this.start();
    const hash = this.hasher.digest('hex');
    this.push(this.seal(this.pending, true, hash));
    this.done = { hash, size: this.size };
    done();
  }

  /** The sha256 (hex) and size of the plaintext; available once the stream has ended. */
  result(): { hash: string; size: number } {
    if (!this.done) throw new Error('the blob has not been written to the end');
    return this.done;
  }
}

/** An encrypted blob in, its plaintext out; errors on any change, cut or swap. */
export class DecryptStream extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  private header: Buffer | null = null;
  private key: Buffer | null = null;
  private index = 0;

  private readonly keyWrap: KeyWrap;
  private readonly blobHash: string;

  constructor(wrap: KeyWrap, hash: string) {
    super();
    this.keyWrap = wrap;
    this.blobHash = hash;
  }

  private open(hdr: Buffer, key: Buffer, seg: Buffer, last: boolean): Buffer {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonceOf(this.index++, last));
    decipher.setAAD(aadOf(hdr, last, this.blobHash));
    decipher.setAuthTag(seg.subarray(seg.length - TAG_BYTES));
    return Buffer.concat([decipher.update(seg.subarray(0, seg.length - TAG_BYTES)), decipher.final()]);
  }

  private readHeader(): void {
    if (this.header || this.buf.length < HEAD_FIXED) return;
    if (!this.buf.subarray(0, BLOB_MAGIC.length).equals(BLOB_MAGIC)) throw new Error('not an encrypted blob');
    const len = this.buf.readUInt16BE(BLOB_MAGIC.length);
    if (this.buf.length < HEAD_FIXED + len) return;
    this.header = this.buf.subarray(0, HEAD_FIXED + len);
    const key = Buffer.from(this.keyWrap.decrypt(this.header.subarray(HEAD_FIXED).toString('ascii')), 'base64');
    if (key.length !== 32) throw new Error('the blob key is malformed');
    this.key = key;
    this.buf = this.buf.subarray(HEAD_FIXED + len);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
      this.readHeader();
      const whole = SEGMENT_BYTES + TAG_BYTES;
      // A segment is known not to be the last only when more bytes follow it.
      while (this.header && this.key && this.buf.length > whole) {
        this.push(this.open(this.header, this.key, this.buf.subarray(0, whole), false));
        this.buf = this.buf.subarray(whole);
      }
      done();
    } catch (err) {
      done(err instanceof Error ? err : new Error(String(err)));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.readHeader();
      if (!this.header || !this.key || this.buf.length < TAG_BYTES) throw new Error('the encrypted blob is cut short');
      this.push(this.open(this.header, this.key, this.buf, true));
      done();
    } catch (err) {
      done(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
