/**
 * The staff app's shared formatting (web/src/format): fen⇄yuan exactly, per cent⇄basis points,
 * Beijing time. Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan, yuanText } from '../web/src/format/money.js';
import { formatPercent, parsePercent } from '../web/src/format/rate.js';
import { beijingDate, beijingToday, formatDateRange, formatInstant } from '../web/src/format/time.js';
import { isDivisionCode, placeText } from '../web/src/format/placeText.js';

describe('money in yuan, stored in fen', () => {
  it('shows fen as yuan with two decimals and digit groups', () => {
    expect(yuanText(500000)).toBe('5000.00');
    expect(yuanText(29)).toBe('0.29');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(-150)).toBe('-1.50');
    expect(formatYuan(500000)).toBe('5,000.00 元');
    expect(formatYuan(123456789)).toBe('1,234,567.89 元');
    expect(formatYuan(99999, { unit: false })).toBe('999.99');
    expect(formatYuan(null)).toBe('');
    expect(() => yuanText(1.5)).toThrow(RangeError);
  });
  it('reads typed yuan exactly (no floating-point error)', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point; the text route gives 29.
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.10')).toBe(110);
    expect(parseYuan('4.35')).toBe(435);
    expect(parseYuan('5000')).toBe(500000);
    expect(parseYuan('5,000.5')).toBe(500050);
    expect(parseYuan(' 5000.50元 ')).toBe(500050);
    expect(parseYuan('５０００．５')).toBe(500050);
    expect(parseYuan(19.99)).toBe(1999);
    expect(parseYuan('-1.5')).toBe(-150);
  });
  it('refuses a third decimal and non-amounts', () => {
    expect(parseYuan('1.005')).toBeNull();
    expect(parseYuan('1.2.3')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(parseYuan('')).toBeNull();
    expect(parseYuan(null)).toBeNull();
  });
});

describe('rates in per cent, stored in basis points', () => {
  it('formats without trailing zeros', () => {
    expect(formatPercent(1250)).toBe('12.5%');
    expect(formatPercent(10000)).toBe('100%');
    expect(formatPercent(1)).toBe('0.01%');
    expect(formatPercent(3333)).toBe('33.33%');
    expect(formatPercent(null)).toBe('');
  });
  it('parses exactly', () => {
    expect(parsePercent('12.5')).toBe(1250);
    expect(parsePercent('12.5%')).toBe(1250);
    expect(parsePercent('0.29')).toBe(29);
    expect(parsePercent('100')).toBe(10000);
    expect(parsePercent('1.234')).toBeNull();
  });
});

describe('Beijing time', () => {
  it('shows an instant as Beijing wall-clock time (UTC+8)', () => {
    expect(formatInstant('2026-11-29T21:29:48.080Z')).toBe('2026-11-30 05:29');
    expect(formatInstant('2026-11-29T21:29:48.080Z', { seconds: true })).toBe('2026-11-30 05:29:48');
    expect(formatInstant('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00');
    expect(formatInstant('2026-12-31T15:59:59.999Z')).toBe('2026-12-31 23:59');
    expect(formatInstant('2026-11-30')).toBe('2026-11-30');
    expect(formatInstant(null)).toBe('');
    expect(formatInstant('not a time')).toBe('not a time');
  });
  it('gives the Beijing date, also before 08:00 Beijing (still the previous day in UTC)', () => {
    // 07:59 Beijing on 30 Nov is 23:59 UTC on 29 Nov.
    expect(beijingToday(new Date('2026-11-29T23:59:00Z'))).toBe('2026-11-30');
    // 08:00 Beijing on 30 Nov is 00:00 UTC on 30 Nov.
    expect(beijingToday(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
    // 23:59 Beijing on 30 Nov is 15:59 UTC on 30 Nov; one minute later it is 1 Dec in Beijing.
    expect(beijingDate('2026-11-30T15:59:00Z')).toBe('2026-11-30');
    expect(beijingDate('2026-11-30T16:00:00Z')).toBe('2026-12-01');
    expect(beijingDate('2028-02-28T16:00:00Z')).toBe('2028-02-29');
  });
  it('writes date ranges with open ends', () => {
    expect(formatDateRange('2020-01-01', null)).toBe('2020-01-01 – …');
    expect(formatDateRange(null, null)).toBe('');
  });
});

describe('place names', () => {
  it('accepts 2-, 4-, 6- and 9-digit division codes only', () => {
    expect(isDivisionCode('45')).toBe(true);
    expect(isDivisionCode('4512')).toBe(true);
    expect(isDivisionCode('451228')).toBe(true);
    expect(isDivisionCode('451228100')).toBe(true);
    expect(isDivisionCode('451')).toBe(false);
    expect(isDivisionCode('4512281001')).toBe(false);
    expect(isDivisionCode(null)).toBe(false);
  });
  it('names a county with its prefecture, a province by itself', () => {
    const names = ['广西壮族自治区', '河池市', '都安瑶族自治县'];
    expect(placeText({ code: '451228', name: '都安瑶族自治县', names, path: names.join(' / '), level: 'county' })).toBe(
      '河池市都安瑶族自治县',
    );
    expect(placeText({ code: '45', name: '广西壮族自治区', names: ['广西壮族自治区'], path: '广西壮族自治区', level: 'province' })).toBe(
      '广西壮族自治区',
    );
  });
});
