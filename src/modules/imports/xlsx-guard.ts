/**
 * The .xlsx guard (decision 118): a pass-through stream in front of exceljs that walks the zip's
 * local entries exactly as exceljs's unzipper 0.10 does (local header, then `compressedSize` bytes,
 * or the bytes up to the data-descriptor signature when bit 3 is set and the size is zero), inflates
 * each entry a second time and meters what it really unpacks to (xlsx-limits.ts). Central-directory
 * records are skipped as unzipper skips them; the end record, or a signature unzipper would fail
 * on, ends the walk. Nothing of a chunk reaches exceljs before the chunk has been metered.
 */
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { EntryMeter, XlsxRefusedError, type XlsxLimits } from './xlsx-limits.js';

/** One zip entry being checked: its meter, and an inflater when it is compressed. */
class GuardedEntry {
  private failure: Error | null = null;
  private readonly inflater: zlib.InflateRaw | null;

  constructor(
    private readonly meter: EntryMeter,
    compressed: boolean,
  ) {
    this.inflater = compressed ? zlib.createInflateRaw() : null;
    this.inflater?.on('data', (piece: Buffer) => this.meterPiece(piece));
    this.inflater?.on('error', () => {
      // unzipper inflates the same bytes with the same zlib, so exceljs would fail here too.
      this.failure ??= new XlsxRefusedError(
        'import_format',
        { zh: `${meter.name} 已损坏，无法解压`, en: `${meter.name} is damaged and cannot be unpacked` },
        meter.name,
      );
    });
  }

  private meterPiece(piece: Buffer): void {
    if (this.failure) return;
    try {
      this.meter.add(piece);
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error(String(err));
    }
  }

  async write(raw: Buffer): Promise<void> {
    const inflater = this.inflater;
    if (!inflater) this.meterPiece(raw);
    else if (!this.failure) {
      await new Promise<void>((resolve) => inflater.write(raw, () => resolve()));
      // Output pushed while this input was inflated reaches the 'data' listener by the next turn.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (this.failure) throw this.failure;
  }

  async end(): Promise<void> {
    const inflater = this.inflater;
    if (inflater && !this.failure) {
      await new Promise<void>((resolve) => {
        inflater
          .once('end', resolve)
          .once('error', () => resolve())
          .once('close', resolve);
        inflater.end();
      });
    }
    if (this.failure) throw this.failure;
  }

  destroy(): void {
    this.inflater?.destroy();
  }
}

type WalkState =
  | { k: 'signature' }
  | { k: 'local' }
  | { k: 'names'; flags: number; method: number; compressed: number; unpacked: number; nameLength: number; extraLength: number }
  | { k: 'data'; left: number }
  | { k: 'scan' }
  | { k: 'skip'; left: number }
  | { k: 'central' }
  | { k: 'crx' };

const DESCRIPTOR = Buffer.from('PK\x07\x08', 'latin1');
const UNKNOWN = 0xffffffff;

/**
 * The sizes of a zip64 entry, read as exceljs's unzipper reads them (the first extra block with
 * id 1: uncompressed size, then compressed size), or null when the block is missing or short.
 */
function zip64Sizes(extra: Buffer): { unpacked: number; compressed: number } | null {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 1) continue;
    if (at + 20 > extra.length) return null;
    return { unpacked: Number(extra.readBigUInt64LE(at + 4)), compressed: Number(extra.readBigUInt64LE(at + 12)) };
  }
  return null;
}

/**
 * A pass-through stream that walks the zip's local entries the way exceljs's unzipper does and
 * meters each one (xlsx-limits.ts). A chunk goes on only once checked; on a refusal the stream
 * ends early, `refusal` says why, and the guard emits 'refused' with it: exceljs does not always
 * fail on the truncated file (it can wait for the rest of an entry for ever), so the reader stops
 * on that event instead of waiting for exceljs.
 */
export class XlsxGuard extends Transform {
  refusal: XlsxRefusedError | null = null;
  private pending: Buffer = Buffer.alloc(0);
  private state: WalkState = { k: 'signature' };
  private entry: GuardedEntry | null = null;
  private watching = true;
  private readonly total = { bytes: 0 };

