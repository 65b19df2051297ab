/**
 * The phone pages' texts without a library: the Chinese and English message trees, the chosen
 * language (remembered under the staff app's key), `{{name}}` filling, and the pick of a server's
 * bilingual message. Used by the sign-in page before React loads, and by the React pages.
 */
import { mobileZh, type MobileMessages } from './messages.zh';
import { mobileEn } from './messages.en';

export const LANGUAGE_KEY = 'wugong.language';
export type Lang = 'zh' | 'en';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Remembers the language and sets <html lang>. */
export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // A private window may refuse storage; the switch still applies to this page.
  }
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

export function messagesOf(lang: Lang): MobileMessages {
  return lang === 'en' ? mobileEn : mobileZh;
}

/** The text at a dotted key (without the `mobile.` prefix), `{{name}}` filled from vars; the key itself if absent. */
export function lookup(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  let node: unknown = messagesOf(lang);
  for (const part of key.replace(/^mobile\./, '').split('.'))
    node = typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined;
  const text = typeof node === 'string' ? node : key;
  return vars ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
}

/** A server's bilingual message in the language (Chinese unless English). */
export function pick(m: { zh: string; en: string }, lang: string): string {
  return lang.startsWith('en') ? m.en : m.zh;
}
