/**
 * The clear button of a Select or Input, named in the user's language: antd names a Select's
 * button "Clear" and an Input's by its icon ("close-circle") whatever the locale, so a screen
 * reader said English on Chinese pages. Pass `allowClear={clear}` with `const clear = useClearable()`.
 */
import { useMemo } from 'react';
import { CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function useClearable(): { label: string; clearIcon: React.ReactNode } {
  const { t } = useTranslation();
  const label = t('common.clear');
  return useMemo(() => ({ label, clearIcon: <CloseCircleFilled aria-label={label} /> }), [label]);
}
