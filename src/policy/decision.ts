/** The explained decision for one person and one program: what was decided, on what, and why. */
import type { ClauseId } from './clauses.js';
import type { ShownKind } from './criteria.js';
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
  /** Set when the clause was not in force on the decision date (then it is not among the citations). */
  clauseNotInForce?: true;
  /** The values that decided it (dates, counts against thresholds, money, shares). */
  values?: ReasonValue[];
  /** Those values in a sentence, Chinese first. */
  detail?: Bilingual;
  /** Reason bit set in the batch mask when this criterion fails (-1 for the root). */
  bit: number;
}

/**
 * A value that decided a criterion, structured for formatting and in words. `value` is an ISO date
 * (kind 'date'), whole fen ('fen'), basis points ('percent': 3000 = 30%), or a number of months or
 * a count; null when it could not be worked out (a fact or parameter missing). `text` is the value
 * as a worker reads it: "2021年9月15日" / "15 September 2021", "2500元" / "¥2500", "30%", "11个月" / "11 months".
 */
export interface ReasonValue {
  name: string;
  label: Bilingual;
  kind: ShownKind;
  value: number | string | null;
  text: Bilingual;
}

/**
 * Why: one criterion that decided the outcome. For a refusal, each criterion that blocks the claim
 * (its plain message, and its values in a sentence); for a grant, the criteria met that have values
 * to show. This is the shape the worker pages and the staff try-it page render.
 */
export interface DecisionReason {
  criterion: string;
  label: Bilingual;
  clause: ClauseId;
  passed: boolean;
  /** The plain-language message (the failure message, or for a met criterion its label). */
  message: Bilingual;
  /** The values in a sentence ("已正常经营4个月，需满6个月；2021年9月15日起可先领取一半。"). */
  detail?: Bilingual;
  values: ReasonValue[];
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
  /** The date it was resolved on, when a fact gave one instead of the decision date (a project's approval date). */
  on?: string;
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
  /** Plain-language messages for the worker, Chinese first (each blocking reason with its values in words). */
  messages: Bilingual[];
  /** The criteria behind the outcome, with the values that decided them. */
  reasons: DecisionReason[];
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
