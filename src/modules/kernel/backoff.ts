/** Retry spacing shared by the timers and the outbox. */
import { redactPersonalData } from '../../crypto/redact.js';

/**
 * The wait after the `attempt`-th failed try (1-based): `baseMs` doubled for every earlier failure,
 * capped at `capMs` (10 s, 20 s, 40 s … with a 10 s base).
 */
export function backoffMs(attempt: number, baseMs: number, capMs: number): number {
  if (attempt < 1) return 0;
  // 2^30 × any sane base is far past any cap; the exponent is bounded so the number stays finite.
  return Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
}

/** Error text to store with a failed try (first line, bounded; never a stack). */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // A gateway's error often repeats the number it could not reach: stored errors hold no personal data.
  return redactPersonalData(text.split('\n')[0] ?? '').slice(0, 500);
}
