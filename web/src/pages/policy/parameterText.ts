/** Parameter values as officers read them: yuan for fen, % for basis points, 是/否 for flags. */
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../format/money';
import { formatPercent } from '../../format/rate';
import { useParameterKeys } from './ParametersPage';

/** A parameter value in its unit: yuan for fen, % for basis points, 是/否 for flags. */
export function useParameterText(): (key: string, value: number | string | null) => string {
  const { t } = useTranslation();
  const keys = useParameterKeys();
  return (key, value) => {
    if (value === null) return t('policy.noValue');
    const unit = keys.find((k) => k.key === key)?.unit;
    if (typeof value === 'string') return value;
    if (unit === 'fen') return formatYuan(value);
    if (unit === 'bp') return formatPercent(value);
    if (unit === 'flag') return value === 1 ? t('common.yes') : t('common.no');
    return String(value);
  };
}
