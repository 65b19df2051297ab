/**
 * Request counts shared by every app server, kept in the database (decision 231). The HTTP rate
 * limiter asks it to count a hit under a key it has already hashed; this module knows no HTTP.
 * Windows are fixed and aligned to the clock (a minute window starts on the minute), so every
 * server that counts a key in the same minute raises the same row.
 */
import type { Deps } from '../deps.js';
import * as repo from './rate-counts.repository.js';

/** The fixed window holding an instant: where it starts and how long until it is over. */
export function fixedWindow(nowMs: number, windowMs: number): { start: number; resetInMs: number } {
  const start = nowMs - (nowMs % windowMs);
  return { start, resetInMs: start + windowMs - nowMs };
}

/** How often (at most) one server prunes windows that are over, and how many rows one prune deletes at most. */
export const RATE_PRUNE_EVERY_MS = 60_000;
export const RATE_PRUNE_BATCH = 5_000;

export function createRateCounter(deps: Pick<Deps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  let pruneDueAt = 0;
  return {
    /**
     * Counts one hit under `key` in the current window of `windowMs`; returns the hits so far (this
     * one included) and the milliseconds until the window is over. About once a minute it also
     * deletes a batch of windows that are over (at once again when the batch was full).
     */
    async hit(key: string, windowMs: number): Promise<{ hits: number; resetInMs: number }> {
      const now = clock.now().getTime();
      const w = fixedWindow(now, windowMs);
      const hits = await repo.countRateLimitHit(db.kysely, key, w.start, w.start + windowMs);
      if (now >= pruneDueAt) {
        pruneDueAt = now + RATE_PRUNE_EVERY_MS;
        if ((await repo.pruneRateLimitHits(db.kysely, now, RATE_PRUNE_BATCH)) >= RATE_PRUNE_BATCH) pruneDueAt = now;
      }
      return { hits, resetInMs: w.resetInMs };
    },
    /** Deletes a batch of windows that are over now; returns how many rows went. */
    prune: () => repo.pruneRateLimitHits(db.kysely, clock.now().getTime(), RATE_PRUNE_BATCH),
  };
}

export type RateCounter = ReturnType<typeof createRateCounter>;
