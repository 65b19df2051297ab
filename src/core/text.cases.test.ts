/**
 * The characters no text field may hold (decision 115), each kind at its edges: the first and last
 * bidi control of each range and the neighbours just outside, a lone surrogate of each half and a
 * proper pair, with the positions and messages the user sees.
 */
import { describe, expect, it } from 'vitest';
import { escapeInvalidCharacters, findInvalidCharacter, invalidCharacterMessage } from './text.js';

describe('findInvalidCharacter', () => {
  it('passes clean text, CJK Extension B pairs and the implicit direction marks', () => {
    for (const clean of ['', '韦小明', '𠮷野家', 'abc 123', '\u200E\u200F\u061C', '\u2029\u202F\u2065\u206A', '\t\n\r', 'ok\u0001'])
      expect(findInvalidCharacter(clean), JSON.stringify(clean)).toBeNull();
  });

  it('finds NUL, each bidi control at both ends of its range, and reports the first', () => {
    expect(findInvalidCharacter('ab\u0000c')).toEqual({ index: 2, codePoint: 'U+0000', kind: 'nul' });
    expect(findInvalidCharacter('\u202A')).toEqual({ index: 0, codePoint: 'U+202A', kind: 'bidi_control' });
    expect(findInvalidCharacter('x\u202E')).toEqual({ index: 1, codePoint: 'U+202E', kind: 'bidi_control' });
    expect(findInvalidCharacter('\u2066')).toEqual({ index: 0, codePoint: 'U+2066', kind: 'bidi_control' });
    expect(findInvalidCharacter('韦\u2069')).toEqual({ index: 1, codePoint: 'U+2069', kind: 'bidi_control' });
    expect(findInvalidCharacter('a\u202Bb\u0000')).toEqual({ index: 1, codePoint: 'U+202B', kind: 'bidi_control' });
  });

  it('finds a high surrogate without its low half, and a low one without its high half', () => {
    expect(findInvalidCharacter('a\uD842')).toEqual({ index: 1, codePoint: 'U+D842', kind: 'lone_surrogate' });
    expect(findInvalidCharacter('\uD842b')).toEqual({ index: 0, codePoint: 'U+D842', kind: 'lone_surrogate' });
    expect(findInvalidCharacter('a\uDFB7')).toEqual({ index: 1, codePoint: 'U+DFB7', kind: 'lone_surrogate' });
    expect(findInvalidCharacter('\uDFB7\uD842')).toEqual({ index: 0, codePoint: 'U+DFB7', kind: 'lone_surrogate' });
    expect(findInvalidCharacter('\uD800\uDC00')).toBeNull();
    expect(findInvalidCharacter('\uDBFF\uDFFF')).toBeNull();
    expect(findInvalidCharacter('\uD800')).toMatchObject({ codePoint: 'U+D800', kind: 'lone_surrogate' });
    expect(findInvalidCharacter('\uDFFF')).toMatchObject({ codePoint: 'U+DFFF', kind: 'lone_surrogate' });
  });
});

describe('escapeInvalidCharacters', () => {
  it('writes every refused character as \\uxxxx and leaves the rest', () => {
    expect(escapeInvalidCharacters('a\u0000b\u202Ec\uD842d𠮷')).toBe('a\\u0000b\\u202ec\\ud842d𠮷');
    expect(escapeInvalidCharacters('韦小明')).toBe('韦小明');
  });
});

describe('invalidCharacterMessage', () => {
  it('names the character, its 1-based position and what to do, in both languages', () => {
    const found = findInvalidCharacter('ab\u0000');
    if (!found) throw new Error('not found');
    expect(invalidCharacterMessage(found)).toEqual({
      zh: '第3个字符是空字符（U+0000），请删除后重试',
      en: 'The text has a NUL character (U+0000) at character 3; remove it and try again',
    });
    const bidi = findInvalidCharacter('\u202E');
    if (!bidi) throw new Error('not found');
    expect(invalidCharacterMessage(bidi, true)).toEqual({
      zh: '字段名第1个字符是文字方向控制字符（可使文字显示得与实际内容不同）（U+202E），请删除后重试',
      en: 'The field name has a bidirectional control (it can make text display differently from what it is) (U+202E) at character 1; remove it and try again',
    });
    const lone = findInvalidCharacter('x\uD842');
    if (!lone) throw new Error('not found');
    expect(invalidCharacterMessage(lone).en).toBe(
      'The text has a lone surrogate (half of a character) (U+D842) at character 2; remove it and try again',
    );
    expect(invalidCharacterMessage(lone).zh).toBe('第2个字符是不完整的字符编码（单独的代理项）（U+D842），请删除后重试');
  });
});
