/**
 * Beijing time (Asia/Shanghai, UTC+8 all year: China has kept no daylight saving since 1991) for
 * every timestamp and date default the staff app shows. The server sends instants in UTC
 * ("2026-11-29T21:29:48.080Z"); people read them as Beijing wall-clock time.
 *
 *   formatInstant("2026-11-29T21:29:48.080Z")          → "2026-11-30 05:29"
 *   formatInstant(iso, { seconds: true })              → "2026-11-30 05:29:48"
 *   beijingDate("2026-11-29T21:29:48.080Z")            → "2026-11-30"
 *   beijingToday()                                     → today's date in Beijing, also before 08:00
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function shifted(instant: string | Date | number): Date | null {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  return Number.isFinite(ms) ? new Date(ms + OFFSET_MS) : null;
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: string | Date | number): string {
  const d = shifted(instant);
  if (!d) return '';
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Today's date in Beijing (YYYY-MM-DD): the default of every date picker and "as of" field. */
export function beijingToday(now: Date = new Date()): string {
  return beijingDate(now);
}

/**
 * An instant as Beijing wall-clock time, "YYYY-MM-DD HH:mm" (or with seconds). A plain date
 * ("2026-11-30") is returned as it is; text that is not a time is returned unchanged.
 */
export function formatInstant(instant: string | Date | number | null | undefined, opts: { seconds?: boolean } = {}): string {
  if (instant === null || instant === undefined || instant === '') return '';
  if (typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const d = shifted(instant);
  if (!d) return typeof instant === 'string' ? instant : '';
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${opts.seconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return `${date} ${time}`;
}

/** A date range "2020-01-01 – 2020-12-31" with "…" for an open end; "" when both are empty. */
export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '';
  return `${from || '…'} – ${to || '…'}`;
}
