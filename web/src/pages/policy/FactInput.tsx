/** One fact's input by its type (number, yes/no, date, place code, listed value). */
import { useClearable } from '../../components/clearable';
import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueFact } from '../../api/policy';
import { DateInput } from '../../components/DateInput';
import { YuanInput } from '../../components/YuanInput';
import { useBilingual } from './bilingual';

export type FactValue = string | number | boolean | null | undefined;

export function FactInput({
  fact,
  value,
  onChange,
  id,
}: {
  fact: CatalogueFact;
  value?: FactValue;
  onChange?: (v: FactValue) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const clear = useClearable();
  const bi = useBilingual();
  switch (fact.type) {
    case 'int':
      // Money facts are typed in yuan; the form keeps fen.
      if (fact.key.endsWith('Fen'))
        return (
          <YuanInput
            id={id}
            value={typeof value === 'number' ? value : null}
            onChange={(v) => onChange?.(v ?? undefined)}
            style={{ width: 200 }}
          />
        );
      return (
        <InputNumber
          controls={false}
          id={id}
          min={fact.range?.[0]}
          max={fact.range?.[1]}
          precision={0}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange?.(v ?? undefined)}
          style={{ width: 200 }}
        />
      );
    case 'bool':
      return (
        <Select
          id={id}
          allowClear={clear}
          style={{ width: 120 }}
          value={typeof value === 'boolean' ? String(value) : undefined}
          onChange={(v?: string) => onChange?.(v === undefined ? undefined : v === 'true')}
          options={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
        />
      );
    case 'date':
      return <DateInput id={id} value={typeof value === 'string' ? value : null} onChange={(v) => onChange?.(v ?? undefined)} />;
    case 'region':
      return (
        <Input
          id={id}
          inputMode="numeric"
          maxLength={9}
          style={{ width: 160 }}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange?.(e.target.value === '' ? undefined : e.target.value)}
        />
      );
    case 'enum':
      return (
        <Select
          id={id}
          allowClear={clear}
          style={{ width: 260 }}
          value={typeof value === 'string' ? value : undefined}
          onChange={(v?: string) => onChange?.(v)}
          options={(fact.values ?? []).map((v) => ({ value: v.value, label: bi(v.label) }))}
        />
      );
  }
}
