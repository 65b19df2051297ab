/**
 * Programs are declarative trees of named criteria (all / any / not, and checks), each citing a
 * clause and saying whose locality's parameters apply. A check may carry exceptions: local
 * overrides that make it pass when their own condition holds (usually a regional parameter flag),
 * each citing its own clause. Builders keep definitions readable.
 */
import type { ClauseId } from './clauses.js';
import type { BoolExpr, NumExpr } from './expr.js';
import type { ParamKey } from './param-defs.js';
import type { Bilingual, Locality } from './types.js';

/** A local override on a check. */
export interface Exception {
  id: string;
  label: Bilingual;
  clause: ClauseId;
  when: BoolExpr;
}

/** How a value that decided a criterion is shown: a date, months, a count, money (fen) or a share (basis points). */
export type ShownKind = 'date' | 'months' | 'count' | 'fen' | 'percent';

/**
 * A value shown with a criterion's outcome (the advance opens on…, 11 of 12 months, 30% since…).
 * Evaluated only for the explained decision; it never changes the outcome.
 */
export type Shown =
  | { name: string; label: Bilingual; kind: ShownKind; expr: NumExpr }
  /** The date from which the value of a parameter the criterion used is in force (its row's effective date). */
  | { name: string; label: Bilingual; kind: 'date'; since: ParamKey };

interface NodeBase {
  /** Stable within the program; reason bits and explanations use it. */
  id: string;
  label: Bilingual;
  clause: ClauseId;
  /** Whose parameters apply inside this node (inherited by children; defaults to the program's payer). */
  locality?: Locality;
  /** Plain-language message for a worker when this node fails. */
  fail: Bilingual;
  /** The values that decide this node, shown with its outcome. */
  shows?: readonly Shown[];
  /** A sentence over the shown values: `{name}` is replaced by the value in words (e.g. "2021年9月15日", "2500元"). */
  detail?: Bilingual;
}

/** A leaf test. */
export interface CheckNode extends NodeBase {
  kind: 'check';
  test: BoolExpr;
  exceptions?: readonly Exception[];
}

/** A group: all items must pass, or at least one. */
export interface GroupNode extends NodeBase {
  kind: 'all' | 'any';
  items: readonly CriterionNode[];
}

/** Passes when its item fails. */
export interface NotNode extends NodeBase {
  kind: 'not';
  item: CriterionNode;
}

/** Any criterion. */
export type CriterionNode = CheckNode | GroupNode | NotNode;

/** A named intermediate value, shown in explanations and usable by criteria and formulas. */
export interface ValueDef {
  name: string;
  label: Bilingual;
  unit: 'fen' | 'months' | 'count' | 'date' | 'level';
  expr: NumExpr;
  locality?: Locality;
}

/** Who a program's decision is about. */
export type Subject = 'person' | 'employer' | 'project';

/** A program: criteria plus an amount formula in integer fen. */
export interface Program {
  id: string;
  name: Bilingual;
  summary: Bilingual;
  subject: Subject;
  /** The locality that pays, whose parameters the amount uses unless a value says otherwise. */
  payer: Locality;
  values: readonly ValueDef[];
  criteria: GroupNode;
  /** The amount payable now, in fen (clamped to ≥ 0; 0 when ineligible). */
  amount: NumExpr;
  months?: NumExpr;
  monthlyFen?: NumExpr;
  /** 1 = advance, 2 = final or full payment (instalment programs). */
  instalment?: NumExpr;
  /** Message when eligible; {amount}, {months}, {monthly} are filled in (yuan). */
  eligibleMessage: Bilingual;
}

type Common = {
  label: Bilingual;
  clause: ClauseId;
  fail: Bilingual;
  locality?: Locality;
  shows?: readonly Shown[];
  detail?: Bilingual;
};

function withLocality<T extends object>(node: T, c: Common): T & { locality?: Locality; shows?: readonly Shown[]; detail?: Bilingual } {
  return {
    ...node,
    ...(c.locality === undefined ? {} : { locality: c.locality }),
    ...(c.shows === undefined ? {} : { shows: c.shows }),
    ...(c.detail === undefined ? {} : { detail: c.detail }),
  };
}

/** Criterion builders. */
export const C = {
  check: (id: string, c: Common, test: BoolExpr, exceptions?: readonly Exception[]): CheckNode =>
    withLocality(
      { kind: 'check' as const, id, label: c.label, clause: c.clause, fail: c.fail, test, ...(exceptions ? { exceptions } : {}) },
      c,
    ),
  all: (id: string, c: Common, ...items: CriterionNode[]): GroupNode =>
    withLocality({ kind: 'all' as const, id, label: c.label, clause: c.clause, fail: c.fail, items }, c),
  any: (id: string, c: Common, ...items: CriterionNode[]): GroupNode =>
    withLocality({ kind: 'any' as const, id, label: c.label, clause: c.clause, fail: c.fail, items }, c),
  not: (id: string, c: Common, item: CriterionNode): NotNode =>
    withLocality({ kind: 'not' as const, id, label: c.label, clause: c.clause, fail: c.fail, item }, c),
};

/** Shorthand for bilingual text. */
export function t(zh: string, en: string): Bilingual {
  return { zh, en };
}
