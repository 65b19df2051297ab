/**
 * The languages the staff app offers. Adding one (e.g. Uyghur, right-to-left) means: a resource
 * file with the same keys as zh.ts, one entry here with its writing direction, and an antd locale.
 */
import type { Locale } from 'antd/es/locale';
import antdZh from 'antd/locale/zh_CN';
import antdEn from 'antd/locale/en_US';
import { zh, type Messages } from './zh';
import { en } from './en';

export interface Language {
  code: string;
  /** BCP 47 tag for <html lang>. */
  tag: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
  antd: Locale;
}

export const languages: Language[] = [
  { code: 'zh', tag: 'zh-CN', dir: 'ltr', messages: zh, antd: antdZh },
  { code: 'en', tag: 'en', dir: 'ltr', messages: en, antd: antdEn },
];

export const defaultLanguage = 'zh';

/** The language entry for a code, falling back to the default (Chinese). */
export function languageOf(code: string | null | undefined): Language {
  const found = languages.find((l) => l.code === code) ?? languages.find((l) => l.code === defaultLanguage);
  if (!found) throw new Error('the default language is missing');
  return found;
}