  constructor(private readonly limits: XlsxLimits) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.refusal) return done();
    if (!this.watching) return done(null, chunk);
    this.inspect(chunk).then(
      () => done(null, chunk),
      (err: unknown) => {
        if (!(err instanceof XlsxRefusedError)) return done(err instanceof Error ? err : new Error(String(err)));
        this.refusal = err;
        this.entry?.destroy();
        this.push(null);
        done();
        this.emit('refused', err);
      },
    );
  }

  override _destroy(err: Error | null, done: (error?: Error | null) => void): void {
    this.entry?.destroy();
    done(err);
  }

  private async inspect(chunk: Buffer): Promise<void> {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (this.watching && (await this.step()));
  }

  private consume(n: number): Buffer {
    const head = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    return head;
  }

  /** One step of the walk; false when more bytes are needed. */
  private async step(): Promise<boolean> {
    const s = this.state;
    const p = this.pending;
    switch (s.k) {
      case 'signature': {
        if (p.length < 4) return false;
        const signature = this.consume(4).readUInt32LE(0);
        if (signature === 0x04034b50) this.state = { k: 'local' };
        else if (signature === 0x02014b50) this.state = { k: 'central' };
        else if (signature === 0x34327243) this.state = { k: 'crx' };
        // The end record, or bytes unzipper does not read as entries (it fails or skips to the end): no more entries.
        else this.watching = false;
        return true;
      }
      case 'local': {
        if (p.length < 26) return false;
        const h = this.consume(26);
        this.state = {
          k: 'names',
          flags: h.readUInt16LE(2),
          method: h.readUInt16LE(4),
          compressed: h.readUInt32LE(14),
          unpacked: h.readUInt32LE(18),
          nameLength: h.readUInt16LE(22),
          extraLength: h.readUInt16LE(24),
        };
        return true;
      }
      case 'names': {
        if (p.length < s.nameLength + s.extraLength) return false;
        const name = this.consume(s.nameLength).toString('utf8');
        const extra = this.consume(s.extraLength);
        let { compressed, unpacked } = s;
        if (compressed === UNKNOWN || unpacked === UNKNOWN) {
          const z = zip64Sizes(extra);
          if (!z)
            throw new XlsxRefusedError(
              'import_format',
              { zh: `${name} 的 ZIP64 大小信息不完整`, en: `the ZIP64 sizes of ${name} are incomplete` },
              name,
            );
          if (compressed === UNKNOWN) compressed = z.compressed;
          if (unpacked === UNKNOWN) unpacked = z.unpacked;
        }
        const meter = new EntryMeter(name, this.limits, this.total);
        meter.declared(unpacked);
        this.entry = new GuardedEntry(meter, s.method !== 0);
        // As unzipper: the size is known unless bit 3 is set and the header's size is zero.
        this.state = !(s.flags & 0x08) || compressed > 0 ? { k: 'data', left: compressed } : { k: 'scan' };
        return true;
      }
      case 'data': {
        if (s.left === 0) {
          await this.finishEntry();
          this.state = { k: 'signature' };
          return true;
        }
        if (!p.length) return false;
        const piece = this.consume(Math.min(s.left, p.length));
        this.state = { k: 'data', left: s.left - piece.length };
        await this.entry?.write(piece);
        return true;
      }
      case 'scan': {
        const at = p.indexOf(DESCRIPTOR);
        if (at === -1) {
          // Keep three bytes: the descriptor's signature may be split between chunks.
          if (p.length <= 3) return false;
          await this.entry?.write(this.consume(p.length - 3));
          return true;
        }
        if (at > 0) await this.entry?.write(this.consume(at));
        await this.finishEntry();
        this.state = { k: 'skip', left: 16 };
        return true;
      }
      case 'central': {
        if (p.length < 42) return false;
        const h = this.consume(42);
        this.state = { k: 'skip', left: h.readUInt16LE(24) + h.readUInt16LE(26) + h.readUInt16LE(28) };
        return true;
      }
      case 'crx': {
        if (p.length < 12) return false;
        const h = this.consume(12);
        this.state = { k: 'skip', left: h.readUInt32LE(4) + h.readUInt32LE(8) };
        return true;
      }
      case 'skip': {
        const n = Math.min(s.left, p.length);
        this.consume(n);
        if (n === s.left) this.state = { k: 'signature' };
        else this.state = { k: 'skip', left: s.left - n };
        return n === s.left;
      }
    }
  }

  private async finishEntry(): Promise<void> {
    const entry = this.entry;
    this.entry = null;
    await entry?.end();
  }
}
