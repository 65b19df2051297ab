/**
 * Idempotency keys: the first answer to a request is stored under (caller, route, key) and replayed
 * for any repeat within the retention window, so a retried "create" or "pay" happens once.
 */
import crypto from 'node:crypto';
import type { Deps } from '../deps.js';
import { isoInstant } from '../../core/clock.js';
import * as repo from './settings.repository.js';

export const IDEMPOTENCY_RETENTION_HOURS = 48;

export type Claim = { kind: 'new' } | { kind: 'replay'; statusCode: number; body: string } | { kind: 'mismatch' } | { kind: 'in_progress' };

export function requestFingerprint(method: string, url: string, body: unknown): string {
  return crypto
    .createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

export function createIdempotencyService(deps: Deps) {
  const { db, clock } = deps;
  return {
    /** Claims a key for a new request, or tells how to answer a repeat. */
    async claim(key: string, fingerprint: string): Promise<Claim> {
      if (await repo.claimIdempotencyKey(db.kysely, key, fingerprint, isoInstant(clock.now()))) return { kind: 'new' };
      const row = await repo.findIdempotencyKey(db.kysely, key);
      if (!row) return this.claim(key, fingerprint);
      if (row.request_hash !== fingerprint) return { kind: 'mismatch' };
      if (row.status_code === null || row.response === null) return { kind: 'in_progress' };
      return { kind: 'replay', statusCode: row.status_code, body: row.response };
    },
    /** Stores the answer to replay. */
    complete: (key: string, statusCode: number, body: string) => repo.completeIdempotencyKey(db.kysely, key, statusCode, body),
    /** Frees a key whose request failed on the server, so that a retry runs again. */
    release: (key: string) => repo.releaseIdempotencyKey(db.kysely, key),
    /** Drops keys older than the retention window. */
    purge: () =>
      repo.purgeIdempotencyKeys(db.kysely, isoInstant(new Date(clock.now().getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000))),
  };
}

export type IdempotencyService = ReturnType<typeof createIdempotencyService>;
