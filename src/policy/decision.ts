/** The explained decision for one person and one program: what was decided, on what, and why. */
import type { ClauseId } from './clauses.js';
import type { FactKey, Facts } from './facts.js';
import type { ParamKey } from './param-defs.js';
import type { ParameterRow } from './parameters.js';
import type { Bilingual, Locality } from './types.js';

/** One criterion's outcome, in pre-order. */
export interface CriterionResult {
  id: string;
  kind: 'all' | 'any' | 'not' | 'check';
  label: Bilingual;
  clause: ClauseId;
  depth: number;
  /** Id of the parent criterion (absent for the root). */
  parent?: string;
  /** Whose parameters applied, and that place's code in the facts. */
  locality: Locality;
  region?: string;
  passed: boolean;
  /** The local override that made a failing test pass. */
  exception?: { id: string; label: Bilingual; clause: ClauseId };
  /** Reason bit set in the batch mask when this criterion fails (-1 for the root). */
  bit: number;
}

/** A fact the decision read. */
export interface FactUse {
  key: FactKey;
  label: Bilingual;
  value: string | number | boolean;
}

/** A parameter value the decision used, and where it came from. */
export interface ParameterUse {
  key: ParamKey;
  label: Bilingual;
  locality: Locality;
  /** The place code asked about (from the facts). */
  region: string;
  value: number | string | null;
  /** The row that won (absent when no value exists). */
  rowId?: string;
  rowRegion?: string;
  effectiveFrom?: string;
  source?: string;
  clause?: ClauseId;
  illustrative: boolean;
}

/** A named intermediate value. */
export interface ValueResult {
  name: string;
  label: Bilingual;
  unit: 'fen' | 'months' | 'count' | 'date' | 'level';
  /** Number, or ISO date for date values; null when it could not be computed. */
  value: number | string | null;
}

/** The decision, self-contained so it can be stored and reproduced. */
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
  values: ValueResult[];
  facts: FactUse[];
  parameters: ParameterUse[];
  /** Clause ids cited: criteria, exceptions and the parameter rows used. */
  citations: ClauseId[];
  /** Plain-language messages for the worker, Chinese first. */
  messages: Bilingual[];
  /** Failed criteria as the batch reason mask. */
  reasonMask: number;
  rulesetVersion: string;
  /** The parameter rows used; evaluating the stored facts against them reproduces this decision. */
  parameterSnapshot: ParameterRow[];
  /** The facts given, as evaluated. */
  factsSnapshot: Facts;
  /** True when any parameter used is a demo value. */
  usesIllustrativeValues: boolean;
}
