/**
 * The characters no text field may hold (decision 115), written once for the HTTP edge
 * (src/http/plugins/input-guard.ts) and the import readers (src/modules/imports/read-rows.ts):
 *
 * - NUL (U+0000): PostgreSQL refuses it in text and JSON while SQLite stores it;
 * - lone surrogates (U+D800–U+DFFF without their other half): not Unicode, no UTF-8 encoding;
 * - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text display
 *   in another order than it is stored ("Trojan Source"). Right-to-left scripts need none of them,
 *   and the implicit marks U+200E, U+200F and U+061C stay allowed.
 *
 * Surrogate pairs (CJK Extension B, such as 𠮷) are real characters and pass.
 */

/** NUL, bidi controls, a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters refused
const INVALID = /[\u0000\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_ALL = new RegExp(INVALID.source, 'g');

export type InvalidCharacterKind = 'nul' | 'lone_surrogate' | 'bidi_control';

export interface InvalidCharacter {
  /** 0-based UTF-16 index of the first offending character. */
  index: number;
  /** The character as U+XXXX. */
  codePoint: string;
  kind: InvalidCharacterKind;
}

const hex = (unit: number) => unit.toString(16).toUpperCase().padStart(4, '0');

/** The first character of `text` no field may hold, or null when the text is clean. */
export function findInvalidCharacter(text: string): InvalidCharacter | null {
  const m = INVALID.exec(text);
  if (!m) return null;
  const unit = text.charCodeAt(m.index);
  const kind: InvalidCharacterKind = unit === 0 ? 'nul' : unit >= 0xd800 && unit <= 0xdfff ? 'lone_surrogate' : 'bidi_control';
  return { index: m.index, codePoint: `U+${hex(unit)}`, kind };
}

/** The text with each refused character written as `\uXXXX` (for a path or a report that must stay readable). */
export function escapeInvalidCharacters(text: string): string {
  return text.replace(INVALID_ALL, (c) => `\\u${hex(c.charCodeAt(0)).toLowerCase()}`);
}

const kinds: Record<InvalidCharacterKind, { zh: string; en: string }> = {
  nul: { zh: '空字符', en: 'a NUL character' },
  lone_surrogate: { zh: '不完整的字符编码（单独的代理项）', en: 'a lone surrogate (half of a character)' },
  bidi_control: {
    zh: '文字方向控制字符（可使文字显示得与实际内容不同）',
    en: 'a bidirectional control (it can make text display differently from what it is)',
  },
};

/** What is wrong, in both languages: which character, where, and what to do. */
export function invalidCharacterMessage(found: InvalidCharacter, inKey = false): { zh: string; en: string } {
  const d = kinds[found.kind];
  const where = inKey ? { zh: '字段名', en: 'The field name' } : { zh: '', en: 'The text' };
  return {
    zh: `${where.zh}第${found.index + 1}个字符是${d.zh}（${found.codePoint}），请删除后重试`,
    en: `${where.en} has ${d.en} (${found.codePoint}) at character ${found.index + 1}; remove it and try again`,
  };
}
