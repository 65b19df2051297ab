/**
 * Rates: stored as basis points (万分比, 1/10000, integers), shown and typed as per cent.
 *
 *   formatPercent(1250)   → "12.5%"
 *   parsePercent("12.5")  → 1250   (null when not a rate with at most two decimals)
 */

/** Basis points as a per-cent text without trailing zeros: 1250 → "12.5%", 10000 → "100%". */
export function formatPercent(basisPoints: number | null | undefined): string {
  if (basisPoints === null || basisPoints === undefined) return '';
  if (!Number.isSafeInteger(basisPoints)) return `${basisPoints / 100}%`;
  const sign = basisPoints < 0 ? '-' : '';
  const abs = Math.abs(basisPoints);
  const cents = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100)}${cents ? `.${cents}` : ''}%`;
}

/** A per-cent value typed by a person ("12.5", "12.5%") → basis points, exactly; null otherwise. */
export function parsePercent(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const s = (typeof input === 'number' ? String(input) : input).replace(/[\s%％]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const [, sign = '', whole = '0', frac = ''] = m;
  const bp = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return sign === '-' ? -bp : bp;
}
