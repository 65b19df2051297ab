/**
 * Reading a backup bundle (backup.ts writes it): a tar whose first entry is the database dump,
 * then the blobs under `blobs/`, then `manifest.json` naming every entry with its size and sha256.
 * `unpackBundle` unpacks into a private folder and checks everything; any deviation — another
 * entry name, a missing or extra entry, a changed byte, a cut — is a RestoreRefused.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readTar, TarError } from './tar.js';

/** What `manifest.json` records. */
export interface Manifest {
  format: 'wugong-backup';
  version: 1;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  /** Fingerprint of the personal-data key the database and blobs were written under. */
  keyFingerprint: string;
  /** The database entry's name. */
  database: string;
  files: Array<{ name: string; size: number; sha256: string }>;
}

export interface UnpackedBundle {
  manifest: Manifest;
  /** Path of the unpacked database dump. */
  database: string;
  /** Unpacked blobs: path relative to the blob folder, and where the file now is. */
  blobs: Array<{ rel: string; path: string }>;
}

const DATABASES = new Set(['database.sqlite', 'database.pgdump']);
/** A blob's path inside the blob folder: `ab/cd/<sha256>`, or the same under `imports/` (blob-store.ts, importBlobDir). */
const BLOB_REL = String.raw`(?:imports\/)?[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}`;
const BLOB_PATH = new RegExp(`^${BLOB_REL}$`);
const BLOB = new RegExp(`^blobs\\/(${BLOB_REL})$`);

/** Whether a path relative to the blob folder is a stored blob (temporary files and others are not). */
export function isBlobPath(rel: string): boolean {
  return BLOB_PATH.test(rel);
}
const MANIFEST_MAX = 64 * 1024 * 1024;

function refuse(message: string): never {
  throw new BundleRefused(message);
}

/** A bundle that is not one, or not intact. */
export class BundleRefused extends Error {}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates the parsed manifest's shape. */
export function parseManifest(text: string): Manifest {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return refuse('the manifest is not JSON');
  }
  if (!isRecord(v) || v.format !== 'wugong-backup' || v.version !== 1) return refuse('not a Wugong backup manifest (format 1)');
  const { createdAt, dialect, keyFingerprint, database, files } = v;
  if (typeof createdAt !== 'string' || typeof keyFingerprint !== 'string' || typeof database !== 'string' || !Array.isArray(files))
    return refuse('the manifest is incomplete');
  if (dialect !== 'sqlite' && dialect !== 'postgres') return refuse('the manifest names no known database');
  const list: Manifest['files'] = [];
  for (const f of files) {
    if (!isRecord(f) || typeof f.name !== 'string' || typeof f.size !== 'number' || typeof f.sha256 !== 'string')
      return refuse('the manifest lists a malformed entry');
    list.push({ name: f.name, size: f.size, sha256: f.sha256 });
  }
  return { format: 'wugong-backup', version: 1, createdAt, dialect, keyFingerprint, database, files: list };
}

/** Unpacks a bundle into `stage` (an empty private folder) and checks it against its manifest. */
export async function unpackBundle(file: string, stage: string): Promise<UnpackedBundle> {
  const seen = new Map<string, { size: number; sha256: string; path: string }>();
  const state: { manifest: string | null } = { manifest: null };
  try {
    await readTar(file, async (entry, read) => {
      if (seen.has(entry.name) || (entry.name === 'manifest.json' && state.manifest !== null))
        refuse(`the bundle holds ${entry.name} twice`);
      if (seen.size === 0 && !DATABASES.has(entry.name)) refuse('not a Wugong backup: it does not begin with a database');
      if (state.manifest !== null) refuse('the bundle has entries after its manifest');
      if (entry.name === 'manifest.json') {
        if (entry.size > MANIFEST_MAX) refuse('the manifest is too large');
        const parts: Buffer[] = [];
        for (let b = await read(1 << 20); b.length > 0; b = await read(1 << 20)) parts.push(b);
        state.manifest = Buffer.concat(parts).toString('utf8');
        return;
      }
      if (!DATABASES.has(entry.name) && !BLOB.test(entry.name)) refuse(`the bundle holds an unexpected entry: ${entry.name}`);
      const to = path.join(stage, ...entry.name.split('/'));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      const fd = fs.openSync(to, 'wx', 0o600);
      const hasher = crypto.createHash('sha256');
      try {
        for (let b = await read(1 << 20); b.length > 0; b = await read(1 << 20)) {
          hasher.update(b);
          fs.writeSync(fd, b);
        }
      } finally {
        fs.closeSync(fd);
      }
      seen.set(entry.name, { size: entry.size, sha256: hasher.digest('hex'), path: to });
    });
  } catch (err) {
    if (err instanceof TarError) refuse(`the bundle is damaged: ${err.message}`);
    throw err;
  }
  if (state.manifest === null) return refuse('the bundle has no manifest (cut short?)');
  const manifest = parseManifest(state.manifest);
  if (manifest.files.length !== seen.size) refuse('the bundle does not hold exactly the files its manifest lists');
  for (const f of manifest.files) {
    const got = seen.get(f.name);
    if (!got) return refuse(`the bundle lacks ${f.name}`);
    if (got.size !== f.size || got.sha256 !== f.sha256) refuse(`${f.name} in the bundle is damaged (its checksum differs)`);
  }
  const database = seen.get(manifest.database);
  if (!database || !DATABASES.has(manifest.database)) return refuse('the manifest names no database in the bundle');
  const blobs: UnpackedBundle['blobs'] = [];
  for (const [name, f] of seen) {
    const m = BLOB.exec(name);
    if (m?.[1]) blobs.push({ rel: m[1], path: f.path });
  }
  return { manifest, database: database.path, blobs };
}
