/**
 * GB 11643-1999 resident ID numbers (公民身份号码): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male) and a check character over ISO 7064 MOD 11-2.
 * Pure functions, shared by the service, the importer and the synthetic-data generator.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export type Sex = 'male' | 'female';

/** What an ID number tells about its holder. */
export interface IdNumberFacts {
  /** Normalised: upper-case X. */
  idNumber: string;
  addressCode: string;
  birthDate: string;
  sex: Sex;
}

export type IdNumberError =
  | 'id_number_format'
  | 'id_number_checksum'
  | 'id_number_birth_date'
  | 'id_number_birth_future'
  | 'id_number_address'
  | 'id_number_scientific';

export interface IdNumberRules {
  /** Business date 'YYYY-MM-DD'; a birth date after it is refused (`id_number_birth_future`). */
  today: string;
  /** Whether a 6-digit code is a plausible issuing address (abolished codes stay plausible). */
  isPlausibleAddressCode(code6: string): boolean;
}

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK.charAt(sum % 11);
}

/**
 * Whether YYYYMMDD is a real day of the Gregorian calendar, for any year 0001–9999 (GB 11643 puts no
 * lower bound on the year: a person born in 1899 holds a valid number). Leap years by the Gregorian
 * rule, worked here rather than with Date, which maps years 0–99 to 1900–1999.
 */
export function isCalendarDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** A spreadsheet turned the ID number into a number: `4.5122E+17`, `4.51228E17`. */
export function looksScientific(raw: string): boolean {
  return /^\d(\.\d+)?[eE]\+?\d+$/.test(raw.trim());
}

/** Normalises and checks an ID number; returns its facts or the code of the first failing rule. */
export function parseIdNumber(raw: string, rules: IdNumberRules): { ok: true; value: IdNumberFacts } | { ok: false; code: IdNumberError } {
  const s = raw.trim().replace(/x$/, 'X');
  if (looksScientific(s)) return { ok: false, code: 'id_number_scientific' };
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, code: 'id_number_format' };
  if (checkCharacter(s.slice(0, 17)) !== s.charAt(17)) return { ok: false, code: 'id_number_checksum' };
  if (!isCalendarDate(s.slice(6, 14))) return { ok: false, code: 'id_number_birth_date' };
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (birthDate > rules.today) return { ok: false, code: 'id_number_birth_future' };
  const addressCode = s.slice(0, 6);
  if (!rules.isPlausibleAddressCode(addressCode)) return { ok: false, code: 'id_number_address' };
  const sequenceDigit = s.charCodeAt(16) - 48;
  return { ok: true, value: { idNumber: s, addressCode, birthDate, sex: sequenceDigit % 2 === 1 ? 'male' : 'female' } };
}

/** Builds a valid ID number from its parts (generator and tests). `sequence` is 0..999. */
export function makeIdNumber(addressCode: string, birthDate: string, sequence: number): string {
  const first17 = `${addressCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
