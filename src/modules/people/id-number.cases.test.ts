/**
 * GB 11643 check characters computed by hand, independently of `checkCharacter` and `makeIdNumber`
 * (the other ID tests build their numbers with the function under test, so a wrong weight would
 * agree with itself). Every one of the 17 weighted digits is non-zero in every number below, so a
 * change of any single weight changes the weighted sum by digit × Δweight, which is never a multiple
 * of 11 (11 is prime, 1 ≤ digit ≤ 9, 0 < |Δ| ≤ 10): the check character must move. The eleven
 * numbers cover all eleven remainders, so the whole mapping "10X98765432" is pinned too.
 *
 * Weights: 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; check = "10X98765432"[sum mod 11].
 */
import { describe, expect, it } from 'vitest';
import { checkCharacter, isCalendarDate, looksScientific, parseIdNumber } from './id-number.js';

const rules = { today: '2026-11-28', isPlausibleAddressCode: (c: string) => /^[1-6]\d{5}$/.test(c) };

/**
 * Worked by hand (digit × weight):
 * 451228 19871129 123:
 *   4×7=28  5×9=45  1×10=10  2×5=10  2×8=16  8×4=32  1×2=2  9×1=9  8×6=48  7×3=21  1×7=7  1×9=9
 *   2×10=20  9×5=45  1×8=8  2×4=8  3×2=6            sum 324 = 29×11 + 5  → "10X98765432"[5] = '7'
 * 412721 19781219 784:
 *   4×7=28  1×9=9  2×10=20  7×5=35  2×8=16  1×4=4  1×2=2  9×1=9  7×6=42  8×3=24  1×7=7  2×9=18
 *   1×10=10  9×5=45  7×8=56  8×4=32  4×2=8            sum 365 = 33×11 + 2  → 'X'
 * 622923 19741128 248:
 *   6×7=42  2×9=18  2×10=20  9×5=45  2×8=16  3×4=12  1×2=2  9×1=9  7×6=42  4×3=12  1×7=7  1×9=9
 *   2×10=20  8×5=40  2×8=16  4×4=16  8×2=16            sum 342 = 31×11 + 1  → '0'
 * 431121 19761118 248:
 *   4×7=28  3×9=27  1×10=10  1×5=5  2×8=16  1×4=4  1×2=2  9×1=9  7×6=42  6×3=18  1×7=7  1×9=9
 *   1×10=10  8×5=40  2×8=16  4×4=16  8×2=16            sum 275 = 25×11 + 0  → '1'
 * The others were worked the same way; their sums are listed beside them.
 */
const HAND_COMPUTED: Array<{ id: string; sum: number; birthDate: string; sex: 'male' | 'female' }> = [
  { id: '431121197611182481', sum: 275, birthDate: '1976-11-18', sex: 'female' }, // 275 mod 11 = 0 → '1'
  { id: '622923197411282480', sum: 342, birthDate: '1974-11-28', sex: 'female' }, // 1 → '0'
  { id: '41272119781219784X', sum: 365, birthDate: '1978-12-19', sex: 'female' }, // 2 → 'X'
  { id: '452724199311259139', sum: 377, birthDate: '1993-11-25', sex: 'male' }, // 3 → '9'
  { id: '612324196912248368', sum: 345, birthDate: '1969-12-24', sex: 'female' }, // 4 → '8'
  { id: '451228198711291237', sum: 324, birthDate: '1987-11-29', sex: 'male' }, // 5 → '7'
  { id: '451229199212132486', sum: 314, birthDate: '1992-12-13', sex: 'female' }, // 6 → '6'
  { id: '341222198311216955', sum: 304, birthDate: '1983-11-21', sex: 'male' }, // 7 → '5'
  { id: '371312199511124724', sum: 305, birthDate: '1995-11-12', sex: 'female' }, // 8 → '4'
  { id: '513431198612164723', sum: 328, birthDate: '1986-12-16', sex: 'female' }, // 9 → '3'
  { id: '522122198812274722', sum: 329, birthDate: '1988-12-27', sex: 'female' }, // 10 → '2'
];

