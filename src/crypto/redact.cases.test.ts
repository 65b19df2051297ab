/**
 * Redaction of personal numbers in free text (decision 130), case by case: each kind of number as
 * typed, spaced, dashed or URL-encoded, the lengths on either side of each rule, what must stay as
 * it is (dates, short numbers, UUIDs), and the depth limit of redactDeep.
 */
import { describe, expect, it } from 'vitest';
import { redactDeep, redactPersonalData } from './redact.js';

const PHONE = '13907781234';
const MASKED_PHONE = '139****1234';

describe('redactPersonalData', () => {
  it('masks ID numbers, with X in either case', () => {
    expect(redactPersonalData('GET /api/v1/people?q=451228198711291237')).toBe('GET /api/v1/people?q=4512**********1237');
    expect(redactPersonalData('id 41272119781219784X.')).toBe('id 4127**********784X.');
    expect(redactPersonalData('id 41272119781219784x')).toBe('id 4127**********784X');
    expect(redactPersonalData('451228198711291237X')).toBe('4512**********1237X');
  });

  it('masks mobile phones written plainly, spaced, dashed, bracketed or URL-encoded', () => {
    expect(redactPersonalData(`tel:${PHONE}`)).toBe(`tel:${MASKED_PHONE}`);
    expect(redactPersonalData('139 0778 1234')).toBe(MASKED_PHONE);
    expect(redactPersonalData('139-0778-1234')).toBe(MASKED_PHONE);
    expect(redactPersonalData('q=139+0778+1234')).toBe(`q=${MASKED_PHONE}`);
    expect(redactPersonalData('q=139%200778%201234')).toBe(`q=${MASKED_PHONE}`);
    expect(redactPersonalData('q=139%2D0778%2d1234')).toBe(`q=${MASKED_PHONE}`);
    expect(redactPersonalData('q=139%2B0778%2b1234')).toBe(`q=${MASKED_PHONE}`);
    expect(redactPersonalData('(139)0778(1234)')).toBe(`(${MASKED_PHONE})`);
    expect(redactPersonalData('q=139%280778%291234')).toBe(`q=${MASKED_PHONE}`);
    expect(redactPersonalData(`${PHONE}X`)).toBe(`${MASKED_PHONE}X`);
    expect(redactPersonalData('19907781234')).toBe('199****1234');
  });

  it('masks twelve digits or more as a bank account, including a phone with +86 in front', () => {
    expect(redactPersonalData('6222021234567890123')).toBe('6222***********0123');
    expect(redactPersonalData('6222 0212 3456 7890 123')).toBe('6222***********0123');
    expect(redactPersonalData('123456789012')).toBe('1234****9012');
    expect(redactPersonalData('+86 139-0778-1234')).toBe('+8613*****1234');
  });

  it('leaves short numbers, non-mobile eleven-digit numbers, dates, doubled separators and UUIDs alone', () => {
    for (const same of [
      '12345678901',
      '21390778123',
      '10907781234',
      '12907781234',
      '1390778123',
      '2026-11-28',
      'page=2&pageSize=50',
      '139  0778  1234',
      'ab12',
      '',
      'request 018f3c1e-7a2b-7c3d-8e4f-123456789012 done',
      '018F3C1E-7A2B-7C3D-8E4F-123456789012',
    ]) {
      expect(redactPersonalData(same), same).toBe(same);
    }
  });

  it('masks around UUIDs and keeps them', () => {
    expect(redactPersonalData(`018f3c1e-7a2b-7c3d-8e4f-123456789012 ${PHONE} 018f3c1e-7a2b-7c3d-8e4f-123456789013 ${PHONE}`)).toBe(
      `018f3c1e-7a2b-7c3d-8e4f-123456789012 ${MASKED_PHONE} 018f3c1e-7a2b-7c3d-8e4f-123456789013 ${MASKED_PHONE}`,
    );
  });
});

describe('redactDeep', () => {
  const nest = (n: number, leaf: unknown): unknown => (n === 0 ? leaf : { k: nest(n - 1, leaf) });

  it('redacts strings in plain objects and arrays and keeps other values', () => {
    expect(redactDeep({ q: PHONE, n: 13907781234, ok: true, none: null, list: [PHONE, 5, { id: '451228198711291237' }] })).toEqual({
      q: MASKED_PHONE,
      n: 13907781234,
      ok: true,
      none: null,
      list: [MASKED_PHONE, 5, { id: '4512**********1237' }],
    });
    expect(redactDeep(PHONE)).toBe(MASKED_PHONE);
    const bare: Record<string, unknown> = Object.create(null);
    bare.phone = PHONE;
    expect(redactDeep(bare)).toEqual({ phone: MASKED_PHONE });
  });

  it('returns class instances as they are', () => {
    const err = new Error(PHONE);
    const date = new Date(0);
    const buf = Buffer.from(PHONE);
    const out = redactDeep({ err, date, buf });
    expect(out.err).toBe(err);
    expect(out.date).toBe(date);
    expect(out.buf).toBe(buf);
  });

  it('leaves undefined and functions as they are', () => {
    const f = () => PHONE;
    expect(redactDeep({ a: undefined, f, list: [undefined] })).toEqual({ a: undefined, f, list: [undefined] });
  });

  it('counts arrays as levels too', () => {
    const inArrays = (n: number, leaf: unknown): unknown => (n === 0 ? leaf : [inArrays(n - 1, leaf)]);
    expect(redactDeep(inArrays(7, { s: PHONE }))).toEqual(inArrays(7, { s: MASKED_PHONE }));
    expect(redactDeep(inArrays(8, { s: PHONE }))).toEqual(inArrays(8, { s: PHONE }));
  });

  it('goes eight objects deep and no further', () => {
    expect(redactDeep(nest(7, { s: PHONE }))).toEqual(nest(7, { s: MASKED_PHONE }));
    const deep = { s: PHONE };
    expect(redactDeep(nest(8, deep))).toEqual(nest(8, { s: PHONE }));
  });
});
