/**
 * The policy module's use cases over the pure engine (src/policy): parameters = seed + recorded
 * rows (append-only, audited), decisions with the live parameters (carrying ruleset version and
 * parameter snapshot), reproduction of stored decisions, facts from the registry, a person's
 * entitlements and what-if over the registry of a jurisdiction. The benefits module calls these.
 */
import type { Deps } from '../deps.js';
import type { UnitOfWork } from '../kernel/index.js';
import type { Actor } from '../actor.js';
import { can, isStaff } from '../accounts/index.js';
import { isoInstant, businessDate } from '../../core/clock.js';
import { isIsoDate } from '../../core/dates.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, type Result } from '../../core/result.js';
import { isDivisionCode } from '../regions/index.js';
import { namedRegions, scenarioOverrides, type NamedWhatIf } from './whatif-view.js';
import { inScope } from '../../db/scope.js';
import {
  PROGRAMS,
  SEED_PARAMETERS,
  catalogue,
  evaluate,
  evaluateJson,
  isFacts,
  isParamKey,
  programById,
  validateFacts,
  whatIf,
  type CatalogueProgram,
  type Decision,
  type Facts,
  type Override,
  type ParameterRow,
} from '../../policy/index.js';
import * as repo from './policy.repository.js';
import {
  rowForInput,
  storedRegion,
  toStoredParameter,
  validateParameterInput,
  type ParameterInput,
  type ParameterView,
} from './policy-params.js';
import { mergeClaimFacts, personFacts, type RegistryRecord } from './person-facts.js';
import { entitlementsFor, type Entitlement } from './entitlements.js';
import { loadRegistryColumns, type RegistrySource } from './registry-columns.js';
import { programDetail, type ProgramDetail } from './program-detail.js';

export type { ParameterInput, ParameterView } from './policy-params.js';
export type { Entitlement, NeededFact } from './entitlements.js';
export type { ProgramDetail } from './program-detail.js';

/** The people module's reader as the policy service uses it. */
export interface PolicyPeople extends RegistrySource {
  record(personId: string): Promise<RegistryRecord | null>;
  /**
   * True when the unemployment register holds a registration of the person in force on the date
   * (decision 143): the "registered unemployed" fact comes from the register, never from a claim.
   */
  registeredUnemployed?(personId: string, asOf: string): Promise<boolean>;
}

/** A what-if request: parameter overrides in force on `asOf`, over some or all programs. */
export interface WhatIfScenario {
  asOf: string;
  overrides: { key: string; region: string; value: number | string }[];
  programIds?: string[] | undefined;
  level?: 'province' | 'prefecture' | 'county' | undefined;
  /** Values assumed for everyone for facts the registry does not hold (e.g. months worked away). */
  assume?: Record<string, unknown> | undefined;
}

/** The outcome of re-running a stored decision from its own snapshot. */
export interface Reproduction {
  identical: boolean;
  /** Top-level fields that differ (empty when identical). */
  differences: string[];
  rulesetVersionNow: string;
  decision: Decision;
}

/** Filter for the parameter history. */
export interface ParameterFilter {
  key?: string | undefined;
  /** '' or 'CN' for national; absent for every region. */
  region?: string | undefined;
}

