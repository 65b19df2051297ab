/**
 * A searchable select whose options come from the server (divisions, industries, occupations).
 * Used as a form control: `value` is the code; the current value's label is fetched once.
 */
import { useClearable } from './clearable';
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';

export interface RemoteOption {
  value: string;
  label: string;
}

export interface RemoteSelectProps {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Distinguishes the caches of different selects. */
  cacheKey: string;
  search(q: string): Promise<RemoteOption[]>;
  labelFor(value: string): Promise<string | null>;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  /** The accessible name when the select has no visible <label> (filter bars). */
  'aria-label'?: string;
}

export function RemoteSelect(props: RemoteSelectProps) {
  const { value, onChange, cacheKey, search, labelFor } = props;
  const clear = useClearable();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const found = useQuery({ queryKey: ['remote-select', cacheKey, 'search', q], queryFn: () => search(q), enabled: q !== '' });
  const current = useQuery({
    queryKey: ['remote-select', cacheKey, 'label', value],
    queryFn: () => labelFor(value ?? '').catch(() => null),
    enabled: typeof value === 'string' && value !== '',
    staleTime: Infinity,
  });
  const options = [...(found.data ?? [])];
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: current.data ?? value });
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      showSearch
      allowClear={props.allowClear === false ? false : clear}
      value={value ?? undefined}
      placeholder={props.placeholder}
      style={props.style}
      filterOption={false}
      onSearch={setTyped}
      loading={found.isFetching}
      options={options}
      onChange={(v: string | undefined) => onChange?.(v)}
    />
  );
}
