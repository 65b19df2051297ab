/** Picks a division (province to township) by name, pinyin initials or code. */
import { useTranslation } from 'react-i18next';
import { getDivision, searchDivisions } from '../api/regions';
import { RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

type Props = Omit<RemoteSelectProps, 'cacheKey' | 'search' | 'labelFor'>;

async function search(q: string) {
  const r = await searchDivisions({ q, pageSize: 20 });
  return r.items.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }));
}

async function labelFor(code: string) {
  const d = await getDivision(code);
  return [...d.ancestors, d.division].map((a) => a.name).join(' / ');
}

export function DivisionSelect(props: Props) {
  const { t } = useTranslation();
  return <RemoteSelect placeholder={t('regions.pickDivision')} {...props} cacheKey="division" search={search} labelFor={labelFor} />;
}
