import { describe, expect, it } from 'vitest';
import { copyTextValue } from './pg-copy.js';

describe('copyTextValue (COPY text format)', () => {
  it('writes null as \\N, numbers as digits and plain text as it is', () => {
    expect(copyTextValue(null)).toBe('\\N');
    expect(copyTextValue(undefined)).toBe('\\N');
    expect(copyTextValue(1250)).toBe('1250');
    expect(copyTextValue('张三')).toBe('张三');
  });

  it('escapes the backslash and the three separators, so a cell cannot end a row or a column', () => {
    expect(copyTextValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyTextValue('\\N')).toBe('\\\\N');
  });
});
