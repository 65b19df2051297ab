/**
 * A claim for one program: the facts the registry lacks as simple inputs, evidence photos or PDFs,
 * and the server's refusals shown beside the field they concern.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from './i18n';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { pick as pickMessage } from './text';
import type { CatalogueFact } from '../api/policy';
import { checkEntitlement, myEntitlements, myPerson, programs, submitClaim, uploadEvidence, plainLabel, type Entitlement } from './api';
import { FactInput, isMoneyFact, type PlaceOption } from './FactInput';
import { EvidencePicker } from './EvidencePicker';
import { PageTitle, QueryState, useErrorText } from './Shell';
import { plainFieldText } from './plain';
import { EntitlementAnswer } from './EntitlementsPage';
import { useAuth } from '../auth/AuthContext';
import { keepAnswers, keptTyped } from './answers';
import { ReadAloud } from './ReadAloud';
import { Icon } from './Icon';

/** Facts the server fills in itself when a claim is lodged (src/modules/benefits/claim.placing.ts). */
const SERVER_FILLED = ['startupPaidFen'];

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
  const { me } = useAuth();
  const personId = me?.user.personId;
  // Answers given on an earlier form on this phone fill this one (decision 230).
  const [values, setValues] = useState<Record<string, string>>(() => keptTyped(personId));
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);
  const [busy, setBusy] = useState<'submitting' | 'uploading' | 'checking' | null>(null);
  const [check, setCheck] = useState<Entitlement | null>(null);
  const hintRef = useRef<HTMLParagraphElement>(null);

  const program = catalogue.data?.items.find((p) => p.id === programId);
  const entitlement = entitlements.data?.items.find((e) => e.programId === programId);
  const facts = useMemo(() => {
    if (!program || !entitlement) return [];
    const needed = new Set(entitlement.needed.map((n) => n.key));
    // Filled in by the server from the payments already made when the claim is lodged.
    for (const k of SERVER_FILLED) needed.delete(k);
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
  const labelOf = (key: string) => {
    const f = facts.find((x) => x.key === key);
    return f ? plainLabel(pickMessage(f.label, i18n.language)) : key;
  };

  /** The answers as the API takes them, or null when a number does not parse (shown on its field). */
  const answers = (): Record<string, unknown> | null => {
    const wire: Record<string, unknown> = {};
    const local: Record<string, string> = {};
    for (const f of facts) {
      const v = toWire(f, values[f.key] ?? '');
      if (typeof v === 'number' && Number.isNaN(v)) local[f.key] = t('mobile.claim.badNumber');
      else if (v !== undefined) wire[f.key] = v;
    }
    setErrors(local);
    setFormError([]);
    return Object.keys(local).length > 0 ? null : wire;
  };

  const showRefusal = (err: unknown) => {
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    if (err instanceof ApiError) {
      for (const fe of err.problem.errors ?? []) {
        const key = factKeyOf(fe.path);
        if (key !== null && facts.some((f) => f.key === key)) byField[key] = plainFieldText(fe, labelOf(key), i18n.language);
        else rest.push(plainFieldText(fe, key ?? '', i18n.language));
      }
    }
    setErrors(byField);
    setFormError([errorText(err), ...rest]);
  };

  /** Keeps the answers on this phone, so the list and the next form know them. */
  const keep = (wire: Record<string, unknown>) => {
    keepAnswers(personId, wire, Object.fromEntries(facts.flatMap((f) => (values[f.key] ? [[f.key, values[f.key] ?? '']] : []))));
    // Marks the list with answers stale for the list page; this form's registry-only list is unchanged.
    void client.invalidateQueries({ queryKey: ['mobile', 'entitlements'], refetchType: 'none' });
  };

  const onCheck = async () => {
    const wire = answers();
    if (wire === null) return;
    setBusy('checking');
    try {
      setCheck((await checkEntitlement(programId, wire)).entitlement);
      keep(wire);
    } catch (err) {
      showRefusal(err);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const wire = answers();
    if (wire === null) return;
    setBusy('submitting');
    try {
      const claim = await submitClaim(programId, wire);
      keep(wire);
      setBusy('uploading');
      for (const file of files) await uploadEvidence(claim.id, file);
      await client.invalidateQueries({ queryKey: ['mobile', 'claims'] });
      void navigate('/m/claims', { state: { submitted: claim.id } });
    } catch (err) {
      showRefusal(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="m-claim-form">
      <PageTitle text={t('mobile.claim.title', { program: name })}>{t('mobile.claim.title', { program: name })}</PageTitle>
      <p className="m-note" ref={hintRef}>
        {t('mobile.claim.hint')}
      </p>
      <ReadAloud target={hintRef} testId="m-read-hint" />
      {facts.length === 0 ? <p className="m-note">{t('mobile.claim.noFacts')}</p> : null}
      {facts.map((f) => (
        <FactInput
          key={f.key}
          fact={f}
          value={values[f.key] ?? ''}
          error={errors[f.key] ?? null}
          places={places}
          onChange={(v) => {
            setCheck(null);
            setValues((old) => ({ ...old, [f.key]: v }));
          }}
        />
      ))}
      {facts.length > 0 ? (
        <button
          type="button"
          className="m-button m-button-plain"
          data-testid="m-claim-check"
          disabled={busy !== null}
          onClick={() => void onCheck()}
        >
          <Icon name="ask" />
          {busy === 'checking' ? t('mobile.claim.checking') : t('mobile.claim.check')}
        </button>
      ) : null}
      {check ? (
        <section className="m-card m-check" data-testid="m-check-result" data-status={check.status} aria-live="polite">
          <EntitlementAnswer item={check} heading={false} />
        </section>
      ) : null}
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
        <Icon name="send" />
        {busy === 'submitting'
          ? t('mobile.claim.submitting')
          : busy === 'uploading'
            ? t('mobile.claim.uploading')
            : t('mobile.claim.submit')}
      </button>
      <button type="button" className="m-button m-button-plain" onClick={() => void navigate(-1)}>
        <Icon name="back" />
        {t('mobile.back')}
      </button>
    </form>
  );
}
