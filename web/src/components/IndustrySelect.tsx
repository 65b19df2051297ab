/** Picks a GB/T 4754-2017 industry by code prefix or part of its name. */
import { searchIndustries } from '../api/enterprises';
import { RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

type Props = Omit<RemoteSelectProps, 'cacheKey' | 'search' | 'labelFor'>;

async function search(q: string) {
  const r = await searchIndustries(q);
  return r.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }));
}

async function labelFor(code: string) {
  const r = await searchIndustries(code);
  const hit = r.items.find((i) => i.code === code);
  return hit ? `${hit.code} ${hit.name}` : null;
}

export function IndustrySelect(props: Props) {
  return <RemoteSelect {...props} cacheKey="industry" search={search} labelFor={labelFor} />;
}
