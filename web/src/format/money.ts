/**
 * Money: stored and sent in fen (分, integers), shown and typed in yuan (元). Conversions work on
 * the decimal text, never through floating point, so 0.29 元 is 29 分 and 29 分 is "0.29".
 *
 *   formatYuan(500000)        → "5,000.00 元"
 *   yuanText(500000)          → "5000.00"      (for inputs)
 *   parseYuan("5,000.5")      → 500050         (null when not an amount)
 */

/** "5000.00" for 500000 fen; negative amounts keep their sign. */
export function yuanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be an integer, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}

/** Digit groups of three with commas: "1234567.80" → "1,234,567.80". */
function grouped(text: string): string {
  const [whole = '', cents] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${groups}${cents === undefined ? '' : `.${cents}`}`;
}

/**
 * An amount in fen as yuan for display: "5,000.00 元" (unit in the text by default, so
 * a reader never sees a bare number of fen). `unit: false` leaves the unit out (a table
 * column whose title already says 元). null/undefined give "".
 */
export function formatYuan(fen: number | null | undefined, opts: { unit?: boolean } = {}): string {
  if (fen === null || fen === undefined) return '';
  const text = grouped(yuanText(fen));
  return opts.unit === false ? text : `${text} 元`;
}

/**
 * Yuan typed by a person → fen, exactly. Accepts "5000", "5,000.5", "5000.50", " 0.29 ",
 * full-width digits and a trailing 元; refuses more than two decimals or anything else (null).
 */
export function parseYuan(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  let s = typeof input === 'number' ? String(input) : input;
  s = s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const [, sign = '', whole = '0', cents = ''] = m;
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return sign === '-' ? -fen : fen;
}
