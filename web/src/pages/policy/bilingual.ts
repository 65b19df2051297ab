/** Server texts come in both languages; pick the one of the current language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickMessage } from '../../api/errors';
import type { Bilingual } from '../../api/types';

export function useBilingual(): (b: Bilingual | undefined) => string {
  const { i18n } = useTranslation();
  return useCallback((b: Bilingual | undefined) => (b ? pickMessage(b, i18n.language) : ''), [i18n.language]);
}
