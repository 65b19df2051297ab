import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCharacter, looksScientific, makeIdNumber, parseIdNumber } from './id-number.js';
import { normalisePhone, validatePerson, type DivisionRules } from './person.validate.js';
import { namePinyin } from './pinyin.js';
import { syntheticPerson } from '../../demo/synthetic-people.js';

const rules = { today: '2026-11-28', isPlausibleAddressCode: (c: string) => /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/.test(c) };
const divisions: DivisionRules = {
  isDivisionCode: (c) => c.startsWith('451228') || c.startsWith('441900'),
  isPlausibleAddressCode: rules.isPlausibleAddressCode,
};

const validId = fc
  .record({
    address: fc.constantFrom('451228', '441900', '110101', '452728'),
    day: fc.integer({ min: 0, max: 30_000 }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ address, day, seq }) => makeIdNumber(address, new Date(Date.UTC(1930, 0, 1) + day * 86_400_000).toISOString().slice(0, 10), seq));

describe('GB 11643 ID numbers', () => {
  it('computes the check character of a published example', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(parseIdNumber('11010519491231002x', rules)).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', addressCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('accepts every generated valid ID and derives sex from the 17th digit', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const r = parseIdNumber(id, rules);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.sex).toBe(Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any single-character change of the check character', () => {
    fc.assert(
      fc.property(validId, fc.constantFrom(...'0123456789X'.split('')), (id, c) => {
        fc.pre(c !== id.charAt(17));
        const r = parseIdNumber(id.slice(0, 17) + c, rules);
        expect(r).toEqual({ ok: false, code: 'id_number_checksum' });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a change of any one of the first 17 digits', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const d = (Number(id.charAt(pos)) + delta) % 10;
        const changed = id.slice(0, pos) + String(d) + id.slice(pos + 1);
        expect(parseIdNumber(changed, rules).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses future or impossible birth dates, implausible addresses, bad formats and spreadsheet numbers', () => {
    expect(parseIdNumber(makeIdNumber('451228', '2027-01-01', 1), rules)).toEqual({ ok: false, code: 'id_number_birth_future' });
    const feb30 = '45122819900230001';
    expect(parseIdNumber(feb30 + checkCharacter(feb30), rules)).toEqual({ ok: false, code: 'id_number_birth_date' });
    expect(parseIdNumber(makeIdNumber('991228', '1990-01-01', 1), rules)).toEqual({ ok: false, code: 'id_number_address' });
    expect(parseIdNumber('45122819900101', rules)).toEqual({ ok: false, code: 'id_number_format' });
    expect(parseIdNumber('4.5122E+17', rules)).toEqual({ ok: false, code: 'id_number_scientific' });
    expect(looksScientific('4.51228E17')).toBe(true);
  });
});

describe('person validation', () => {
  it('normalises phones and reports every field error with a stable code', () => {
    expect(normalisePhone('+86 138-0000-1234')).toBe('13800001234');
    expect(normalisePhone('12800001234')).toBeNull();
    const r = validatePerson(
      { name: '韦小明', idNumber: '451228199003150013', phone: '123', hukouCode: '999999', employmentCode: '4419001' },
      { today: '2026-11-28', divisions },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([
        ['idNumber', 'id_number_checksum'],
        ['phone', 'phone_format'],
        ['hukouCode', 'division_unknown'],
        ['employmentCode', 'division_unknown'],
      ]);
    }
  });

  it('accepts synthetic people, province from the hukou', () => {
    for (let i = 0; i < 200; i++) {
      const p = syntheticPerson(i, 7);
      const r = validatePerson(p, { today: '2026-11-28', divisions });
      expect(r.ok).toBe(true);
      if (r.ok) expect([r.value.province, r.value.birthDate, r.value.sex]).toEqual(['45', p.birthDate, p.sex]);
    }
  });

  it('computes pinyin and initials with surname readings', () => {
    expect(namePinyin('韦小明')).toEqual({ full: 'weixiaoming', initials: 'wxm' });
    expect(namePinyin('单田芳').full).toBe('shantianfang');
  });
});
