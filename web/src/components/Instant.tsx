/**
 * A server timestamp (UTC ISO) shown in Beijing time inside a <time> element:
 *   <Instant value={e.at} />            → 2026-11-30 05:29   (hover: 北京时间 2026-11-30 05:29:48)
 *   <Instant value={e.at} seconds />    → 2026-11-30 05:29:48
 */
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../format/time';

export function Instant({ value, seconds }: { value: string | null | undefined; seconds?: boolean }) {
  const { t } = useTranslation();
  if (!value) return null;
  return (
    <time dateTime={value} title={`${t('common.beijingTime')} ${formatInstant(value, { seconds: true })}`}>
      {formatInstant(value, { seconds })}
    </time>
  );
}
