/**
 * Texts recorded in both languages in one string, "中文 / English" (the seeded parameter sources,
 * some officers' notes): the part of each language. Shared by the server (messages that quote a
 * source) and the web app (tables that show one), so both read the form the same way.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Splits "中文 / English" at its last " / " when the left side holds Chinese and the right side none;
 * any other text (a notice number, a text in one language) is the same in both.
 */
export function splitBilingual(text: string): { zh: string; en: string } {
  const at = text.lastIndexOf(' / ');
  if (at < 0) return { zh: text, en: text };
  const zh = text.slice(0, at).trim();
  const en = text.slice(at + 3).trim();
  if (!HAN.test(zh) || HAN.test(en) || en === '') return { zh: text, en: text };
  return { zh, en };
}

/** The part of `text` in `language` (a BCP 47 tag: zh, zh-CN, en…); Chinese for any other language. */
export function textIn(text: string, language: string): string {
  const parts = splitBilingual(text);
  return language.toLowerCase().startsWith('en') ? parts.en : parts.zh;
}