describe('GB 11643 check character against hand-computed numbers', () => {
  it('uses numbers whose 17 weighted digits are all non-zero and whose remainders cover 0..10', () => {
    for (const { id } of HAND_COMPUTED) expect(id.slice(0, 17)).toMatch(/^[1-9]{17}$/);
    expect(HAND_COMPUTED.map((c) => c.sum % 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  for (const c of HAND_COMPUTED) {
    it(`${c.id}: check character ${c.id.charAt(17)}, facts from the number`, () => {
      expect(checkCharacter(c.id.slice(0, 17))).toBe(c.id.charAt(17));
      expect(parseIdNumber(c.id, rules)).toEqual({
        ok: true,
        value: { idNumber: c.id, addressCode: c.id.slice(0, 6), birthDate: c.birthDate, sex: c.sex },
      });
      // Lower-case x is normalised; any other check character is refused.
      if (c.id.endsWith('X')) expect(parseIdNumber(c.id.toLowerCase(), rules)).toMatchObject({ ok: true, value: { idNumber: c.id } });
      for (const other of '0123456789X') {
        if (other !== c.id.charAt(17))
          expect(parseIdNumber(c.id.slice(0, 17) + other, rules)).toEqual({ ok: false, code: 'id_number_checksum' });
      }
    });
  }

  it('the published example of the standard (11010519491231002X) still holds', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
  });

  it('refuses each of the 17 digits changed by one, for every hand-computed number', () => {
    // Δsum = ±weight (never a multiple of 11), so the stored check character no longer matches.
    for (const { id } of HAND_COMPUTED) {
      for (let pos = 0; pos < 17; pos++) {
        const d = Number(id.charAt(pos));
        const changed = id.slice(0, pos) + String(d === 9 ? 8 : d + 1) + id.slice(pos + 1);
        const r = parseIdNumber(changed, rules);
        expect(r.ok, `${changed} (digit ${pos + 1} changed)`).toBe(false);
      }
    }
  });
});

/**
 * Birth dates at the edges, check characters worked like the ones above (weighted sums in brackets):
 * 451228 19000101 123 → 188 = 17×11 + 1 → '0'; 451228 18991231 123 → 314 → '6';
 * 451228 20261128 123 → 273 = 24×11 + 9 → '3'; 451228 20261129 123 → 278 = 25×11 + 3 → '9';
 * 451228 19880229 123 → 329 = 29×11 + 10 → '2'; 451228 19890229 123 → 332 = 30×11 + 2 → 'X'.
 */
describe('GB 11643: format and birth-date edges', () => {
  it('accepts births on both sides of 1900-01-01 and on the business date itself; the day after is "in the future"', () => {
    expect(parseIdNumber('451228190001011230', rules)).toMatchObject({ ok: true, value: { birthDate: '1900-01-01' } });
    expect(parseIdNumber('451228189912311236', rules)).toMatchObject({ ok: true, value: { birthDate: '1899-12-31' } });
    expect(parseIdNumber('451228202611281233', rules)).toMatchObject({ ok: true, value: { birthDate: '2026-11-28' } });
    expect(parseIdNumber('451228202611291239', rules)).toEqual({ ok: false, code: 'id_number_birth_future' });
    expect(parseIdNumber('451228198802291232', rules)).toMatchObject({ ok: true, value: { birthDate: '1988-02-29' } });
    expect(parseIdNumber('45122819890229123X', rules)).toEqual({ ok: false, code: 'id_number_birth_date' });
  });

  /**
   * The two examples printed in GB 11643-1999 itself (sums worked by hand as above):
   * 110105 19491231 002 → 167 = 15×11 + 2 → 'X'; 440524 18800101 001 → 195 = 17×11 + 8 → '4'.
   * Leap days by the Gregorian rule (1900 is not a leap year, 1896 and 2000 are; year 0800 is,
   * though JavaScript's Date would read it as 1900): 451228 19000229 123 → 257 → '8';
   * 451228 20000229 123 → 250 → '4'; 451228 18960229 123 → 328 → '3'; 451228 08000229 123 → 254 → '0'.
   */
  it('accepts the numbers printed in the standard, a person born in 1880 among them, and judges leap days by the Gregorian rule', () => {
    expect(parseIdNumber('11010519491231002X', rules)).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', addressCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
    expect(parseIdNumber('440524188001010014', rules)).toEqual({
      ok: true,
      value: { idNumber: '440524188001010014', addressCode: '440524', birthDate: '1880-01-01', sex: 'male' },
    });
    expect(parseIdNumber('451228190002291238', rules)).toEqual({ ok: false, code: 'id_number_birth_date' });
    expect(parseIdNumber('451228200002291234', rules)).toMatchObject({ ok: true, value: { birthDate: '2000-02-29' } });
    expect(parseIdNumber('451228189602291233', rules)).toMatchObject({ ok: true, value: { birthDate: '1896-02-29' } });
    expect(parseIdNumber('451228080002291230', rules)).toMatchObject({ ok: true, value: { birthDate: '0800-02-29' } });
  });

  it('says "in the future" only for a real date after the business date, and "invalid" for a day that does not exist', () => {
    expect(parseIdNumber('451228202611291239', { ...rules, today: '2026-11-29' })).toMatchObject({ ok: true });
    expect(parseIdNumber('451228202611291239', { ...rules, today: '2026-11-28' })).toEqual({ ok: false, code: 'id_number_birth_future' });
    expect(isCalendarDate('20261131')).toBe(false);
    expect(isCalendarDate('20261130')).toBe(true);
    expect(isCalendarDate('00000101')).toBe(false);
    expect(isCalendarDate('00010101')).toBe(true);
    expect(isCalendarDate('19001301')).toBe(false);
    expect(isCalendarDate('19000100')).toBe(false);
  });

  it('trims spaces, and refuses anything but exactly 17 digits and a digit or X', () => {
    expect(parseIdNumber(' 451228198711291237\t', rules)).toMatchObject({ ok: true, value: { idNumber: '451228198711291237' } });
    // A valid number with a character added after it, or before it, is not a valid number.
    expect(parseIdNumber('4512281987112912371', rules)).toEqual({ ok: false, code: 'id_number_format' });
    expect(parseIdNumber('1451228198711291237', rules)).toEqual({ ok: false, code: 'id_number_format' });
    expect(parseIdNumber('45122819871129123', rules)).toEqual({ ok: false, code: 'id_number_format' });
    expect(parseIdNumber('4512281987112912Y7', rules)).toEqual({ ok: false, code: 'id_number_format' });
    expect(parseIdNumber('X51228198711291237', rules)).toEqual({ ok: false, code: 'id_number_format' });
  });

  it('recognises a number a spreadsheet wrote in scientific notation, and nothing else', () => {
    for (const sci of ['4.51228E+17', '4.51228e17', '4E17', ' 4.5122E+17 ', '4.512281987113E+17'])
      expect(looksScientific(sci), sci).toBe(true);
    for (const not of ['4.51228E+17x', 'x4.51228E+17', '45.1228E+17', '4.E17', '4.5E', '451228198711291237', 'E17'])
      expect(looksScientific(not), not).toBe(false);
    expect(parseIdNumber('4.51228E+17', rules)).toEqual({ ok: false, code: 'id_number_scientific' });
  });

  it('refuses an address code the rules call implausible', () => {
    expect(parseIdNumber('451228198711291237', { ...rules, isPlausibleAddressCode: (c) => c !== '451228' })).toEqual({
      ok: false,
      code: 'id_number_address',
    });
  });
});
