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

/** `2026-11-28 10:00` in Asia/Shanghai from a stored UTC instant (what files read in China show); the text itself when it is not one. */
export function beijingMinute(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The UTC instant (ISO) at which a Beijing calendar date (YYYY-MM-DD) begins: 00:00 UTC+8. */
export function beijingMidnightUtc(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000+08:00`)).toISOString();
}

/** The UTC instant a Beijing day is over (00:00 Beijing the next day): when a deadline on that day has passed. */
export function beijingDayOver(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000+08:00`) + 86_400_000).toISOString();
}

/** ISO timestamp in UTC with milliseconds, the storage form of instants. */
export function isoInstant(at: Date): string {
  return at.toISOString();
}
