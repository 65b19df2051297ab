/**
 * The workflow engine: one step of a workflow inside the caller's unit of work. It plans the step
 * from the transition table (and its guard), moves the row with the status AND the version in the
 * UPDATE's WHERE, and writes the audit entry in the same transaction. Zero rows moved comes back as
 * a refusal value (the workflow's conflict code, or not_found), so a lost race never overwrites.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditInput } from '../audit/index.js';
import { isoInstant } from '../../core/clock.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { planStep, type Workflow } from './workflow.js';
import { guardedMove, type Patch, type WorkflowTable } from './workflow.repository.js';

/** The part of a unit of work a step needs (kernel/unit-of-work.ts `Work`, or a timer's work). */
export interface StepWork {
  readonly trx: Transaction<Database>;
  audit(input: AuditInput): Promise<void>;
}

export interface TransitionInput<S extends string, E extends string, C, T extends WorkflowTable> {
  id: string;
  /** The status the caller read. */
  from: S;
  /** The event to fire; or give `to` when exactly one rule leads there. */
  event?: E;
  to?: S;
  /** The version the caller read: the step happens only if nobody changed the row since. */
  expectedVersion: number;
  /** The audit chain (the record's province). */
  province: string;
  /** The division code of the record (audit reads are scoped by it). */
  region?: string | null;
  /** What the rule's guard looks at (required when the rule has a guard). */
  context?: C;
  /** Further columns set with the status (whitelisted per table). */
  patch?: Patch<T>;
  /** Audit action; default `<entityType>.<event>`. */
  action?: string;
  /** Extra audit details (non-personal values only). */
  details?: Record<string, unknown>;
}

/** A step that happened. */
export interface Transitioned<S extends string, E extends string> {
  id: string;
  from: S;
  to: S;
  event: E;
  /** The row's version after the step. */
  version: number;
}

export function createWorkflowEngine(deps: Pick<Deps, 'clock'>) {
  return {
    /** Takes one step; a refusal means nothing was written (the caller's unit of work rolls back the rest). */
    async transition<S extends string, E extends string, C, T extends WorkflowTable>(
      w: StepWork,
      wf: Workflow<S, E, C, T>,
      input: TransitionInput<S, E, C, T>,
    ): Promise<Result<Transitioned<S, E>>> {
      const step = planStep(wf, input.from, input, input.context);
      if (!step.ok) return step;
      const { event, to } = step.value;
      const at = isoInstant(deps.clock.now());
      const moved = await guardedMove(w.trx, wf.table, {
        id: input.id,
        from: input.from,
        to,
        expectedVersion: input.expectedVersion,
        at,
        ...(input.patch ? { patch: input.patch } : {}),
      });
      if (moved === 'missing') return refuse('not_found');
      if (moved === 'changed') return refuse(wf.conflictCode);
      const version = input.expectedVersion + 1;
      await w.audit({
        province: input.province,
        region: input.region ?? null,
        action: input.action ?? `${wf.entityType}.${event}`,
        entityType: wf.entityType,
        entityId: input.id,
        details: { ...input.details, from: input.from, to, event, version },
      });
      return ok({ id: input.id, from: input.from, to, event, version });
    },
  };
}

export type WorkflowEngine = ReturnType<typeof createWorkflowEngine>;
