/**
 * One fact of a claim as a simple phone input: yes/no buttons, a list to choose from, a date,
 * a number (money in yuan, sent as fen), or a place chosen among the worker's own localities.
 */
import { useId } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from './i18n';
import { pick as pickMessage } from './text';
import type { CatalogueFact } from '../api/policy';
import { division, plainLabel } from './api';

/** A place the worker can pick without knowing division codes: one of their own localities. */
export interface PlaceOption {
  code: string;
  /** i18n key of the locality kind (hukou, residence, …). */
  kind: 'hukou' | 'residence' | 'employment' | 'insured';
}

const OTHER = '__other__';

/** Money facts are integer fen on the wire; the worker types yuan. */
export function isMoneyFact(fact: CatalogueFact): boolean {
  return fact.type === 'int' && fact.key.endsWith('Fen');
}

interface Props {
  /** The id of the input the label names. */
  id?: string;
  fact: CatalogueFact;
  value: string;
  error: string | null;
  places: PlaceOption[];
  onChange(value: string): void;
}

function PlaceSelect({ id, fact, value, error, places, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const names = useQueries({
    queries: places.map((p) => ({ queryKey: ['mobile', 'division', p.code], queryFn: () => division(p.code), staleTime: Infinity })),
  });
  const known = places.some((p) => p.code === value);
  const selected = value === '' ? '' : known ? value : OTHER;
  return (
    <>
      <select
        id={id}
        className="m-select"
        aria-invalid={error !== null}
        data-testid={`m-fact-${fact.key}`}
        value={selected}
        onChange={(e) => onChange(e.target.value === OTHER ? ' ' : e.target.value)}
      >
        <option value="">{t('mobile.claim.choose')}</option>
        {places.map((p, i) => {
          const name = names[i]?.data?.division.name ?? p.code;
          return <option key={`${p.kind}-${p.code}`} value={p.code}>{`${t(`mobile.record.${p.kind}`)}：${name}`}</option>;
        })}
        <option value={OTHER}>{t('mobile.claim.otherPlace')}</option>
      </select>
      {selected === OTHER ? (
        <input
          className="m-input"
          style={{ marginTop: 8 }}
          inputMode="numeric"
          maxLength={9}
          placeholder={t('mobile.claim.placeCode')}
          aria-label={pickMessage(fact.label, i18n.language)}
          value={value.trim()}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, '') || ' ')}
        />
      ) : null}
    </>
  );
}

/** The input for one fact, its label above and its error (client or server) below. */
export function FactInput(props: Props) {
  const { fact, value, error, onChange } = props;
  const { t, i18n } = useTranslation();
  const label = plainLabel(pickMessage(fact.label, i18n.language));
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const described = error ? { 'aria-describedby': errorId } : {};
  let input;
  if (fact.type === 'bool') {
    input = (
      <div className="m-choice" role="group" aria-labelledby={labelId} {...described} data-testid={`m-fact-${fact.key}`}>
        <button type="button" aria-pressed={value === 'true'} onClick={() => onChange('true')}>
          {t('mobile.claim.yes')}
        </button>
        <button type="button" aria-pressed={value === 'false'} onClick={() => onChange('false')}>
          {t('mobile.claim.no')}
        </button>
      </div>
    );
  } else if (fact.type === 'enum') {
    input = (
      <select
        id={id}
        className="m-select"
        aria-invalid={error !== null}
        {...described}
        data-testid={`m-fact-${fact.key}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('mobile.claim.choose')}</option>
        {(fact.values ?? []).map((v) => (
          <option key={v.value} value={v.value}>
            {pickMessage(v.label, i18n.language)}
          </option>
        ))}
      </select>
    );
  } else if (fact.type === 'date') {
    input = (
      <input
        id={id}
        className="m-input"
        type="date"
        aria-invalid={error !== null}
        {...described}
        data-testid={`m-fact-${fact.key}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else if (fact.type === 'region') {
    input = <PlaceSelect {...props} id={id} />;
  } else {
    input = (
      <span className="m-row">
        <input
          id={id}
          className="m-input"
          inputMode={isMoneyFact(fact) ? 'decimal' : 'numeric'}
          aria-invalid={error !== null}
          {...described}
          data-testid={`m-fact-${fact.key}`}
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/[^0-9.]/g, ''))}
        />
        {isMoneyFact(fact) ? <span style={{ alignSelf: 'center' }}>{t('mobile.claim.yuan')}</span> : null}
      </span>
    );
  }
  return (
    <div className="m-field">
      {fact.type === 'bool' ? (
        <span className="m-label" id={labelId}>
          {label}
        </span>
      ) : (
        <label className="m-label" id={labelId} htmlFor={id}>
          {label}
        </label>
      )}
      {input}
      {error ? (
        <p className="m-error" role="alert" id={errorId} data-testid={`m-error-${fact.key}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
