/**
 * A claim for one program: the facts the registry lacks as simple inputs, evidence photos or PDFs,
 * and the server's refusals shown beside the field they concern.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from './i18n';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { pick as pickMessage } from './text';
import type { CatalogueFact } from '../api/policy';
import { myEntitlements, myPerson, programs, submitClaim, uploadEvidence } from './api';
import { FactInput, isMoneyFact, type PlaceOption } from './FactInput';
import { EvidencePicker } from './EvidencePicker';
import { QueryState, useErrorText } from './Shell';

/** The wire value of a fact from what was typed, or undefined when empty / not a number. */
function toWire(fact: CatalogueFact, raw: string): unknown {
  const v = raw.trim();
  if (v === '') return undefined;
  if (fact.type === 'bool') return v === 'true';
  if (fact.type === 'int') {
    const n = Number(v);
    if (!Number.isFinite(n)) return Number.NaN;
    return isMoneyFact(fact) ? Math.round(n * 100) : Math.trunc(n);
  }
  return v;
}

/** The fact key a server error path such as `/facts/businessRegion` or `body.facts.x` names. */
function factKeyOf(path: string): string | null {
  const parts = path.split(/[./]/).filter((p) => p !== '');
  const at = parts.indexOf('facts');
  return at >= 0 && parts[at + 1] !== undefined ? (parts[at + 1] ?? null) : null;
}

export function ClaimFormPage() {
  const { programId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  const entitlements = useQuery({ queryKey: ['mobile', 'entitlements'], queryFn: myEntitlements });
  const catalogue = useQuery({ queryKey: ['mobile', 'programs'], queryFn: programs, staleTime: 600_000 });
  const person = useQuery({ queryKey: ['mobile', 'person'], queryFn: myPerson });
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);
  const [busy, setBusy] = useState<'submitting' | 'uploading' | null>(null);

  const program = catalogue.data?.items.find((p) => p.id === programId);
  const entitlement = entitlements.data?.items.find((e) => e.programId === programId);
  const facts = useMemo(() => {
    if (!program || !entitlement) return [];
    const needed = new Set(entitlement.needed.map((n) => n.key));
    return program.facts.filter((f) => needed.has(f.key));
  }, [program, entitlement]);
  const places = useMemo<PlaceOption[]>(() => {
    const p = person.data;
    if (!p) return [];
    const all: Array<[PlaceOption['kind'], string | null]> = [
      ['hukou', p.hukouCode],
      ['residence', p.residenceCode],
      ['employment', p.employmentCode],
      ['insured', p.insuredCode],
    ];
    return all.flatMap(([kind, code]) => (code ? [{ kind, code }] : []));
  }, [person.data]);

  const pending = catalogue.data === undefined || entitlements.data === undefined;
  if (pending)
    return (
      <QueryState
        error={catalogue.error ?? entitlements.error}
        onRetry={() => {
          void catalogue.refetch();
          void entitlements.refetch();
        }}
      />
    );
  if (!program) return <p className="m-error">{t('mobile.claim.notFound')}</p>;
  const name = pickMessage(program.name, i18n.language);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const wire: Record<string, unknown> = {};
    const local: Record<string, string> = {};
    for (const f of facts) {
      const v = toWire(f, values[f.key] ?? '');
      if (typeof v === 'number' && Number.isNaN(v)) local[f.key] = t('mobile.claim.badNumber');
      else if (v !== undefined) wire[f.key] = v;
    }
    setErrors(local);
    setFormError([]);
    if (Object.keys(local).length > 0) return;
    setBusy('submitting');
    try {
      const claim = await submitClaim(programId, wire);
      setBusy('uploading');
      for (const file of files) await uploadEvidence(claim.id, file);
      await client.invalidateQueries({ queryKey: ['mobile', 'claims'] });
      void navigate('/m/claims', { state: { submitted: claim.id } });
    } catch (err) {
      const byField: Record<string, string> = {};
      const rest: string[] = [];
      if (err instanceof ApiError) {
        for (const fe of err.problem.errors ?? []) {
          const key = factKeyOf(fe.path);
          if (key !== null && facts.some((f) => f.key === key)) byField[key] = pickMessage(fe.message, i18n.language);
          else rest.push(pickMessage(fe.message, i18n.language));
        }
      }
      setErrors(byField);
      setFormError([errorText(err), ...rest]);
    } finally {
      setBusy(null);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="m-claim-form">
      <h1 className="m-h1">{t('mobile.claim.title', { program: name })}</h1>
      <p className="m-note">{t('mobile.claim.hint')}</p>
      {facts.length === 0 ? <p className="m-note">{t('mobile.claim.noFacts')}</p> : null}
      {facts.map((f) => (
        <FactInput
          key={f.key}
          fact={f}
          value={values[f.key] ?? ''}
          error={errors[f.key] ?? null}
          places={places}
          onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
        />
      ))}
      <EvidencePicker files={files} onChange={setFiles} />
      {formError.length > 0 ? (
        <div className="m-card" role="alert" data-testid="m-claim-error">
          {formError.map((m, i) => (
            <p key={i} className="m-error">
              {m}
            </p>
          ))}
        </div>
      ) : null}
      <button type="submit" className="m-button" data-testid="m-claim-submit" disabled={busy !== null}>
        {busy === 'submitting'
          ? t('mobile.claim.submitting')
          : busy === 'uploading'
            ? t('mobile.claim.uploading')
            : t('mobile.claim.submit')}
      </button>
      <button type="button" className="m-button m-button-plain" onClick={() => void navigate(-1)}>
        {t('mobile.back')}
      </button>
    </form>
  );
}
