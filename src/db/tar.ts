/**
 * The small part of POSIX tar (ustar) a backup bundle needs: regular files only, written and read
 * in sequence, every header checksum verified, sizes above 8 GiB in the GNU base-256 form. A bundle
 * is therefore an ordinary tar file (`tar -tf` lists it), without a dependency.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

const BLOCK = 512;
const CHUNK = 1024 * 1024;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o600, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  if (size < 8 ** 11) {
    h.write(octal(size, 12), 124, 'ascii');
  } else {
    h[124] = 0x80;
    h.writeBigUInt64BE(BigInt(size), 128);
  }
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/** Writes a tar file entry by entry; `close` adds the end-of-archive blocks. */
export class TarWriter {
  private constructor(private readonly fh: fs.promises.FileHandle) {}

  static async create(file: string): Promise<TarWriter> {
    return new TarWriter(await fs.promises.open(file, 'wx', 0o600));
  }

  /** Adds bytes under a name; returns their sha256. */
  async addBuffer(name: string, data: Buffer, mtime = new Date()): Promise<string> {
    await this.fh.write(header(name, data.length, mtime));
    await this.fh.write(data);
    await this.pad(data.length);
    return crypto.createHash('sha256').update(data).digest('hex');
  }

  /** Copies a file under a name; returns its size and sha256. */
  async addFile(name: string, path: string): Promise<{ size: number; sha256: string }> {
    const src = await fs.promises.open(path, 'r');
    try {
      const { size, mtime } = await src.stat();
      await this.fh.write(header(name, size, mtime));
      const hasher = crypto.createHash('sha256');
      const buf = Buffer.alloc(CHUNK);
      let left = size;
      while (left > 0) {
        const { bytesRead } = await src.read(buf, 0, Math.min(CHUNK, left));
        if (bytesRead === 0) throw new Error(`${path} shrank while it was backed up`);
        hasher.update(buf.subarray(0, bytesRead));
        await this.fh.write(buf.subarray(0, bytesRead));
        left -= bytesRead;
      }
      await this.pad(size);
      return { size, sha256: hasher.digest('hex') };
    } finally {
      await src.close();
    }
  }

  private async pad(size: number): Promise<void> {
    const rest = size % BLOCK;
    if (rest) await this.fh.write(Buffer.alloc(BLOCK - rest));
  }

  /** Ends the archive and flushes it to disk. */
  async close(): Promise<void> {
    try {
      await this.fh.write(Buffer.alloc(BLOCK * 2));
      await this.fh.sync();
    } finally {
      await this.fh.close();
    }
  }

  /** Closes without finishing (the caller deletes the file). */
  async abandon(): Promise<void> {
    await this.fh.close();
  }
}

/** A tar file that is not well formed: a bad checksum, a cut, an entry of another type. */
export class TarError extends Error {}

export interface TarEntryHeader {
  name: string;
  size: number;
}

function parseSize(h: Buffer): number {
  if ((h[124] ?? 0) & 0x80) {
    const n = h.readBigUInt64BE(128);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new TarError('tar entry too large');
    return Number(n);
  }
  const text = h
    .subarray(124, 136)
    .toString('ascii')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(text)) throw new TarError('tar entry size is not a number');
  return Number.parseInt(text, 8);
}

function parseHeader(h: Buffer): TarEntryHeader {
  const stored = Number.parseInt(
    h
      .subarray(148, 156)
      .toString('ascii')
      .replace(/[\0 ]+$/, '')
      .trim(),
    8,
  );
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] ?? 0);
  if (stored !== sum) throw new TarError('tar header checksum mismatch');
  const type = String.fromCharCode(h[156] ?? 0);
  if (type !== '0' && type !== '\0') throw new TarError(`tar entry of type "${type}" is not a regular file`);
  const cut = (b: Buffer) => b.toString('utf8').replace(/\0.*$/s, '');
  const prefix = h.subarray(257, 263).toString('ascii') === 'ustar\0' ? cut(h.subarray(345, 500)) : '';
  const name = cut(h.subarray(0, 100));
  return { name: prefix ? `${prefix}/${name}` : name, size: parseSize(h) };
}

/**
 * Reads a tar file in order, calling `onEntry` with each regular file's name and a reader of its
 * bytes (`read(n)` returns up to n bytes; an empty buffer at the end). Throws TarError on anything
 * malformed, including a file cut before its end-of-archive blocks.
 */
export async function readTar(
  file: string,
  onEntry: (entry: TarEntryHeader, read: (n: number) => Promise<Buffer>) => Promise<void>,
): Promise<void> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const { size: total } = await fh.stat();
    let pos = 0;
    const block = Buffer.alloc(BLOCK);
    const readAt = async (buf: Buffer, at: number) => {
      const { bytesRead } = await fh.read(buf, 0, buf.length, at);
      if (bytesRead !== buf.length) throw new TarError('the archive is cut short');
    };
    for (;;) {
      await readAt(block, pos);
      pos += BLOCK;
      if (block.every((b) => b === 0)) {
        await readAt(block, pos);
        if (!block.every((b) => b === 0)) throw new TarError('the archive ends in the middle');
        return;
      }
      const entry = parseHeader(block);
      const end = pos + entry.size;
      if (end > total) throw new TarError('the archive is cut short');
      let at = pos;
      await onEntry(entry, async (n) => {
        const len = Math.min(n, end - at);
        if (len <= 0) return Buffer.alloc(0);
        const buf = Buffer.alloc(len);
        await readAt(buf, at);
        at += len;
        return buf;
      });
      pos = end + ((BLOCK - (entry.size % BLOCK)) % BLOCK);
    }
  } finally {
    await fh.close();
  }
}
