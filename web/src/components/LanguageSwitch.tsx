/** The language picker: each language named in itself, the choice remembered. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { languageOf, languages } from '../i18n/languages';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Select
      size="small"
      aria-label={t('common.language')}
      value={languageOf(i18n.language).code}
      style={{ minWidth: 96 }}
      options={languages.map((l) => ({ value: l.code, label: l.messages.meta.languageName }))}
      onChange={(code: string) => void changeLanguage(code)}
    />
  );
}