export function createPolicyService(deps: Deps, uow: UnitOfWork, people: PolicyPeople) {
  const { db, clock } = deps;
  let cache: { stamp: number; rows: readonly ParameterRow[]; views: ParameterView[] } | undefined;

  /** The cached parameter set, reloaded when another server (or this one) recorded a value since. */
  async function load(): Promise<NonNullable<typeof cache>> {
    // The table is append-only, so its row count changes exactly when a value is recorded.
    const stamp = await repo.countParameterRows(db.kysely);
    if (cache && cache.stamp === stamp) return cache;
    const stored = (await repo.listParameterRows(db.kysely)).flatMap((r) => toStoredParameter(r) ?? []);
    const views: ParameterView[] = [
      ...SEED_PARAMETERS.map((row): ParameterView => ({ ...row, origin: 'seed' })),
      ...stored.map((s): ParameterView => ({ ...s.row, id: s.id, origin: 'recorded', createdBy: s.createdBy })),
    ];
    cache = { stamp, rows: [...SEED_PARAMETERS, ...stored.map((s) => s.row)], views };
    return cache;
  }

  function recordedBy(row: ParameterRow, bound: string): boolean {
    return (bound.length === 10 ? row.recordedAt.slice(0, 10) : row.recordedAt) <= bound;
  }

  async function parameters(recordedAsOf?: string): Promise<readonly ParameterRow[]> {
    const { rows } = await load();
    return recordedAsOf === undefined ? rows : rows.filter((r) => recordedBy(r, recordedAsOf));
  }

  async function decide(programId: string, facts: unknown, asOf: string, opts: { recordedAsOf?: string } = {}): Promise<Result<Decision>> {
    return evaluateJson(
      programId,
      asOf,
      facts,
      await parameters(),
      opts.recordedAsOf === undefined ? {} : { recordedAsOf: opts.recordedAsOf },
    );
  }

  /** Registry facts plus the unemployment register's answer, when the register is wired in. */
  async function withRegister(personId: string, facts: Facts, asOf: string): Promise<Facts> {
    if (!people.registeredUnemployed) return facts;
    return { ...facts, registeredUnemployed: await people.registeredUnemployed(personId, asOf) };
  }

  async function factsForPerson(personId: string, asOf: string, claimFacts: unknown = {}): Promise<Result<Facts>> {
    if (!isIsoDate(asOf)) return refuse('policy_date_invalid', { errors: [fieldError('/asOf', 'policy_date_invalid')] });
    if (!isFacts(claimFacts)) {
      const errors =
        typeof claimFacts === 'object' && claimFacts !== null && !Array.isArray(claimFacts)
          ? validateFacts(Object.fromEntries(Object.entries(claimFacts)))
          : [fieldError('/facts', 'policy_fact_type')];
      return refuse('policy_facts_invalid', { errors });
    }
    const rec = await people.record(personId);
    if (!rec) return refuse('not_found');
    return ok(mergeClaimFacts(await withRegister(personId, personFacts(rec, asOf), asOf), claimFacts).facts);
  }

  return {
    /** The engine's parameter set: seed plus recorded rows (optionally only those recorded by a date). */
    parameters,

    /** Records a dated value for a key and region with its source (policy.admin; validated; audited). Never overwrites. */
    async addParameter(actor: Actor, input: ParameterInput): Promise<Result<ParameterView>> {
      if (!can(actor, 'policy.admin')) return refuse('forbidden');
      const errors = validateParameterInput(input, isDivisionCode);
      if (errors.length || !isParamKey(input.key)) return refuse('policy_parameter_invalid', { errors });
      const region = storedRegion(input.region.trim());
      if (!inScope(actor.jurisdiction, [region]))
        return refuse('forbidden', { zh: '只能为本辖区设定参数', en: 'You can set parameters only for your own jurisdiction' });
      const row = rowForInput({ ...input, key: input.key }, newId(), isoInstant(clock.now()), actor.userId);
      const written = await uow.write(actor, async (w) => {
        await repo.insertParameter(w.trx, row);
        await w.audit({
          province: region === '' ? '00' : region.slice(0, 2),
          region,
          action: 'policy.parameter_added',
          entityType: 'policy_parameter',
          entityId: row.id,
          details: {
            key: row.key,
            region: row.region_code,
            value: row.value,
            effectiveFrom: row.effective_from,
            effectiveTo: row.effective_to,
            source: row.source,
          },
        });
        return ok(row.id);
      });
      if (!written.ok) return written;
      cache = undefined;
      const stored = toStoredParameter(row);
      if (!stored) throw new Error('recorded parameter row does not read back');
      return ok({ ...stored.row, id: stored.id, origin: 'recorded', createdBy: stored.createdBy });
    },

    /** Parameter history (seed and recorded), newest effective date first within each key and region. */
    async listParameters(filter: ParameterFilter = {}): Promise<ParameterView[]> {
      const { views } = await load();
      const region = filter.region === undefined ? undefined : filter.region === '' ? 'CN' : filter.region;
      return views
        .filter((v) => (filter.key === undefined || v.key === filter.key) && (region === undefined || v.region === region))
        .sort((a, b) =>
          a.key !== b.key
            ? a.key < b.key
              ? -1
              : 1
            : a.region !== b.region
              ? a.region < b.region
                ? -1
                : 1
              : a.effectiveFrom !== b.effectiveFrom
                ? a.effectiveFrom < b.effectiveFrom
                  ? 1
                  : -1
                : a.recordedAt < b.recordedAt
                  ? 1
                  : -1,
        );
    },

    /** Every program in words. */
    catalogue(): CatalogueProgram[] {
      return catalogue();
    },

    /** One program in words, with its parameters' values per demo region on a date. */
    async program(programId: string, asOf?: string): Promise<Result<ProgramDetail>> {
      const p = programById(programId);
      if (!p) return refuse('policy_program_unknown');
      const date = asOf ?? businessDate(clock.now());
      if (!isIsoDate(date)) return refuse('policy_date_invalid');
      return ok(programDetail(p, date, await parameters()));
    },

    /** The explained decision with the live parameters (refusals for unknown program, bad date, bad or missing facts). */
    decide,

    /** Re-evaluates a stored decision from its own facts and parameter snapshot; identical unless the rules changed. */
    reproduce(stored: Decision): Result<Reproduction> {
      const program = programById(stored.programId);
      if (!program) return refuse('policy_program_unknown');
      const again = evaluate(program, stored.factsSnapshot, stored.asOf, stored.parameterSnapshot);
      if (!again.ok) return again;
      const a: Record<string, unknown> = { ...stored };
      const b: Record<string, unknown> = { ...again.value };
      const differences = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      return ok({ identical: differences.length === 0, differences, rulesetVersionNow: again.value.rulesetVersion, decision: again.value });
    },

    /** Facts from the registry record on a date, with claim facts merged for what the registry does not hold. */
    factsForPerson,

    /**
     * Every program a person claims, decided on registry facts (and, for the worker's "check before
     * sending", the answers given so far; the registry wins) — missing facts → "needed" (decision 193).
     */
    async entitlements(personId: string, asOf: string, answers: unknown = {}): Promise<Result<Entitlement[]>> {
      const facts = await factsForPerson(personId, asOf, answers);
      if (!facts.ok) return facts;
      return ok(entitlementsFor(facts.value, asOf, await parameters()));
    },

    /**
     * Registry facts of one person on a date, for the staff try-it page (policy.read, person in the
     * actor's jurisdiction; the same person-facts mapping as decisions). Claim facts are not included.
     */
    async registryFacts(actor: Actor, personId: string, asOf: string): Promise<Result<{ facts: Facts; registryKeys: string[] }>> {
      if (!can(actor, 'policy.read') || !isStaff(actor.role)) return refuse('forbidden');
      if (!isIsoDate(asOf)) return refuse('policy_date_invalid', { errors: [fieldError('/asOf', 'policy_date_invalid')] });
      const rec = await people.record(personId);
      if (!rec || !inScope(actor.jurisdiction, [rec.hukouCode, rec.residenceCode, rec.employmentCode, rec.insuredCode]))
        return refuse('not_found');
      const facts = await withRegister(personId, personFacts(rec, asOf), asOf);
      return ok({ facts, registryKeys: Object.keys(facts) });
    },

    /** Gains, losses and cost change per region if parameters changed, over the actor's jurisdiction. Reads only. */
    async whatIf(actor: Actor, scenario: WhatIfScenario): Promise<Result<NamedWhatIf & { loadedPeople: number }>> {
      if (!can(actor, 'policy.read') || !isStaff(actor.role)) return refuse('forbidden');
      if (!isIsoDate(scenario.asOf)) return refuse('policy_date_invalid', { errors: [fieldError('/asOf', 'policy_date_invalid')] });
      const overrides: Override[] = [];
      const errors = scenario.overrides.flatMap((o, i) => {
        if (!isParamKey(o.key)) return [fieldError(`/overrides/${i}/key`, 'policy_parameter_invalid')];
        overrides.push({ key: o.key, region: o.region, value: o.value });
        return [];
      });
      const programs = scenario.programIds?.length ? scenario.programIds.map((id) => programById(id)) : PROGRAMS;
      scenario.programIds?.forEach((id, i) => {
        if (!programById(id)) errors.push(fieldError(`/programIds/${i}`, 'policy_program_unknown'));
      });
      const assume = scenario.assume ?? {};
      if (!isFacts(assume)) return refuse('policy_facts_invalid', { errors: validateFacts(assume, '/assume') });
      if (errors.length) return refuse('policy_parameter_invalid', { errors });
      const columns = await loadRegistryColumns(people, actor.jurisdiction, scenario.asOf, assume);
      const result = whatIf({
        programs: programs.flatMap((p) => (p ? [p] : [])),
        columns,
        asOf: scenario.asOf,
        base: await parameters(),
        // An override without a region applies to every place in the loaded registry (most specific wins).
        overrides: scenarioOverrides(overrides, columns.regions.codes),
        level: scenario.level ?? 'county',
      });
      return result.ok ? ok({ ...namedRegions(result.value), loadedPeople: columns.size }) : result;
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
