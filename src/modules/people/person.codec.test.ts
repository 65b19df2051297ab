/**
 * Between a validated person and its stored columns: what is encrypted and indexed under which
 * label, what the view shows masked and unmasked, how values from either database driver are read
 * back, and which single-field changes a re-import sees. Masked forms are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { createPii } from '../../crypto/pii.js';
import { changedFields, encodePerson, sameData, viewOf } from './person.codec.js';
import type { ValidPerson } from './person.js';
import type { PersonDataColumns, PersonRow } from './person.table.js';

const pii = createPii(Buffer.alloc(32, 7));
const person: ValidPerson = {
  name: '韦小红',
  idNumber: '11010519491231002X',
  birthDate: '1949-12-31',
  sex: 'female',
  phone: '13800138000',
  bankAccount: '6222021234567890123',
  hukouCode: '451228',
  residenceCode: '451228100',
  employmentCode: '441900',
  insuredCode: null,
  povertyRegistered: true,
  povertyFrom: '2016-01-01',
  povertyTo: null,
  dibao: false,
  dibaoFrom: null,
  dibaoTo: null,
  education: 'junior',
  willingToGoOut: true,
  expectedWageFen: 500_000,
  skills: ['电工', '焊工'],
  province: '45',
};

function row(p: ValidPerson, extra: Partial<PersonRow> = {}): PersonRow {
  return {
    ...encodePerson(pii, p),
    id: 'p1',
    merged_into: null,
    version: 3,
    created_at: '2026-11-30T01:00:00.000Z',
    updated_at: '2026-11-30T02:00:00.000Z',
    ...extra,
  } as PersonRow;
}

describe('encodePerson', () => {
  it('encrypts the three personal values and indexes each under its own label', () => {
    const c = encodePerson(pii, person);
    expect(c.id_index).toBe(pii.blindIndex('id', '11010519491231002X'));
    expect(c.phone_index).toBe(pii.blindIndex('phone', '13800138000'));
    expect(c.bank_index).toBe(pii.blindIndex('bank', '6222021234567890123'));
    expect(new Set([c.id_index, c.phone_index, c.bank_index]).size).toBe(3);
    for (const [enc, plain] of [
      [c.id_enc, '11010519491231002X'],
      [c.phone_enc, '13800138000'],
      [c.bank_enc, '6222021234567890123'],
    ] as const) {
      expect(enc).not.toContain(plain);
      expect(pii.decrypt(enc as string)).toBe(plain);
    }
    expect([c.name_pinyin, c.name_initials, c.poverty_registered, c.dibao, c.willing_to_go_out, c.skills]).toEqual([
      'weixiaohong',
      'wxh',
      1,
      0,
      1,
      '["电工","焊工"]',
    ]);
  });

  it('a person with no phone or bank account has no ciphertext or index for them', () => {
    const c = encodePerson(pii, { ...person, phone: null, bankAccount: null });
    expect([c.phone_enc, c.phone_index, c.bank_enc, c.bank_index]).toEqual([null, null, null, null]);
  });
});

describe('viewOf', () => {
  it('masked: four characters each side of an ID number and bank account, 3 + 4 of a phone', () => {
    const v = viewOf(pii, row(person), true);
    expect([v.idNumber, v.phone, v.bankAccount, v.masked]).toEqual(['1101**********002X', '138****8000', '6222***********0123', true]);
  });

  it('unmasked: the values as entered, and every other field read back', () => {
    const { masked, ...rest } = viewOf(pii, row(person), false);
    expect(masked).toBe(false);
    expect(rest).toEqual({
      ...person,
      id: 'p1',
      namePinyin: 'weixiaohong',
      mergedInto: null,
      version: 3,
      createdAt: '2026-11-30T01:00:00.000Z',
      updatedAt: '2026-11-30T02:00:00.000Z',
    });
  });

  it('reads what either driver returns: numbers as text, flags as 0/1; unknown values fall back', () => {
    const v = viewOf(
      pii,
      row(person, {
        expected_wage_fen: '480000' as never,
        version: '7' as never,
        sex: 'x' as never,
        education: 'phd',
        skills: '["电工",1,null,"瓦工"]',
        phone_enc: null,
        bank_enc: null,
      }),
      true,
    );
    expect([v.expectedWageFen, v.version, v.sex, v.education, v.skills, v.phone, v.bankAccount]).toEqual([
      480_000,
      7,
      'male',
      null,
      ['电工', '瓦工'],
      null,
      null,
    ]);
    const w = viewOf(pii, row(person, { expected_wage_fen: null, education: null, skills: '{"a":1}', sex: 'male' }), true);
    expect([w.expectedWageFen, w.education, w.skills, w.sex]).toEqual([null, null, [], 'male']);
  });
});

describe('sameData and changedFields', () => {
  const stored = encodePerson(pii, person);

  it('a re-encrypted copy of the same person is the same data (ciphertexts differ, indexes do not)', () => {
    const again = encodePerson(pii, person);
    expect(again.id_enc).not.toBe(stored.id_enc);
    expect(sameData(stored, again)).toBe(true);
    expect(changedFields(stored, again)).toEqual([]);
  });

  it('numbers from PostgreSQL as text compare equal to numbers', () => {
    const fromPg = { ...stored, expected_wage_fen: '500000', poverty_registered: '1' } as unknown as PersonDataColumns;
    expect(sameData(fromPg, stored)).toBe(true);
  });

  it.each<[Partial<ValidPerson>, string]>([
    [{ name: '韦小兰' }, 'name'],
    [{ idNumber: '110105194912310011' }, 'idNumber'],
    [{ phone: '13800138001' }, 'phone'],
    [{ bankAccount: '6222021234567890124' }, 'bankAccount'],
    [{ hukouCode: '451221' }, 'hukouCode'],
    [{ residenceCode: null }, 'residenceCode'],
    [{ employmentCode: '451228' }, 'employmentCode'],
    [{ insuredCode: '441900' }, 'insuredCode'],
    [{ povertyRegistered: false }, 'povertyRegistered'],
    [{ povertyFrom: '2016-01-02' }, 'povertyFrom'],
    [{ povertyTo: '2020-12-31' }, 'povertyTo'],
    [{ dibao: true }, 'dibao'],
    [{ dibaoFrom: '2021-01-01' }, 'dibaoFrom'],
    [{ dibaoTo: '2021-12-31' }, 'dibaoTo'],
    [{ education: 'senior' }, 'education'],
    [{ willingToGoOut: false }, 'willingToGoOut'],
    [{ expectedWageFen: 499_999 }, 'expectedWageFen'],
    [{ skills: ['电工'] }, 'skills'],
    [{ birthDate: '1949-12-30' }, 'birthDate'],
    [{ sex: 'male' }, 'sex'],
    [{ province: '44' }, 'province'],
  ])('a change of one field is seen and named: %o', (change, name) => {
    const next = encodePerson(pii, { ...person, ...change });
    expect(sameData(stored, next)).toBe(false);
    expect(changedFields(stored, next)).toEqual([name]);
  });
});
