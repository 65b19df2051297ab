/** Calls and types of the policy routes (src/http/routes/policy.ts, src/http/schemas/policy.ts). */
import { api } from './client';
import type { Bilingual, Paged } from './types';

export interface CatalogueCriterion {
  id: string;
  kind: 'all' | 'any' | 'not' | 'check';
  label: Bilingual;
  clause: string;
  locality: Bilingual;
  rule?: Bilingual;
  exceptions?: { id: string; label: Bilingual; clause: string; rule: Bilingual }[];
  whenFailing: Bilingual;
  children?: CatalogueCriterion[];
}

export interface CatalogueFact {
  key: string;
  label: Bilingual;
  type: 'int' | 'bool' | 'date' | 'region' | 'enum';
  values?: { value: string; label: Bilingual }[];
  range?: [number, number];
}

export interface CatalogueProgram {
  id: string;
  name: Bilingual;
  summary: Bilingual;
  payer: Bilingual;
  rulesetVersion: string;
  criteria: CatalogueCriterion;
  values: { name: string; label: Bilingual; rule: Bilingual }[];
  amount: Bilingual;
  facts: CatalogueFact[];
  parameters: { key: string; label: Bilingual; unit: string; locality: Bilingual }[];
  clauses: { id: string; document: Bilingual; summary: Bilingual; validFrom: string; validTo?: string; inferred: boolean }[];
}

export interface RegionalValue {
  key: string;
  region: string;
  regionName: Bilingual;
  value: number | string | null;
  rowRegion?: string;
  effectiveFrom?: string;
  source?: string;
  illustrative: boolean;
}

export interface ProgramDetail extends CatalogueProgram {
  asOf: string;
  parameterValues: RegionalValue[];
}

export interface Parameter {
  id?: string;
  origin: 'seed' | 'recorded';
  key: string;
  region: string;
  value: number | string;
  effectiveFrom: string;
  effectiveTo?: string;
  recordedAt: string;
  source: string;
  clause?: string;
  illustrative?: boolean;
}

export interface NewParameter {
  key: string;
  region: string;
  value: number | string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  source: string;
  illustrative?: boolean;
}

/**
 * A value that decided a criterion (docs/policy-engine.md, "Reasons"): `value` is an ISO date,
 * whole fen, basis points ('percent'), months or a count (null when unknown); `text` is the same in
 * words, as the server formats it ("2021年9月15日", "2500元", "30%", "11个月").
 */
export interface ReasonValue {
  name: string;
  label: Bilingual;
  kind: 'date' | 'months' | 'count' | 'fen' | 'percent';
  value: number | string | null;
  text: Bilingual;
}

/** A criterion behind the outcome with its values and their sentence. */
export interface DecisionReason {
  criterion: string;
  label: Bilingual;
  clause: string;
  passed: boolean;
  message: Bilingual;
  detail?: Bilingual;
  values: ReasonValue[];
}

export interface CriterionResult {
  id: string;
  kind: string;
  label: Bilingual;
  clause: string;
  depth: number;
  passed: boolean;
  region?: string;
  exception?: { id: string; label: Bilingual; clause: string };
  clauseNotInForce?: true;
  values?: ReasonValue[];
  detail?: Bilingual;
}

export interface Decision {
  programId: string;
  programName: Bilingual;
  asOf: string;
  eligible: boolean;
  amountFen: number;
  months?: number;
  monthlyFen?: number;
  instalment?: number;
  criteria: CriterionResult[];
  values: { name: string; label: Bilingual; unit: string; value: number | string | null }[];
  facts: { key: string; label: Bilingual; value: string | number | boolean }[];
  parameters: {
    key: string;
    label: Bilingual;
    region: string;
    value: number | string | null;
    rowRegion?: string;
    effectiveFrom?: string;
    source?: string;
    clause?: string;
    illustrative: boolean;
    on?: string;
  }[];
  citations: string[];
  messages: Bilingual[];
  reasons: DecisionReason[];
  rulesetVersion: string;
  usesIllustrativeValues: boolean;
}

export interface RegionDelta {
  region: string;
  /** The place name (e.g. 广西壮族自治区河池市都安瑶族自治县); the code stays in `region`. */
  regionName: string;
  people: number;
  baseEligible: number;
  scenarioEligible: number;
  gaining: number;
  losing: number;
  baseFen: number;
  scenarioFen: number;
  deltaFen: number;
}

export interface WhatIfResult {
  asOf: string;
  level: string;
  loadedPeople: number;
  regions: RegionDelta[];
  total: Omit<RegionDelta, 'region'>;
}

export interface WhatIfRequest {
  asOf: string;
  overrides: { key: string; region: string; value: number | string }[];
  programIds?: string[];
  level?: 'province' | 'prefecture' | 'county';
  assume?: Record<string, unknown>;
}

export const listPrograms = () => api.get<{ items: CatalogueProgram[] }>('/policy/programs');
export const getProgram = (id: string, asOf?: string) => api.get<ProgramDetail>(`/policy/programs/${id}`, { asOf });
export const listParameters = (query: { key?: string; region?: string; page: number; pageSize: number }) =>
  api.get<Paged<Parameter>>('/policy/parameters', query);
export const addParameter = (body: NewParameter) => api.post<Parameter>('/policy/parameters', body);
export const evaluatePolicy = (body: { programId: string; asOf: string; facts: Record<string, unknown> }) =>
  api.post<Decision>('/policy/evaluate', body);
export const runWhatIf = (body: WhatIfRequest) => api.post<WhatIfResult>('/policy/what-if', body);
/** A registered person's facts on a date (the registry's part only; claim facts are typed in). */
export const getPersonFacts = (personId: string, asOf: string) =>
  api.get<{ facts: Record<string, string | number | boolean>; registryKeys: string[] }>(`/policy/people/${personId}/facts`, { asOf });
/** The clauses programs cite (titles for hover). */
export interface PolicyClause {
  id: string;
  document: Bilingual;
  summary: Bilingual;
  validFrom: string;
  validTo?: string;
}
export const listPolicyClauses = () => api.get<{ items: PolicyClause[] }>('/policy/clauses');

/** Integer fen as yuan with two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
