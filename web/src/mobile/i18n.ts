/**
 * `useTranslation()` for the phone pages without i18next (decision 191): the same `t(key, vars)`
 * and `i18n.language` the pages used, over the mobile texts only, re-rendering on a switch.
 */
import { useSyncExternalStore } from 'react';
import { lookup, storeLang, storedLang, type Lang } from './text';

let current: Lang = storedLang();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches the language of every page (and remembers it). */
export function changeLanguage(lang: Lang): void {
  current = lang;
  storeLang(lang);
  for (const l of listeners) l();
}

export function useTranslation(): { t: (key: string, vars?: Record<string, string | number>) => string; i18n: { language: Lang } } {
  const language = useSyncExternalStore(subscribe, () => current);
  return { t: (key, vars) => lookup(language, key, vars), i18n: { language } };
}
