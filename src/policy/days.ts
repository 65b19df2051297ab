/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), the form dates take in columns.
 * Integer-only civil-date conversion, no Date objects, so it runs in tight loops. Semantics match
 * src/core/dates.ts exactly (addMonths clamps to month end; monthsBetween counts completed months);
 * days.test.ts checks the two agree.
 */

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function monthLength(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a civil date. */
export function dayFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number packed as y*512 + m*32 + d, computed (see {@link packedCivil}). */
function computePackedCivil(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 512 + m * 32 + d;
}

// Day numbers from 1900-01-01 to 2199-12-31 map to their civil date by table: the batch kernels
// convert millions of dates, and a lookup beats the arithmetic several times over.
const TABLE_FROM = dayFromCivil(1900, 1, 1);
const TABLE_TO = dayFromCivil(2199, 12, 31);
let table: Int32Array | undefined;

function civilTable(): Int32Array {
  if (table) return table;
  const t = new Int32Array(TABLE_TO - TABLE_FROM + 1);
  for (let d = TABLE_FROM; d <= TABLE_TO; d++) t[d - TABLE_FROM] = computePackedCivil(d);
  table = t;
  return t;
}

/** Civil date of a day number packed as y*512 + m*32 + d (no allocation in hot loops). */
export function packedCivil(day: number): number {
  if (day >= TABLE_FROM && day <= TABLE_TO && Number.isInteger(day)) return civilTable()[day - TABLE_FROM] ?? computePackedCivil(day);
  return computePackedCivil(day);
}

/** Whole completed months from day a to day b, as src/core/dates.ts monthsBetween. NaN in, NaN out. */
export function monthsBetweenDays(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const pa = packedCivil(a);
  const pb = packedCivil(b);
  const ay = pa >> 9;
  const am = (pa >> 5) & 15;
  const ad = pa & 31;
  const by = pb >> 9;
  const bm = (pb >> 5) & 15;
  const bd = pb & 31;
  let months = (by - ay) * 12 + (bm - am);
  if (bd < ad && !(bd === monthLength(by, bm) && ad > bd)) months -= 1;
  return months;
}

/** Adds whole months to a day number, clamping to the end of a shorter month (as dates.ts addMonths). */
export function addMonthsDays(day: number, months: number): number {
  if (!Number.isFinite(day) || !Number.isFinite(months)) return NaN;
  const p = packedCivil(day);
  const y = p >> 9;
  const m = (p >> 5) & 15;
  const d = p & 31;
  const total = y * 12 + (m - 1) + Math.trunc(months);
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayFromCivil(ny, nm, Math.min(d, monthLength(ny, nm)));
}

/** Whole years of age on a day (as dates.ts ageOn). */
export function ageOnDays(birth: number, on: number): number {
  return Math.floor(monthsBetweenDays(birth, on) / 12);
}
