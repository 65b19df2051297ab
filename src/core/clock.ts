/** One injectable clock. Business dates are in Asia/Shanghai (UTC+8, no DST). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at (or advanced from) a given instant, for tests and demos. */
export function fixedClock(iso: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(next: string) {
      t = new Date(next).getTime();
    },
  };
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The business date (YYYY-MM-DD) in Asia/Shanghai for an instant. */
export function businessDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO timestamp in UTC with milliseconds, the storage form of instants. */
export function isoInstant(at: Date): string {
  return at.toISOString();
}
