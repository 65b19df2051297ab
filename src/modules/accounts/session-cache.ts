/**
 * The signed-in request's credential read, kept for at most one second (decision 234).
 *
 * Every entry is stamped with the process's credential epoch. Every write of `users` or `sessions`
 * in this process (the account and binding repositories) and every committed unit of work moves
 * the epoch on, so a change made through this server holds from its next request; a change made
 * by another server (or a repair in the database) holds once the entry's lifetime has passed,
 * never more than a second later. An entry never outlives its session.
 */

let epoch = 0;

/** A write of `users` or `sessions` happened (or committed) in this process: every kept credential is stale. */
export function credentialsChanged(): void {
  epoch++;
}

/** For the unit of work: a credential written inside a transaction is stale again once it commits. */
export const credentialGuard = {
  mark: (): number => epoch,
  settle(mark: number): void {
    if (mark !== epoch) epoch++;
  },
};

/** The longest lifetime a kept credential may have: a revocation elsewhere holds within a second. */
export const MAX_SESSION_CACHE_MS = 1000;

interface Entry<V> {
  value: V;
  at: number;
  until: number;
  epoch: number;
}

export interface SessionCache<V> {
  /** The epoch to hand to `put`, taken before the database read it will keep. */
  begin(): number;
  /** The kept value at `nowMs`, or undefined when none, stale or expired. */
  get(key: string, nowMs: number): V | undefined;
  /** Keeps a value read at epoch `readEpoch`, unless a change happened since; `expiresMs` ends it sooner. */
  put(key: string, value: V, readEpoch: number, nowMs: number, expiresMs: number): void;
}

export function createSessionCache<V>(lifetimeMs: number, maxEntries = 10_000): SessionCache<V> {
  const life = Math.min(Math.max(0, lifetimeMs), MAX_SESSION_CACHE_MS);
  const entries = new Map<string, Entry<V>>();
  return {
    begin: () => epoch,
    get(key, nowMs) {
      const e = entries.get(key);
      if (!e) return undefined;
      // A clock that went back is not trusted either.
      if (e.epoch !== epoch || nowMs < e.at || nowMs >= e.until) {
        entries.delete(key);
        return undefined;
      }
      return e.value;
    },
    put(key, value, readEpoch, nowMs, expiresMs) {
      if (life === 0 || readEpoch !== epoch) return;
      entries.delete(key);
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { value, at: nowMs, until: Math.min(nowMs + life, expiresMs), epoch });
    },
  };
}
