/**
 * Registering from the phone: the worker picks where they are — one of their own four places, named
 * from their record, or another county by its code — and sends. A refusal names the four places.
 */
import { useId, useRef, useState } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { placeKinds, type PlaceKind } from '../../api/unemployment';
import { division, myPerson } from '../api';
import { plainProblemText } from '../plain';
import { Icon } from '../Icon';
import { ReadAloud } from '../ReadAloud';
import { registerMe } from './api';
import { TEXT, type Lang } from './text';

const fieldOf: Record<PlaceKind, 'hukouCode' | 'residenceCode' | 'employmentCode' | 'insuredCode'> = {
  hukou: 'hukouCode',
  residence: 'residenceCode',
  employment: 'employmentCode',
  insured: 'insuredCode',
};

type Choice = PlaceKind | 'other';

/** A place's name from its levels, a level named like the one above it said once (东莞市 东莞市 → 东莞市). */
function joinNames(levels: string[]): string {
  return levels.filter((n, i) => n !== levels[i - 1]).join('');
}

export function RegisterForm({ lang }: { lang: Lang }) {
  const text = TEXT[lang];
  const client = useQueryClient();
  const id = useId();
  const person = useQuery({ queryKey: ['mobile', 'person'], queryFn: myPerson });
  const places = placeKinds.flatMap((kind) => {
    const code = person.data?.[fieldOf[kind]];
    return code ? [{ kind, code }] : [];
  });
  const names = useQueries({
    queries: places.map((p) => ({ queryKey: ['mobile', 'division', p.code], queryFn: () => division(p.code), staleTime: Infinity })),
  });
  const [choice, setChoice] = useState<Choice | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const codeOk = /^[0-9]{6}$/.test(code);
  const typed = useQuery({
    queryKey: ['mobile', 'division', code],
    queryFn: () => division(code),
    enabled: choice === 'other' && codeOk,
    retry: false,
    staleTime: Infinity,
  });

  const nameOf = (i: number, fallback: string) => {
    const d = names[i]?.data;
    return d ? joinNames([...d.ancestors.map((a) => a.name), d.division.name]) : fallback;
  };

  const submit = async () => {
    setError(null);
    setRefusal(null);
    let office: string;
    let kind: PlaceKind | undefined;
    if (choice === 'other') {
      if (!codeOk) {
        setError(text.codeInvalid);
        return;
      }
      office = code;
    } else {
      const place = places.find((p) => p.kind === choice);
      if (!place) return;
      office = place.code.slice(0, 6);
      kind = place.kind;
    }
    setBusy(true);
    try {
      await registerMe(office, kind);
      await client.invalidateQueries({ queryKey: ['mobile', 'unemployment'] });
    } catch (err) {
      if (err instanceof ApiError && err.problem.code === 'unemployment_place_refused') setRefusal(err.problem.message[lang]);
      else setError(plainProblemText(err, lang));
    } finally {
      setBusy(false);
    }
  };

  const choiceButton = (value: Choice, label: string, testId: string) => (
    <button
      key={value}
      type="button"
      aria-pressed={choice === value}
      onClick={() => {
        setChoice(value);
        setRefusal(null);
        setError(null);
      }}
      data-testid={testId}
    >
      {label}
    </button>
  );

  return (
    <section className="m-card" data-testid="m-unemployment-form">
      <h2 className="m-h2">{text.register}</h2>
      <p className="m-label" id={`${id}-q`}>
        {text.chooseOffice}
      </p>
      <p className="m-note">{text.chooseHint}</p>
      <div className="m-choice" role="group" aria-labelledby={`${id}-q`} style={{ flexDirection: 'column' }}>
        {places.map((p, i) => choiceButton(p.kind, `${text.kinds[p.kind]}：${nameOf(i, p.code)}`, `m-unemployment-place-${p.kind}`))}
        {choiceButton('other', text.other, 'm-unemployment-place-other')}
      </div>
      {choice === 'other' ? (
        <label className="m-field">
          <span className="m-label">{text.otherCode}</span>
          <input
            className="m-input"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            data-testid="m-unemployment-code"
          />
          <span className="m-note" data-testid="m-unemployment-code-name">
            {codeOk && typed.data
              ? joinNames([...typed.data.ancestors.map((a) => a.name), typed.data.division.name])
              : codeOk && typed.isError
                ? text.unknownCode
                : text.otherCodeHint}
          </span>
        </label>
      ) : null}
      {refusal ? (
        <div className="m-card" role="alert" data-testid="m-unemployment-refused">
          <div ref={refusalRef}>
            <p className="m-error">
              <Icon name="no" />
              <strong>{text.refusedTitle}</strong>
            </p>
            <p>{refusal}</p>
          </div>
          <ReadAloud target={refusalRef} testId="m-read-unemployment-refused" />
        </div>
      ) : null}
      {error ? (
        <p className="m-error" role="alert" data-testid="m-unemployment-error">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="m-button"
        disabled={busy || choice === null}
        onClick={() => void submit()}
        data-testid="m-unemployment-submit"
      >
        <Icon name="send" />
        {busy ? text.sending : text.submit}
      </button>
    </section>
  );
}
