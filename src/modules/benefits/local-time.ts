/** Beijing local time for what the module writes into files (exports and bank files are read in China). */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** `2026-11-28 10:00` in Beijing time from a stored UTC instant; the text itself when it is not one. */
export function beijingMinute(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
