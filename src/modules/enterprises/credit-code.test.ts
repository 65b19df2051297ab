import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CREDIT_ALPHABET, checkCreditCode, creditCheckChar, isValidCreditCode, withCheckChar } from './credit-code.js';

const authorityPairs = ['11', '12', '19', '31', '51', '52', '53', '91', '92', '93', 'N2', 'Y1'];
const divisions = ['110000', '441900', '451228', '100000', '650102', '820000'];
const orgChar = fc.constantFrom(...CREDIT_ALPHABET.split(''));
/** A valid code: plausible authority/type, a real-province division, any organisation code, computed check. */
const validCode = fc
  .tuple(fc.constantFrom(...authorityPairs), fc.constantFrom(...divisions), fc.array(orgChar, { minLength: 9, maxLength: 9 }))
  .map(([a, d, org]) => withCheckChar(a + d + org.join('')));

describe('GB 32100 credit code', () => {
  it('accepts published examples and normalises case and spaces', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkCreditCode('9135 0100 M000 100Y43').ok).toBe(true);
  });

  it('names the first problem found', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, problem: 'credit_code_format' });
    expect(checkCreditCode('91350100M000100I43')).toEqual({ ok: false, problem: 'credit_code_format' });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'credit_code_checksum' });
    expect(checkCreditCode(withCheckChar('B1350100M000100Y4'))).toEqual({ ok: false, problem: 'credit_code_authority' });
    expect(checkCreditCode(withCheckChar('94350100M000100Y4'))).toEqual({ ok: false, problem: 'credit_code_authority' });
    expect(checkCreditCode(withCheckChar('91990100M000100Y4'))).toEqual({ ok: false, problem: 'credit_code_division' });
  });

  it('keeps abolished division codes valid when the province exists', () => {
    // 452700 (河池地区, renamed 451200 when it became a city) is not a current code; a code registered there stays valid.
    expect(isValidCreditCode(withCheckChar('92452700MA5K00001'))).toBe(true);
  });

  it('computes check = 31 − (Σ mod 31) with 31 → 0', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const body = code.slice(0, 17);
        let sum = 0;
        for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(body.charAt(i)) * (3 ** i % 31);
        expect(CREDIT_ALPHABET.indexOf(creditCheckChar(body) ?? '')).toBe((31 - (sum % 31)) % 31);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a generated valid code passes, also in lower case', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(checkCreditCode(code)).toEqual({ ok: true, value: code });
        expect(checkCreditCode(code.toLowerCase())).toEqual({ ok: true, value: code });
      }),
      { numRuns: 300 },
    );
  });

  it('property: any other check character fails', () => {
    fc.assert(
      fc.property(validCode, orgChar, (code, c) => {
        fc.pre(c !== code.charAt(17));
        expect(checkCreditCode(code.slice(0, 17) + c)).toEqual({ ok: false, problem: 'credit_code_checksum' });
      }),
      { numRuns: 300 },
    );
  });

  it('property: any single-character change in the body fails', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 16 }), orgChar, (code, i, c) => {
        fc.pre(c !== code.charAt(i));
        expect(isValidCreditCode(code.slice(0, i) + c + code.slice(i + 1))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
