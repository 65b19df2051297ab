/**
 * i18next set-up: Chinese by default, the user's choice remembered in localStorage, and the
 * <html lang/dir> attributes kept in step so a right-to-left language lays out correctly.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languageOf, languages } from './languages';
import type { Messages } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const LANGUAGE_KEY = 'wugong.language';

function storedLanguage(): string {
  try {
    return languageOf(localStorage.getItem(LANGUAGE_KEY)).code;
  } catch {
    return defaultLanguage;
  }
}

function applyToDocument(code: string): void {
  const lang = languageOf(code);
  document.documentElement.lang = lang.tag;
  document.documentElement.dir = lang.dir;
}

/** Switches the language, remembers it and updates <html>. */
export async function changeLanguage(code: string): Promise<void> {
  const lang = languageOf(code);
  try {
    localStorage.setItem(LANGUAGE_KEY, lang.code);
  } catch {
    // Private windows may refuse storage; the switch still applies to this page.
  }
  await i18n.changeLanguage(lang.code);
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(languages.map((l) => [l.code, { translation: l.messages }])),
  lng: initial,
  fallbackLng: defaultLanguage,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyToDocument(initial);
i18n.on('languageChanged', applyToDocument);

export default i18n;
