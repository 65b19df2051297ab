/** Picks a division (province to township) by name, pinyin initials or code. */
import { useTranslation } from 'react-i18next';
import { searchDivisions } from '../api/regions';
import { resolvePlace } from '../format/place';
import { RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

type Props = Omit<RemoteSelectProps, 'cacheKey' | 'search' | 'labelFor'>;

async function search(q: string) {
  const r = await searchDivisions({ q, pageSize: 20 });
  return r.items.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }));
}

/** The chosen code's path of names, from the batched place cache (one request for a page's codes). */
async function labelFor(code: string) {
  return (await resolvePlace(code))?.path ?? null;
}

export function DivisionSelect(props: Props) {
  const { t } = useTranslation();
  return <RemoteSelect placeholder={t('regions.pickDivision')} {...props} cacheKey="division" search={search} labelFor={labelFor} />;
}
