/**
 * Workflows as data (pure): a status union, and a transition table of rules "from these states, this
 * event leads to that state", each optionally guarded by a pure check. Every module's state machine
 * (claims now; applications, unemployment cases and complaints next) is one `defineWorkflow`, and its
 * steps go through `WorkflowEngine.transition` (workflow.service.ts), which guards status and
 * version in SQL and audits the step. Nothing here touches the database.
 */
import type { ErrorCode } from '../../core/errors.js';
import { ok, refuse, type Refusal, type Result } from '../../core/result.js';
import type { WorkflowTable } from './workflow.repository.js';

/** One rule of the table. */
export interface TransitionRule<S extends string, E extends string, C> {
  event: E;
  from: readonly S[];
  to: S;
  /** A further condition on the step (pure): null lets it through, a refusal stops it. */
  guard?: (context: C) => Refusal | null;
}

/** What a module writes to define its workflow. */
export interface WorkflowSpec<S extends string, E extends string, C, T extends WorkflowTable> {
  /** The audit entity type of the records, e.g. 'claim'. */
  entityType: string;
  /** The table with the status and version columns (a whitelisted workflow table). */
  table: T;
  states: readonly S[];
  rules: ReadonlyArray<{ event: E; from: S | readonly S[]; to: S; guard?: (context: C) => Refusal | null }>;
  /** Refusal when the event is not allowed from the status (default workflow_invalid_transition). */
  invalidCode?: ErrorCode;
  /** Refusal when the record moved on or changed since it was read (default version_conflict). */
  conflictCode?: ErrorCode;
}

export interface Workflow<S extends string, E extends string, C, T extends WorkflowTable> {
  readonly entityType: string;
  readonly table: T;
  readonly states: readonly S[];
  readonly rules: ReadonlyArray<TransitionRule<S, E, C>>;
  readonly invalidCode: ErrorCode;
  readonly conflictCode: ErrorCode;
}

/** A planned step: the event and the state it leads to. */
export interface Step<S extends string, E extends string> {
  event: E;
  to: S;
}

/**
 * Checks and freezes a workflow. A rule naming an unknown state, or two rules for the same event
 * from the same state, is a programming error and throws at start-up.
 */
export function defineWorkflow<S extends string, E extends string, C = undefined, T extends WorkflowTable = WorkflowTable>(
  spec: WorkflowSpec<S, E, C, T>,
): Workflow<S, E, C, T> {
  const known = new Set<string>(spec.states);
  const seen = new Set<string>();
  const rules = spec.rules.map((r): TransitionRule<S, E, C> => {
    const from: readonly S[] = typeof r.from === 'string' ? [r.from] : r.from;
    for (const s of [...from, r.to])
      if (!known.has(s)) throw new Error(`workflow ${spec.entityType}: unknown state ${s} in rule ${r.event}`);
    for (const s of from) {
      const key = `${s}\u0000${r.event}`;
      if (seen.has(key)) throw new Error(`workflow ${spec.entityType}: two rules for ${r.event} from ${s}`);
      seen.add(key);
    }
    return r.guard ? { event: r.event, from, to: r.to, guard: r.guard } : { event: r.event, from, to: r.to };
  });
  return Object.freeze({
    entityType: spec.entityType,
    table: spec.table,
    states: spec.states,
    rules,
    invalidCode: spec.invalidCode ?? 'workflow_invalid_transition',
    conflictCode: spec.conflictCode ?? 'version_conflict',
  });
}

/** The defined entries of a partial record, with its key type kept (for…in keys are typed). */
function entriesOf<K extends string, V>(o: Partial<Record<K, V>>): Array<[K, V]> {
  const out: Array<[K, V]> = [];
  for (const k in o) {
    const v = o[k];
    if (v !== undefined) out.push([k, v]);
  }
  return out;
}

/** Rules from a table written as `{ state: { event: nextState } }` (the form claim.ts uses). */
export function rulesFromMap<S extends string, E extends string>(
  map: Readonly<Record<S, Partial<Record<E, S>>>>,
): Array<{ event: E; from: S; to: S }> {
  const out: Array<{ event: E; from: S; to: S }> = [];
  for (const [from, events] of entriesOf<S, Partial<Record<E, S>>>(map)) {
    for (const [event, to] of entriesOf<E, S>(events)) out.push({ event, from, to });
  }
  return out;
}

function ruleFor<S extends string, E extends string, C, T extends WorkflowTable>(
  wf: Workflow<S, E, C, T>,
  from: string,
  event: E,
): TransitionRule<S, E, C> | undefined {
  return wf.rules.find((r) => r.event === event && r.from.some((s) => s === from));
}

/** The state an event leads to from `from`, or null when the table has no such step. */
export function nextState<S extends string, E extends string, C, T extends WorkflowTable>(
  wf: Workflow<S, E, C, T>,
  from: string,
  event: E,
): S | null {
  return ruleFor(wf, from, event)?.to ?? null;
}

/** The events the table allows from a state (guards not applied). */
export function eventsFrom<S extends string, E extends string, C, T extends WorkflowTable>(wf: Workflow<S, E, C, T>, from: string): E[] {
  return wf.rules.filter((r) => r.from.some((s) => s === from)).map((r) => r.event);
}

/**
 * Plans a step by event, or by target state when exactly one rule leads there, and applies its
 * guard to the context. A guarded rule without a context is a programming error and throws.
 */
export function planStep<S extends string, E extends string, C, T extends WorkflowTable>(
  wf: Workflow<S, E, C, T>,
  from: string,
  step: { event?: E; to?: S },
  context?: C,
): Result<Step<S, E>> {
  let rule: TransitionRule<S, E, C> | undefined;
  if (step.event !== undefined) {
    rule = ruleFor(wf, from, step.event);
    if (rule && step.to !== undefined && rule.to !== step.to) rule = undefined;
  } else if (step.to !== undefined) {
    const to = step.to;
    const matches = wf.rules.filter((r) => r.to === to && r.from.some((s) => s === from));
    if (matches.length > 1) throw new Error(`workflow ${wf.entityType}: several events lead from ${from} to ${to}; name the event`);
    rule = matches[0];
  }
  if (!rule) return refuse(wf.invalidCode);
  if (rule.guard) {
    if (context === undefined) throw new Error(`workflow ${wf.entityType}: the ${rule.event} step is guarded and needs a context`);
    const refused = rule.guard(context);
    if (refused) return { ok: false, reason: refused };
  }
  return ok({ event: rule.event, to: rule.to });
}
